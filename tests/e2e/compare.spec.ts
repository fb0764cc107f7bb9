import type { Page } from '@playwright/test';
import { CHART_SVG, X_TICK_LABEL, expect, pointAtChart, test, SHOWN } from './fixtures.ts';
import { emissionsResponseSchema } from '../../contract/index.ts';

const ISSUE_LINK = '/compare?cities=malmo,lund&measure=per-capita&base=2015&from=1990&to=2030&scale=log';
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function chartMarkup(page: Page): Promise<string> {
  const svg = page.locator('.figure__plot').locator(CHART_SVG).first();
  await expect(svg).toBeVisible();
  return svg.evaluate((el) =>
    el.outerHTML.replace(/recharts\d+-clip/g, 'clip').replace(/id="[^"]*"|url\(#[^)]*\)/g, ''),
  );
}

test.describe('compare view', () => {
  test('the link from the issue reproduces the same chart after a reload', async ({ page }) => {
    await page.goto(ISSUE_LINK);
    const figure = page.locator('section.figure');
    await expect(figure).toHaveAttribute('data-measure', 'per-capita');
    await expect(figure).toHaveAttribute('data-cities', '2');
    await expect(page.getByRole('radio', { name: 'Per invånare, ton CO₂e' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Logaritmisk' })).toBeChecked();
    await expect(page.getByRole('list', { name: /Städer i diagrammet/ }).getByRole('button')).toHaveText([
      // Listed as the lines end, top first: Malmö 2.22 t per person in 2024, Lund 1.59 t.
      'Malmö',
      'Lund',
    ]);
    const before = await chartMarkup(page);
    await page.reload();
    await expect(figure).toHaveAttribute('data-measure', 'per-capita');
    expect(await chartMarkup(page)).toBe(before);
    await expect(page).toHaveURL(/cities=malmo%2Clund|cities=malmo,lund/);
  });

  test('bad values fall back to defaults with a visible note, never a blank page', async ({ page }) => {
    await page.goto('/compare?cities=malmo,atlantis&measure=volume&from=1800&scale=cubic');
    const notice = page.getByRole('status').filter({ hasText: 'kunde inte användas' });
    await expect(notice).toContainText('measure=volume');
    await expect(notice).toContainText('cities=atlantis');
    await expect(page.locator('section.figure')).toHaveAttribute('data-measure', 'total');
    await expect(page.locator(`.figure__plot ${SHOWN} .series`).first()).toBeVisible();
  });

  test('presets choose cities and the URL follows', async ({ page }) => {
    await page.goto('/compare');
    await expect(page.locator('section.figure')).toHaveAttribute('data-cities', '23');
    await page.getByRole('button', { name: 'Våg 1 (2019)' }).click();
    await expect(page.locator('section.figure')).toHaveAttribute('data-cities', '9');
    await expect(page).toHaveURL(/cities=/);
    await page.getByRole('combobox').filter({ hasText: 'Välj län' }).selectOption({ label: 'Skåne län' });
    await expect(page.getByRole('list', { name: /Städer i diagrammet/ }).getByRole('button')).toHaveText([
      // As the lines end, top first (totals in 2024).
      'Malmö',
      'Helsingborg',
      'Kristianstad',
      'Lund',
    ]);
    await page.getByLabel('Signerat senast').fill('2021-10-31');
    await page.getByRole('button', { name: 'Välj', exact: true }).click();
    await expect(page.locator('section.figure')).toHaveAttribute('data-cities', '9');
    await page.getByLabel('Sök bland alla kommuner').fill('skel');
    await expect(page.locator('.picker__list li')).toHaveText(['Skellefteå']);
  });

  test('focusing a legend entry highlights one city and dims the rest', async ({ page }) => {
    await page.goto('/compare?cities=malmo,lund,umea');
    await page
      .getByRole('list', { name: /Städer i diagrammet/ })
      .getByRole('button', { name: 'Malmö' })
      .focus();
    const opacity = (city: string) =>
      page.locator(`.figure__plot ${SHOWN} .series[data-city="${city}"]`).getAttribute('opacity');
    await expect.poll(() => opacity('malmo')).toBe('1');
    expect(Number(await opacity('lund'))).toBeLessThan(0.2);
    expect(Number(await opacity('umea'))).toBeLessThan(0.2);
    // Tab moves to the next legend entry (as the lines end: Malmö, Umeå, Lund), which takes the highlight.
    await page.keyboard.press('Tab');
    await expect.poll(() => opacity('umea')).toBe('1');
    expect(Number(await opacity('malmo'))).toBeLessThan(0.2);
  });

  test('the table view shows exactly the plotted numbers', async ({ page, request }) => {
    await page.goto('/compare?cities=malmo,lund&measure=per-capita&view=table');
    const api = emissionsResponseSchema.parse(
      await (await request.get('/api/v1/emissions?cities=malmo&from=2024&to=2024')).json(),
    );
    const malmo2024 = api.series[0]?.points[0]?.tonnesPerCapita ?? NaN;
    const row = page.getByRole('row', { name: /^Malmö/ });
    const formatted = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      malmo2024,
    );
    expect(nbsp(await row.innerText())).toContain(nbsp(formatted));
    // Unreported years have no column: SMHI's newest release skips 2016–2019.
    await expect(page.getByRole('columnheader', { name: '2017' })).toHaveCount(0);
  });

  test('the tooltip follows the pointer to every reported year', async ({ page, request }) => {
    await page.goto('/compare?cities=malmo,lund&from=1990&to=2030');
    const plot = page.locator('.figure__plot');
    await expect(plot.locator(`${SHOWN} .series`).first()).toBeVisible();
    await pointAtChart(page, plot);
    const tickX = async (year: number) => {
      const box = await plot
        .locator(X_TICK_LABEL)
        .filter({ hasText: new RegExp(`^${year}$`) })
        .boundingBox();
      if (!box) throw new Error(`no tick for ${year}`);
      return box.x + box.width / 2;
    };
    const plotBox = await plot.boundingBox();
    const y = (plotBox?.y ?? 0) + (plotBox?.height ?? 0) * 0.4;
    const x2020 = await tickX(2020);
    const x2025 = await tickX(2025);
    // Hover over each year: the tooltip names that year, not the first or last one. 2022 has no tick of its own.
    for (const [year, x] of [
      [2010, await tickX(2010)],
      [2020, x2020],
      [2022, x2020 + ((x2025 - x2020) * 2) / 5],
    ] as const) {
      await page.mouse.move(x, y);
      await expect(plot.locator('.chart-tooltip__year')).toHaveText(String(year));
    }
    await page.mouse.move(await tickX(2010), y);
    await expect(plot.locator('.chart-tooltip__year')).toHaveText('2010');
    const api = emissionsResponseSchema.parse(
      await (await request.get('/api/v1/emissions?cities=malmo&from=2010&to=2010')).json(),
    );
    const malmo2010 = api.series[0]?.points[0]?.tonnesCo2e ?? NaN;
    const formatted = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(malmo2010);
    await expect
      .poll(async () => nbsp(await plot.locator('.chart-tooltip li').filter({ hasText: 'Malmö' }).innerText()))
      .toContain(nbsp(formatted));
  });

  test('small multiples draw one chart per city', async ({ page }) => {
    await page.goto('/compare?layout=multiples');
    await expect(page.locator('.multiples__item')).toHaveCount(23);
    await expect(page.locator(`.multiples__item ${SHOWN} .series`).first()).toBeVisible();
  });

  test('23 lines with overlays stay legible (screenshot for review)', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 1100 });
    await page.goto('/compare?measure=indexed&base=2015&from=2000&to=2030&overlays=trend');
    await expect(page.locator('section.figure')).toHaveAttribute('data-cities', '23');
    await expect(page.locator(`.figure__plot ${SHOWN} .series`).first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('compare-23.png'), fullPage: true });
  });
});
