/**
 * The browser's entry. A page the server rendered (src/entry-server.tsx) is hydrated with
 * React's hydrateRoot and the dehydrated query cache, so nothing is fetched twice; each lazy
 * page hydrates when its code arrives, the server's HTML standing until then. A page served
 * as the bare shell (SSR=off, `npm run dev`, `npm run dev:mock`) is rendered from scratch.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/app.tsx';
import { restorePlace } from './lib/keep-place.ts';
import { basenameFor, langOfPath } from './lib/lang-path.ts';
import { readPageData } from './lib/page-data.ts';
import './styles.css';

async function start() {
  // `npm run dev:mock`: the API is answered in the browser by MSW, no server needed.
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('../mocks/browser.ts');
    await startMockWorker();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const lang = langOfPath(window.location.pathname);
  const data = readPageData(document);
  // A static export's page was rendered for its path alone; with another query (or as 404.html)
  // the browser renders the address it has, keeping only the data.
  const here = `${window.location.pathname.replace(/(.)\/$/, '$1')}${window.location.search}`;
  const rendered = data?.url === here;
  const dehydratedState = data?.state;
  const app = (
    <StrictMode>
      <BrowserRouter basename={basenameFor(lang)}>
        <App lang={lang} dehydratedState={dehydratedState} />
      </BrowserRouter>
    </StrictMode>
  );
  if (rendered && root.firstElementChild) {
    hydrateRoot(root, app);
    restorePlace();
  } else {
    createRoot(root).render(app);
  }
  // Offline once loaded (public/sw.js); not in development or with the mock API.
  if (import.meta.env.PROD && import.meta.env.MODE !== 'mock') void import('./lib/register-service-worker.ts').then((worker) => worker.registerServiceWorker());
}

void start();
