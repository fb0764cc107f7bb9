/** The app inside whichever router renders it: BrowserRouter, the server's StaticRouter, or a test's MemoryRouter. */
import type { QueryClient, DehydratedState } from '@tanstack/react-query';
import type { AppI18n } from '../lib/i18n.tsx';
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
  i18n,
  dehydratedState,
}: {
  lang: Lang;
  client?: QueryClient;
  i18n: AppI18n;
  dehydratedState?: DehydratedState;
}) {
  return (
    <AppProviders client={client} lang={lang} i18n={i18n} dehydratedState={dehydratedState}>
      <AppRoutes />
    </AppProviders>
  );
}
