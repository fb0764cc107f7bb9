/**
 * With the server really stopped: views already loaded stay readable with a notice and a retry,
 * a view with nothing kept shows a clear error with a retry, nothing is ever blank; once the
 * server is back, the retry brings fresh data and the notice goes. The test starts and stops
 * its own server process (not the shared webServer) on a free port, over the built dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CHART_SVG, expect, test } from './fixtures.ts';
import { freePort } from '../../scripts/free-port.ts';
import { interactive } from './ready.ts';

const NOTICE_SV = 'Servern svarar inte – visar senast hämtade data.';

/** Starts server/main.ts (the node process itself, so it can be killed) and waits until it answers. */
async function startServer(port: number, databasePath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath },
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The server did not start in 60 s');
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: NOTICE_SV });

test.describe('when the server stops', () => {
  let server: ChildProcess | undefined;
  test.afterEach(async () => {
    if (server) await stopServer(server);
  });

  test('loaded views stay readable with a notice and a retry; a view with nothing kept shows an error with a retry', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const databasePath = join(mkdtempSync(join(tmpdir(), 'ks-resilience-')), 'db.sqlite');
    server = await startServer(port, databasePath);

    await page.goto(`${base}/`);
    await expect(
      page.getByRole('table', { name: /^(Programmets|The programme's) \d+ (städer|cities)/ }).locator('tbody tr'),
    ).toHaveCount(23);
    // Once the service worker controls the page, what the views load next is kept for offline use.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    for (const path of ['/', '/cities/malmo', '/compare?cities=malmo,lund']) {
      await page.goto(`${base}${path}`);
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    await expect(page.locator('.figure__plot').locator(CHART_SVG).first()).toBeVisible();
    await expect(notice(page)).toHaveCount(0);

    await stopServer(server);
    server = undefined;

    // Between loaded views: the data is still shown.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    await expect(
      page.getByRole('table', { name: /^(Programmets|The programme's) \d+ (städer|cities)/ }).locator('tbody tr'),
    ).toHaveCount(23);
    await page.getByRole('link', { name: 'Malmö', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();

    // A reload: the page and its data come from what was kept, and the page says so.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();
    await expect(notice(page)).toBeVisible();
    await expect(notice(page).getByRole('button', { name: 'Försök igen' })).toBeVisible();
    await expect(page.locator('.figure__plot').locator(CHART_SVG).first()).toBeVisible();

    await page.goto(`${base}/`);
    await expect(
      page.getByRole('table', { name: /^(Programmets|The programme's) \d+ (städer|cities)/ }).locator('tbody tr'),
    ).toHaveCount(23);
    await expect(notice(page)).toBeVisible();
    // Retrying while the server is still down keeps the data and the notice.
    await notice(page).getByRole('button', { name: 'Försök igen' }).click();
    await expect(notice(page).getByRole('button', { name: 'Försök igen' })).toBeEnabled();
    await expect(
      page.getByRole('table', { name: /^(Programmets|The programme's) \d+ (städer|cities)/ }).locator('tbody tr'),
    ).toHaveCount(23);
    await expect(notice(page)).toBeVisible();

    // A view whose data was never loaded: a clear error with a retry, not a blank page.
    await page.goto(`${base}/contracts?asOf=2021-10-31`);
    const error = page.getByRole('alert');
    await expect(error).toBeVisible();
    await expect(error.getByRole('button')).toBeVisible();
    await expect(page.locator('main')).not.toBeEmpty();

    // The server comes back on the same address: one retry brings fresh data and the notice goes.
    server = await startServer(port, databasePath);
    await error.getByRole('button').click();
    await expect(page.locator('.contracts__headline')).toHaveText(
      'Den 31 okt. 2021 hade 9 av 23 städer signerat Klimatkontrakt 2030.',
    );
    await page.goto(`${base}/`);
    await expect(
      page.getByRole('table', { name: /^(Programmets|The programme's) \d+ (städer|cities)/ }).locator('tbody tr'),
    ).toHaveCount(23);
    await expect(notice(page)).toHaveCount(0);
  });

  test('the notice is in English too, and a failed refetch keeps the view (no service worker)', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = await startServer(port, join(mkdtempSync(join(tmpdir(), 'ks-resilience-')), 'db.sqlite'));
    // A controllable clock, so the data can grow stale (staleTime 60 s) without waiting a minute.
    await page.clock.install();
    await page.goto(`${base}/en/cities/lund`);
    await expect(page.getByRole('heading', { level: 1, name: 'Lund' })).toBeVisible();
    // Hydrated, so the query cache is live and will refetch when the tab is shown again.
    await interactive(page, 'city');
    await stopServer(server);
    server = undefined;
    // Two minutes later the reader returns to the tab: the stale data is refetched, the refetch
    // (and its retries) fail, and the view keeps its data.
    await page.clock.fastForward('02:00');
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await page.clock.runFor(10_000);
    const englishNotice = page
      .getByRole('status')
      .filter({ hasText: 'The server is not responding – showing the data last fetched.' });
    await expect(englishNotice).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Lund' })).toBeVisible();
    await expect(englishNotice.getByRole('button', { name: 'Try again' })).toBeVisible();
    await context.close();
  });
});
