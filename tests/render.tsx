/** Renders with the real providers, a fresh QueryClient (no retries) and a memory router. */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../src/app/providers.tsx';
import { routes } from '../src/app/routes.tsx';
import type { Lang } from '../src/lib/format.ts';

export function renderRoute(path: string, { lang = 'sv' }: { lang?: Lang } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders client={client} lang={lang}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, client };
}
