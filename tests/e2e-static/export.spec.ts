/**
 * The static export (`npm run export`) served by a plain file server (scripts/serve-static.ts:
 * paths to files, no SPA fallback, no API), with the server's smoke test: the same pages show
 * the same figures with no Node process behind them.
 */
import type { Page } from '@playwright/test';
import { CHART_SVG, expect, test } from '../e2e/fixtures.ts';
import { citiesResponseSchema } from '../../contract/index.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Fails the test on any console error or failed request the page makes, except the 404 page's own status. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('static export on a plain file server', () => {
  test('overview with Malmö’s latest figure, then compare, a city, the map and contracts by client navigation', async ({
    page,
    request,
  }) => {
    const errors = watchErrors(page);
    // The server's answer for today, as exported: the overview must show its figures.
    const manifest = (await (await request.get('/api/v1/static.json')).json()) as { changeDays: string[] };
    const lastDay = manifest.changeDays[manifest.changeDays.length - 1] ?? '';
    const api = citiesResponseSchema.parse(await (await request.get(`/api/v1/cities/as-of/${lastDay}.json`)).json());
    const malmo = api.cities.find((c) => c.id === 'malmo');
    if (!malmo?.latest) throw new Error('Malmö has no latest year in the export');

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Programmets städer' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Programmets 23 städer/ }).locator('tbody tr')).toHaveCount(23);
    await expect(page.getByText('23 av 23', { exact: true })).toBeVisible();
    expect(malmo.latest.year).toBe(2024);
    const tonnes = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(malmo.latest.tonnesCo2e);
    await expect
      .poll(async () => nbsp(await page.getByRole('row', { name: /^Malmö\s/ }).innerText()))
      .toContain(nbsp(tonnes));
    await expect(page.getByRole('row', { name: /^Lund\s/ })).toContainText('209 791');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Jämför' }).click();
    await expect(page.locator('section.figure')).toHaveAttribute('data-cities', '23');
    await expect(page.locator('.figure__plot').locator(CHART_SVG).first()).toBeVisible();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Karta' }).click();
    await expect(page.locator('a.map-mark')).toHaveCount(23);
    await expect(page.locator('.map-lan__shape')).toHaveCount(21);
    await page.locator('a.map-mark[href="/cities/malmo"]').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();
    await expect(page.locator('.figure__plot').locator(CHART_SVG).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('deep links load on reload without rewrite rules, with their query', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/compare?cities=malmo,lund&measure=per-capita&base=2015&from=1990&to=2030&scale=log');
    await expect(page.locator('section.figure')).toHaveAttribute('data-cities', '2');
    await expect(page.getByRole('list', { name: /Städer i diagrammet/ }).getByRole('button')).toHaveText([
      // Listed as the lines end, top first: Malmö 2.22 t per person in 2024, Lund 1.59 t.
      'Malmö',
      'Lund',
    ]);

    await page.goto('/cities/lund');
    await expect(page.getByRole('heading', { level: 1, name: 'Lund' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Lund' })).toBeVisible();

    await page.goto('/contracts?asOf=2021-10-31');
    await expect(page.locator('.contracts__headline')).toHaveText(
      'Den 31 okt. 2021 hade 9 av 23 städer signerat Klimatkontrakt 2030.',
    );
    const table = page.getByRole('table', { name: /Städernas status/ });
    await expect(table.locator('tbody tr').filter({ hasText: 'Signerat' })).toHaveCount(9);
    await expect(table.locator('tbody tr').filter({ hasText: 'Med i programmet' })).toHaveCount(14);
    await page.getByLabel('Läget den').fill('2022-12-31');
    await expect(page.locator('.contracts__headline')).toContainText('hade 23 av 23 städer signerat');

    for (const [path, heading] of [
      ['/standings', 'Rangordning'],
      ['/about', 'Om datan'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(heading) })).toBeVisible();
    }
    await page.goto('/embed/map?measure=per-capita');
    await expect(page.locator('a.map-mark')).toHaveCount(23);
    await page.goto('/embed/compare?cities=malmo,lund');
    await expect(page.locator('.figure__plot').locator(CHART_SVG).first()).toBeVisible();
    await page.goto('/present');
    await expect(page.locator('body')).not.toBeEmpty();
    await expect(page.getByRole('heading').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('an unknown path gets the SPA’s not-found page from 404.html; an unknown city its own page', async ({
    page,
  }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toBeVisible();
    await page.goto('/cities/atlantis');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).toContainText(/atlantis/);
  });

  test('/admin says the copy is read-only', async ({ page }) => {
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Statisk kopia – bara läsning' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('kan inte ändras');
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });
});
