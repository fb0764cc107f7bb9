/// <reference types="node" />
/**
 * The server's entry, built by `vite build --ssr` into dist/server/ and called by server/site.ts
 * (and scripts/export.ts) for every page: the router matches the address (react-router's
 * matchRoutes and StaticRouter), the page's first data is fetched into a fresh query cache
 * (react-query's prefetchQuery, src/app/prefetch.ts), React renders it (react-dom/server's
 * renderToReadableStream, waiting for every lazy page and Suspense boundary), and the cache is
 * dehydrated for the browser's hydrateRoot (src/entry-client.tsx).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { renderToReadableStream } from 'react-dom/server';
import { matchRoutes, StaticRouter } from 'react-router-dom';
import { ApiError, setApiTransport as setClientTransport } from './api/client.ts';
import { App } from './app/app.tsx';
import { createLoadedI18n, pageStrings } from './app/i18n.ts';
import { prefetchPage } from './app/prefetch.ts';
import { routes, type RouteHandle } from './app/routes.tsx';
import type { Lang } from './lib/format.ts';
import { basenameFor, langOfPath, stripLang } from './lib/lang-path.ts';
import { pageAddress, pageDataScript } from './lib/page-data.ts';

/** Every namespace in both languages, loaded once; each render takes a clone in its page's language, sharing them. */
const strings = createLoadedI18n('sv');

/** The API addresses one page's render asked for, so the browser's service worker can keep them for offline use. */
const asked = new AsyncLocalStorage<string[]>();

/** The server's own API, answering in-process; every address a render asks for is noted. */
export function setApiTransport(transport: (url: string, init: RequestInit) => Promise<Response>): void {
  setClientTransport((url, init) => {
    asked.getStore()?.push(url);
    return transport(url, init);
  });
}

export interface RenderedPage {
  /** 404 for an address that is no page, or a page whose subject (a city id) the API does not know. */
  status: number;
  lang: Lang;
  /** The app's HTML, for inside #root. */
  html: string;
  /** The dehydrated query cache as a JSON data block, for after #root. */
  data: string;
  /** The page module's source path (Vite manifest key), when the page loads with its route. */
  module: string | undefined;
}

/** Embeds take their language from `?lang=sv|en` (they are framed by other sites); pages from their address. */
function languageOf(url: URL, embed: boolean): Lang {
  const asked = url.searchParams.get('lang');
  if (embed && (asked === 'sv' || asked === 'en')) return asked;
  return langOfPath(url.pathname);
}

export async function renderPage(
  url: URL,
  { onError }: { onError?: (error: unknown) => void } = {},
): Promise<RenderedPage> {
  const inApp = stripLang(url.pathname);
  const matches = matchRoutes(routes, inApp) ?? [];
  const leaf = matches.at(-1);
  const handle = (leaf?.route.handle ?? { page: 'not-found' }) as RouteHandle;
  const lang = languageOf(url, handle.page.startsWith('embed-'));
  // No retries while a reader waits for the page: a failure is rendered, and the browser asks again.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  const api: string[] = [];
  await asked.run(api, () =>
    prefetchPage(client, handle.page, { params: leaf?.params ?? {}, search: url.searchParams }),
  );

  const unknownSubject = client
    .getQueryCache()
    .getAll()
    .some((query) => query.state.error instanceof ApiError && query.state.error.status === 404);
  const status = handle.page === 'not-found' || unknownSubject ? 404 : 200;

  const i18n = (await strings).copy(lang);
  const stream = await renderToReadableStream(
    <StaticRouter basename={basenameFor(langOfPath(url.pathname))} location={`${url.pathname}${url.search}`}>
      <App lang={lang} client={client} i18n={i18n} dehydratedState={undefined} />
    </StaticRouter>,
    {
      onError: (error) => onError?.(error),
      // Every boundary inline, in order: React outlines large ones behind an inline script that swaps
      // them in, which the Content-Security-Policy (script-src 'self') forbids, and which a reader
      // without JavaScript would never see. The page is complete when it is sent anyway (allReady).
      progressiveChunkSize: Number.MAX_SAFE_INTEGER,
    },
  );
  await stream.allReady;
  const html = await new Response(stream).text();
  return {
    status,
    lang,
    html,
    data: pageDataScript({
      url: pageAddress(url.pathname, url.search),
      state: dehydrate(client),
      api,
      // The page's language, and the address's, which the browser starts in (an embed's ?lang= may differ).
      strings: pageStrings(i18n, [...new Set([lang, langOfPath(url.pathname)])]),
    }),
    module: handle.module,
  };
}
