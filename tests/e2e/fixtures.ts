/**
 * Playwright's `test` with one change: `page.goto` and `page.reload` return once the page is
 * interactive, not only loaded. A server-rendered page is readable (and clickable) before its
 * scripts have hydrated it, and a click or key before that reaches no handler; the app marks
 * <html data-ready="<page>"> once the page has hydrated (src/app/routes.tsx). With JavaScript
 * off there is nothing to wait for. A page that never gets there (a script that failed) is
 * left to the test's own assertions.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export { expect };

const HYDRATED_MS = 15_000;

/** Waits until the page in `page` has hydrated (after a navigation the test did not make with goto, such as a followed link). */
export async function untilInteractive(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: HYDRATED_MS })
    .catch(() => undefined);
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (response?.headers()['content-type']?.includes('text/html')) await untilInteractive(page);
        return response;
      };
      page.reload = async (options) => {
        const response = await reload(options);
        await untilInteractive(page);
        return response;
      };
    }
    await use(page);
  },
});

/** A chart drawn at its measured width: the plain SVG drawing, or the live recharts chart that replaces it when pointed at. */
export const CHART_SVG = 'svg.chart-drawing[data-measured], svg.recharts-surface';
/**
 * The same, as one compound selector to put before what is inside a chart (`${SHOWN} .series`): the
 * server's drawings at other nominal widths stay in the page, hidden, until the chart changes.
 */
export const SHOWN = ':is(svg.chart-drawing[data-measured], svg.recharts-surface)';
/** A year label on a chart's x axis, drawn or live. */
export const X_TICK_LABEL =
  'svg.chart-drawing[data-measured] .chart-axis--x .chart-axis__label, .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value';

/**
 * Points at the chart in `plot` and waits until it has become the live recharts chart (its code
 * loads on the first pointer over it), so the next pointer move reaches its tooltip.
 */
export async function pointAtChart(page: Page, plot: Locator): Promise<void> {
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * 0.5, (box?.y ?? 0) + (box?.height ?? 0) * 0.5);
  await plot.locator('svg.recharts-surface').first().waitFor();
}

/** The public pages, by their Swedish address, that the phone and server-rendering specs open in both languages. */
export const PUBLIC_PAGES = [
  '/',
  '/compare?cities=malmo,lund,umea',
  '/cities/malmo',
  '/map',
  '/standings',
  '/sectors',
  '/contracts',
  '/about',
];

/** Takes the browser context off the network, the service worker's own requests too, and checks that it is. */
export async function goOffline(page: Page, context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  // Playwright's offline mode does not cover a service worker's own requests (microsoft/playwright#2311).
  await context.route('**/*', (route) =>
    route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue(),
  );
  // Really offline: an answer the worker has not kept cannot be had.
  const probe = await page.evaluate(() =>
    fetch(`/api/v1/health?probe=${Date.now()}`).then(
      () => 'online',
      () => 'offline',
    ),
  );
  expect(probe).toBe('offline');
}
