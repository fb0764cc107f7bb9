/**
 * After one visit, every page works offline: the service worker keeps every route's code and
 * styles when it installs, and each page's server-rendered HTML as it is opened. The issue's
 * case: only / was visited, then /compare is opened with the network gone.
 */
import { expect, goOffline, test, SHOWN } from './fixtures.ts';

test('a page never opened works offline after a visit to the overview alone', async ({ page, context }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Programmets städer' })).toBeVisible();
  // The worker has installed: every route's code and styles are kept.
  // (Two waits: the cache is read only once the worker controls the page.)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => {
    const assets = await caches.open('ks-assets-v2');
    const kept = (await assets.keys()).map((request) => new URL(request.url).pathname);
    return kept.some((path) => /\/assets\/compare-page-.*\.js$/.test(path)) && kept.some((path) => /\.css$/.test(path));
  });
  // The comparison needs its cities' emission series and the list of municipalities it searches, which the
  // overview did not load: read them once through the worker.
  await page.evaluate(() => fetch('/api/v1/emissions?from=1990&to=2050&cities=lund%2Cmalmo').then((r) => r.text()));
  await page.evaluate(() => fetch('/api/v1/municipalities').then((r) => r.text()));

  await goOffline(page, context);
  await page.goto('/compare?cities=malmo,lund');
  await expect(page.getByRole('heading', { level: 1, name: 'Jämför städernas utsläpp' })).toBeVisible();
  await expect(page.locator(`.figure__plot ${SHOWN} .series`).first()).toBeVisible();
  await expect(page.getByText(/Unable to preload CSS/)).toHaveCount(0);
  expect(problems.filter((p) => /preload CSS|dynamically imported module/i.test(p))).toEqual([]);
});

test('a page whose data was never kept says plainly that it needs the network', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await goOffline(page, context);
  await page.goto('/sectors');
  // After the client's own retries (a second and a third try, a few seconds apart).
  await expect(page.getByRole('alert')).toContainText('Kunde inte hämta data', { timeout: 15_000 });
});

test('every file the worker is told to keep exists', async ({ request }) => {
  const listed = (await (await request.get('/sw-precache.json')).json()) as string[];
  expect(listed.length).toBeGreaterThan(20);
  const missing: string[] = [];
  for (const path of listed) if ((await request.head(path)).status() !== 200) missing.push(path);
  expect(missing, 'listed in sw-precache.json but not served').toEqual([]);
});
