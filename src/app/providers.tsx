import { HydrationBoundary, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { DocumentLanguage, I18nProvider, type AppI18n } from '../lib/i18n.tsx';
import { MyCityProvider } from '../lib/my-city.tsx';
import type { Lang } from '../lib/format.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The data changes once a year (plus coordinator edits); keep it fresh for a minute.
        staleTime: 60_000,
        // A 4xx will not get better by asking again.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
}

interface AppProvidersProps {
  children: ReactNode;
  client?: QueryClient;
  lang: Lang;
  /** The strings: the server's, with every namespace loaded, or the browser's (src/app/i18n.ts). */
  i18n: AppI18n;
  /** The server's query cache, dehydrated into the page (src/entry-server.tsx), so hydration fetches nothing twice. */
  dehydratedState?: DehydratedState;
}

export function AppProviders({ children, client, lang, i18n, dehydratedState }: AppProvidersProps) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={dehydratedState}>
        <I18nProvider i18n={i18n} lang={lang}>
          <DocumentLanguage />
          <MyCityProvider>{children}</MyCityProvider>
        </I18nProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}
