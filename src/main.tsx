import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from './app/providers.tsx';
import { routes } from './app/routes.tsx';
import { registerServiceWorker } from './lib/register-service-worker.ts';
import './styles.css';

async function start() {
  // `npm run dev:mock`: the API is answered in the browser by MSW, no server needed.
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('../mocks/browser.ts');
    await startMockWorker();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={createBrowserRouter(routes)} />
      </AppProviders>
    </StrictMode>,
  );
  // Offline once loaded (public/sw.js); not in development or with the mock API.
  if (import.meta.env.PROD && import.meta.env.MODE !== 'mock') registerServiceWorker();
}

void start();
