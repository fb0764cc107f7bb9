/**
 * Registers public/sw.js, which keeps the dashboard working offline once loaded. Production
 * builds only: in development it would serve stale modules, and `npm run dev:mock` has MSW's
 * worker on the same scope.
 */

/** Our own files and API answers among loaded resources: what the worker should keep. */
function ours(entries: PerformanceEntryList): string[] {
  return entries
    .map((entry) => entry.name)
    .filter((name) => {
      const url = new URL(name, window.location.href);
      return (
        url.origin === window.location.origin &&
        (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/api/v1/'))
      );
    });
}

/**
 * Hands the worker what the page loaded before the worker controlled it (the first visit's
 * chunks and data), then whatever finishes loading later: a request already under way when
 * the worker took over bypassed it. The worker skips what it already has.
 */
function reportLoaded(worker: ServiceWorker, rendered: readonly string[]): void {
  const send = (urls: string[]) => {
    if (urls.length > 0) worker.postMessage({ type: 'keep', urls });
  };
  send([...ours(performance.getEntriesByType('resource')), ...rendered]);
  if (typeof PerformanceObserver === 'undefined') return;
  new PerformanceObserver((list) => send(ours(list.getEntries()))).observe({ type: 'resource' });
}

/** `rendered`: the API addresses a server-rendered page's data came from, fetched by the server, not the page. */
export function registerServiceWorker(rendered: readonly string[] = []): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active && reportLoaded(registration.active, rendered))
      // Without a worker the dashboard still works, only not offline; nothing to tell the reader.
      .catch((error: unknown) => console.warn('Service worker not registered:', error));
  };
  // After load, so registering never competes with the first page for the network.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
