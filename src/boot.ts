/**
 * The page's one script tag. A server-rendered page is complete without JavaScript: its
 * figures, tables and first chart are in the HTML, styled by the style sheets in <head>. So the
 * app's code (React, the router, the query cache and the page's own chunk) is fetched only once
 * that page has loaded and painted, and never competes with the HTML and CSS a phone needs for
 * its first paint. Then it hydrates (src/entry-client.tsx).
 *
 * The server names the page's own chunk in `data-page` on this script (from Vite's manifest,
 * server/render/pages.ts); it is fetched beside the entry, so the page does not wait for a
 * chain of imports. A bare shell (SSR=off, `npm run dev`) has nothing to show yet and loads at once.
 */
import './styles.css';

/**
 * After the load event and the first contentful paint (the Paint Timing API's entry, which the
 * browser records once that frame is on screen). A hidden tab paints nothing, so it waits for
 * neither, and a browser that never reports the paint is given three seconds.
 */
function loadedAndPainted(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  const painted = new Promise<void>((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('paint'))
      return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
  return Promise.race([
    Promise.all([loaded, painted]).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, 3000)),
  ]);
}

/** The next task: what comes after runs in a task of its own, so the page can answer input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const rendered = (document.getElementById('root')?.childElementCount ?? 0) > 0;
if (rendered) {
  await loadedAndPainted();
  // The page's own module, fetched beside the app's (the module loader follows its imports; no
  // link per chunk, as each script-made request costs the main thread). The route imports the
  // same module when it hydrates and finds it loaded.
  const page = document.querySelector<HTMLScriptElement>('script[data-page]')?.dataset.page;
  if (page) void import(/* @vite-ignore */ page).catch(() => undefined);
}
// React DOM and the libraries are evaluated in a task of their own, then the app in the next:
// together they would be one long task on a phone.
await import('./boot-vendor.ts');
await nextTask();
await import('./entry-client.tsx');
