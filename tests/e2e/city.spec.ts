import type { Page } from '@playwright/test';
import { CHART_SVG, expect, pointAtChart, test, SHOWN } from './fixtures.ts';
import { cityDetailResponseSchema, emissionsResponseSchema } from '../../contract/index.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const tonnes = (value: number, locale = 'sv-SE') =>
  nbsp(new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value));
const change = (percent: number) =>
  nbsp(
    new Intl.NumberFormat('sv-SE', {
      style: 'percent',
      signDisplay: 'exceptZero',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(percent / 100),
  ).replace('-', '\u2212');

/** The figure shown above a headline label. */
async function headlineFigure(page: Page, label: string) {
  const item = page.locator('.headline__item').filter({ has: page.getByText(label, { exact: true }) });
  return nbsp(await item.locator('.headline__figure').innerText());
}

test.describe('city page on the real server and a fresh database', () => {
  test('opens Malmö from the overview with figures, trajectory, sectors, targets and contract history', async ({
    page,
    request,
  }) => {
    const detail = cityDetailResponseSchema.parse(await (await request.get('/api/v1/cities/malmo')).json());
    const { city } = detail;
    const latest = city.latest;
    if (!latest) throw new Error('Malmö has no latest year');

    await page.goto('/');
    await page.getByRole('link', { name: 'Malmö', exact: true }).click();
    await expect(page).toHaveURL(/\/cities\/malmo$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();

    // Headline figures agree with the API they were drawn from.
    expect(await headlineFigure(page, `ton CO₂e år ${latest.year}`)).toBe(tonnes(latest.tonnesCo2e));
    expect(await headlineFigure(page, 'förändring sedan 1990')).toBe(change(city.changeSince1990Percent ?? NaN));
    expect(await headlineFigure(page, 'förändring sedan 2015')).toBe(change(city.changeSince2015Percent ?? NaN));
    const target = city.assessment.target;
    if (!target) throw new Error('Malmö has an assessed target');
    expect(await headlineFigure(page, `krävs per år för att nå målet ${target.targetYear}`)).toBe(
      change(target.requiredAnnualChangePercent),
    );
    expect(await headlineFigure(page, `mot målet ${target.targetYear}`)).toContain(
      target.status === 'on-track' ? 'I fas' : 'Inte i fas',
    );
    const rank = city.assessment.ranks.tonnesCo2e;
    await expect(page.locator('.city-ranks__item').filter({ hasText: 'Totala utsläpp' })).toContainText(
      `${rank?.rank}:a av ${rank?.of}`,
    );

    // The trajectory: the reported line, its dashed gaps, and trend, target and reference paths.
    const emissions = emissionsResponseSchema.parse(
      await (await request.get('/api/v1/emissions?cities=malmo&sectors=true')).json(),
    );
    const paths = emissions.series[0]?.paths;
    expect(paths?.target?.length).toBeGreaterThan(0);
    expect(paths?.reference.length).toBeGreaterThan(0);
    const trajectory = page.getByRole('img', { name: /Linjediagram: Malmös utsläpp/ });
    await expect(trajectory.locator(CHART_SVG)).toBeVisible();
    // TrajectoryChart draws its series in one SVG layer (compare/series-paths.tsx), one path per series.
    const malmoSeries = trajectory.locator(CHART_SVG).locator('[data-city="malmo"]');
    for (const series of [
      '.series__measured',
      '.series__path--target',
      '.series__path--reference',
      '.series__path--trend',
    ]) {
      await expect(malmoSeries.locator(series), series).toHaveAttribute('d', /L[\d.]+,[\d.]+/);
    }
    const key = page.getByRole('list', { name: 'Teckenförklaring' });
    await expect(key.getByRole('listitem')).toHaveText([
      /^Rapporterat/,
      'Ej rapporterade år',
      'Trend',
      'Målbana',
      'Referensbana',
      'Efter senaste rapport',
    ]);
    await page.getByText('Visa siffrorna som tabell').click();
    const plotted = page.getByRole('table', { name: /Malmö: rapporterade utsläpp och beräknade banor/ });
    await expect(plotted.getByRole('rowheader')).toHaveText([
      'Malmö',
      'Malmö · Målbana',
      'Malmö · Referensbana',
      'Malmö · Trend',
    ]);

    // The sector chart: nine stacked areas with a marker per reported year.
    // It is drawn when the reader scrolls near it.
    const sectors = page.getByRole('img', { name: /Malmös utsläpp per sektor/ });
    await sectors.scrollIntoViewIfNeeded();
    const drawn = sectors.locator(CHART_SVG);
    await expect(drawn.locator('.sector-area')).toHaveCount(9);
    const points = emissions.series[0]?.points ?? [];
    await expect(drawn.locator('.sector-area__dots circle')).toHaveCount(9 * points.length);
    // Pointed at, it becomes the recharts chart with its tooltip, drawing the same.
    await pointAtChart(page, sectors);
    await expect(sectors.locator('.recharts-area')).toHaveCount(9);
    await expect(sectors.locator('.recharts-area-dot')).toHaveCount(9 * points.length);

    // The sector table shows the latest year, and another year on request.
    const table2024 = page.getByRole('table', { name: 'Malmö: utsläpp per sektor 2024' });
    const transport2024 = points.find((p) => p.year === 2024)?.sectors?.transport ?? NaN;
    expect(nbsp(await table2024.getByRole('row', { name: /^Transporter/ }).innerText())).toContain(
      tonnes(transport2024),
    );
    await page.getByRole('combobox', { name: 'År' }).selectOption('2010');
    const table2010 = page.getByRole('table', { name: 'Malmö: utsläpp per sektor 2010' });
    const transport2010 = points.find((p) => p.year === 2010)?.sectors?.transport ?? NaN;
    expect(nbsp(await table2010.getByRole('row', { name: /^Transporter/ }).innerText())).toContain(
      tonnes(transport2010),
    );

    // Targets with sources, and the contract history.
    const targets = page.getByRole('region', { name: 'Mål', exact: true });
    await expect(targets.getByRole('listitem')).toHaveCount(detail.targets.length);
    await expect(targets.getByRole('link').first()).toHaveAttribute('href', detail.targets[0]?.source.url ?? '');
    await expect(page.getByRole('region', { name: 'Klimatkontrakt 2030', exact: true })).toContainText(
      'Version 2020: Kontrakt, signerad 11 dec. 2020',
    );

    // A reload keeps the page (the server serves the SPA on client routes).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();
    await sectors.scrollIntoViewIfNeeded();
    await expect(sectors.locator(CHART_SVG).locator('.sector-area')).toHaveCount(9);
  });

  test('shows the chart numbers as a table by keyboard', async ({ page }) => {
    await page.goto('/cities/malmo');
    const summary = page.getByText('Visa siffrorna som tabell');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: /Malmö: rapporterade utsläpp och beräknade banor/ })).toBeVisible();
  });

  test('an unknown city gets a not-found page with a way back', async ({ page }) => {
    await page.goto('/cities/atlantis');
    await expect(page.getByRole('heading', { level: 1, name: 'Staden finns inte' })).toBeVisible();
    await expect(page.getByText('atlantis')).toBeVisible();
    await page.getByRole('link', { name: 'Till översikten med alla städer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programmets städer' })).toBeVisible();
  });

  test('switches to English', async ({ page, request }) => {
    const detail = cityDetailResponseSchema.parse(await (await request.get('/api/v1/cities/boras')).json());
    await page.goto('/cities/boras');
    await expect(page.getByRole('heading', { level: 1, name: 'Borås' })).toBeVisible();
    await page.getByRole('link', { name: 'In English' }).click();
    await expect(page).toHaveURL(/\/en\/cities\/boras$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Emissions by sector' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Targets', exact: true })).toContainText('No target recorded');
    expect(await headlineFigure(page, `t CO₂e in ${detail.city.latest?.year}`)).toBe(
      tonnes(detail.city.latest?.tonnesCo2e ?? NaN, 'en-GB'),
    );
    await expect(
      page
        .getByRole('table', { name: 'Borås: emissions by sector in 2024' })
        .getByRole('rowheader', { name: 'Transport', exact: true }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Borås has no recorded target: the reference path is drawn, no target path is.
    const boras = page
      .getByRole('img', { name: /Line chart: Borås's emissions/ })
      .locator(`${SHOWN} [data-city="boras"]`);
    await expect(boras.locator('.series__path--reference')).toHaveAttribute('d', /L[\d.]+,[\d.]+/);
    await expect(boras.locator('.series__path--target')).toHaveCount(0);
  });
});
