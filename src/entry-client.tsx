/**
 * The browser's entry. A page the server rendered (src/entry-server.tsx) is hydrated with
 * React's hydrateRoot and the dehydrated query cache, so nothing is fetched twice; each lazy
 * page hydrates when its code arrives, the server's HTML standing until then. A page served
 * as the bare shell (SSR=off, `npm run dev`, `npm run dev:mock`) is rendered from scratch.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/app.tsx';
import { createAppI18n, FIRST_NAMESPACES, setBrowserI18n } from './app/i18n.ts';
import { warmUpFormatting } from './lib/format.ts';
import { asLang } from './lib/i18n.tsx';
import { basenameFor, langOfPath } from './lib/lang-path.ts';
import { reportServerStatus } from './api/server-status.ts';
import { pageAddress, readPageData } from './lib/page-data.ts';

async function start() {
  // `npm run dev:mock`: the API is answered in the browser by MSW, no server needed.
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('../mocks/browser.ts');
    await startMockWorker();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const lang = langOfPath(window.location.pathname);
  // The service worker answered with a page it kept, the server being out of reach (public/sw.js).
  if (document.documentElement.dataset.keptCopy) reportServerStatus('unreachable');
  const data = readPageData(document);
  // A static export's page was rendered for its path alone; with another query (or as 404.html)
  // the browser renders the address it has, keeping only the data.
  const rendered = data?.url === pageAddress(window.location.pathname, window.location.search);
  const dehydratedState = data?.state;
  // The language the server rendered in: the address's, or an embed's ?lang=.
  const pageLang = rendered ? asLang(document.documentElement.lang) : lang;
  // The strings the server's page used came with it; a page the browser renders alone loads the frame's first.
  const i18n = createAppI18n(pageLang, data?.strings);
  setBrowserI18n(i18n);
  await i18n.load(FIRST_NAMESPACES);
  const app = (
    <StrictMode>
      <BrowserRouter basename={basenameFor(lang)}>
        <App lang={pageLang} i18n={i18n} dehydratedState={dehydratedState} />
      </BrowserRouter>
    </StrictMode>
  );
  if (rendered && root.firstElementChild) {
    // Hydrating formats every figure again: ICU's first use is paid first, in small tasks.
    await warmUpFormatting(pageLang);
    // As React Router's own entry.client does: hydration as a transition is time-sliced, so the
    // page answers input while it hydrates instead of in one long task.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    createRoot(root).render(app);
  }
  // Offline once loaded (public/sw.js); not in development or with the mock API.
  // The worker also keeps the answers this page's data came from: the server rendered them, so the page fetched none.
  if (import.meta.env.PROD && import.meta.env.MODE !== 'mock')
    void import('./lib/register-service-worker.ts').then((worker) => worker.registerServiceWorker(data?.api ?? []));
}

void start();
