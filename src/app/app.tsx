/** The app inside whichever router renders it: BrowserRouter, the server's StaticRouter, or a test's MemoryRouter. */
import type { QueryClient, DehydratedState } from '@tanstack/react-query';
import { useRoutes } from 'react-router-dom';
import type { Lang } from '../lib/format.ts';
import { AppProviders } from './providers.tsx';
import { routes } from './routes.tsx';

function AppRoutes() {
  return useRoutes(routes);
}

export function App({
  lang,
  client,
  dehydratedState,
}: {
  lang: Lang;
  client?: QueryClient;
  dehydratedState?: DehydratedState;
}) {
  return (
    <AppProviders client={client} lang={lang} dehydratedState={dehydratedState}>
      <AppRoutes />
    </AppProviders>
  );
}
