import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { citiesResponseSchema } from '../../contract/index.ts';

const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const MEASURES = [
  ['contract', 'Klimatkontrakt'],
  ['change2015', 'Förändring sedan 2015'],
  ['per-capita', 'Per invånare'],
  ['target', 'Mot eget mål'],
  ['budget', 'Mot referensbanan'],
] as const;

interface Centre {
  id: string;
  x: number;
  y: number;
}

/** Where each mark's centre is on the screen. */
async function markCentres(page: Page): Promise<Centre[]> {
  return page.locator('a.map-mark').evaluateAll((marks) =>
    marks.map((mark) => {
      const box = mark.getBoundingClientRect();
      return { id: mark.getAttribute('data-city') ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }),
  );
}

test.describe('map view on the real server', () => {
  test('draws a mark per city at its place: Malmö south-west, Skellefteå and Umeå north-east', async ({
    page,
    request,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    const api = citiesResponseSchema.parse(await (await request.get('/api/v1/cities')).json());
    await page.goto('/map');
    await expect(page.locator('a.map-mark')).toHaveCount(23);
    await expect(page.locator('.map-lan__shape')).toHaveCount(21);
    const centres = await markCentres(page);
    expect(centres.map((c) => c.id).sort()).toEqual(api.cities.map((c) => c.id).sort());

    const southToNorth = [...centres].sort((a, b) => b.y - a.y).map((c) => c.id);
    const westToEast = [...centres].sort((a, b) => a.x - b.x).map((c) => c.id);
    // Malmö is the southernmost mark and among the westernmost (only Göteborg, Helsingborg and Borås lie further west).
    expect(southToNorth[0]).toBe('malmo');
    expect(westToEast.indexOf('malmo')).toBeLessThan(4);
    expect(southToNorth.slice(-2).sort()).toEqual(['skelleftea', 'umea']);
    expect(westToEast.slice(-2).sort()).toEqual(['skelleftea', 'umea']);

    // Every mark sits on the drawn country, not beside it.
    const land = await page.locator('g.map-lan').boundingBox();
    for (const c of centres) {
      expect(c.x, c.id).toBeGreaterThan(land?.x ?? Infinity);
      expect(c.x, c.id).toBeLessThan((land?.x ?? 0) + (land?.width ?? 0));
      expect(c.y, c.id).toBeGreaterThan(land?.y ?? Infinity);
      expect(c.y, c.id).toBeLessThan((land?.y ?? 0) + (land?.height ?? 0));
    }
    await page.screenshot({ path: testInfo.outputPath('map.png'), fullPage: true });
  });

  test('clicking Malmö’s mark opens Malmö', async ({ page }) => {
    await page.goto('/map');
    const malmo = page.locator('a.map-mark[data-city="malmo"]');
    await expect(malmo).toHaveAttribute('href', '/cities/malmo');
    const box = await malmo.boundingBox();
    // Lund's smaller mark overlaps Malmö's north-east edge; click its south-west part.
    await malmo.click({ position: { x: (box?.width ?? 0) * 0.3, y: (box?.height ?? 0) * 0.7 } });
    await expect(page).toHaveURL(/\/cities\/malmo$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();
  });

  test('the marks and the table agree on every measure', async ({ page }) => {
    await page.goto('/map?measure=contract');
    const rows = page.locator('.map-table tbody tr');
    await expect(rows).toHaveCount(23);
    for (const [measure, label] of MEASURES) {
      // click, not check(): the radio turns checked once the URL has changed, a moment after the click.
      const radio = page.getByRole('radio', { name: label, exact: true });
      await radio.click();
      await expect(radio).toBeChecked();
      await expect(page.locator('svg.map-svg')).toHaveAttribute('data-measure', measure);
      if (measure === 'change2015') await expect(page).toHaveURL(/\/map$/);
      else await expect(page).toHaveURL(new RegExp(`measure=${measure}$`));
      const tableValues = await rows.evaluateAll(
        (trs, m) =>
          trs.map((tr) => ({
            id: tr.getAttribute('data-city') ?? '',
            value: tr.querySelector(`td[data-measure="${m}"]`)?.textContent ?? '',
          })),
        measure,
      );
      const markLabels = new Map(
        await page
          .locator('a.map-mark')
          .evaluateAll((marks) =>
            marks.map((a) => [a.getAttribute('data-city') ?? '', a.getAttribute('aria-label') ?? ''] as const),
          ),
      );
      expect(tableValues).toHaveLength(23);
      for (const { id, value } of tableValues) {
        expect(nbsp(markLabels.get(id) ?? ''), `${id} ${measure}`).toContain(`: ${label}: ${nbsp(value)}.`);
      }
    }
  });

  test('keyboard focus on a mark shows its figures; hover does too', async ({ page }) => {
    await page.goto('/map');
    await expect(page.locator('a.map-mark')).toHaveCount(23);
    // From the measure control, Tab reaches the first mark (the largest: Göteborg).
    await page.getByRole('radio', { name: 'Förändring sedan 2015' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('a.map-mark[data-city="goteborg"]')).toBeFocused();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Göteborg');
    expect(nbsp(await tooltip.innerText())).toMatch(/Utsläpp 2024\s+2 252 707 t/);
    await page.keyboard.press('Tab');
    await expect(tooltip).toContainText('Stockholm');
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);

    await page.locator('a.map-mark[data-city="umea"]').hover();
    await expect(tooltip).toContainText('Umeå');
    await expect(tooltip).toContainText('Sedan 2015');
  });

  test('an unknown measure in the address falls back with a note', async ({ page }) => {
    await page.goto('/map?measure=volume');
    await expect(page.getByRole('status').filter({ hasText: 'measure=volume' })).toContainText(
      'visar Förändring sedan 2015',
    );
    await expect(page.locator('svg.map-svg')).toHaveAttribute('data-measure', 'change2015');
  });
});
