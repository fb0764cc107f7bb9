/** Renders with the real providers, a fresh QueryClient (no retries) and a memory router. */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router-dom';
import { App } from '../src/app/app.tsx';
import { loadedI18n } from './translate.ts';
import type { Lang } from '../src/lib/format.ts';

/** Where the app is, as the router last said: tests read `router.state.location` after a navigation. */
interface RouterProbe {
  state: { location: Location };
}

function LocationProbe({ probe }: { probe: RouterProbe }) {
  const location = useLocation();
  probe.state.location = location;
  useLayoutEffect(() => {
    probe.state.location = location;
  });
  return null;
}

export function renderRoute(path: string, { lang = 'sv' }: { lang?: Lang } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const router: RouterProbe = {
    state: { location: { pathname: '/', search: '', hash: '', state: null, key: 'default' } },
  };
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <LocationProbe probe={router} />
      <App lang={lang} client={client} i18n={loadedI18n.copy(lang)} />
    </MemoryRouter>,
  );
  return { ...view, router, client };
}
