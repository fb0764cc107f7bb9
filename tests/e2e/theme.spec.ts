/**
 * The colour schemes, reduced motion and print in Chromium: light and dark screenshots
 * of the main pages (saved for review), chart colours that stand out from the page in
 * both themes, no motion when the reader asks for none, and A4 prints of a city page and
 * a comparison that drop the controls and fit the charts to the paper.
 */
import type { Page } from '@playwright/test';
import { CHART_SVG, expect, pointAtChart, test, SHOWN } from './fixtures.ts';
import { revealDeferred } from './reveal.ts';

const PAGES = [
  { path: '/', name: 'overview', ready: (page: Page) => page.locator('table tbody tr').nth(22) },
  { path: '/compare', name: 'compare', ready: (page: Page) => page.locator(`.figure__plot ${SHOWN} .series`).nth(22) },
  {
    path: '/cities/malmo',
    name: 'city',
    ready: (page: Page) => page.locator('.chart-drawing[data-measured] .sector-area').nth(8),
  },
  { path: '/map', name: 'map', ready: (page: Page) => page.locator('a.map-mark').nth(22) },
];

/** WCAG contrast of two computed `rgb(…)` colours, in the page. */
async function contrastOf(page: Page, foreground: string, background: string): Promise<number> {
  return page.evaluate(
    ([fg, bg]) => {
      const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = channels(css)
          .map((v) => v / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [high, low] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
      return (high + 0.05) / (low + 0.05);
    },
    [foreground, background] as const,
  );
}

/** The page's ground and ink as computed. */
async function groundAndInk(page: Page) {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const figure = document.querySelector('.figure, .table-wrap, .map-figure');
    return {
      background: root.backgroundColor,
      ink: getComputedStyle(document.body).color,
      surface: figure ? getComputedStyle(figure).backgroundColor : root.backgroundColor,
      colorScheme: root.colorScheme,
    };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });

    for (const { path, name, ready } of PAGES) {
      test(`${path} follows the reader's colour scheme (screenshot for review)`, async ({ page }, testInfo) => {
        await page.goto(path);
        if (path === '/cities/malmo') await revealDeferred(page, page.locator(`.figure__plot ${SHOWN} .series`));
        await expect(ready(page)).toBeAttached();
        const look = await groundAndInk(page);
        expect(look.colorScheme).toBe('light dark');
        const ground = await page.evaluate((bg) => {
          const [r = 0, g = 0, b = 0] = (bg.match(/[\d.]+/g) ?? []).map(Number);
          return (r + g + b) / 3;
        }, look.background);
        if (scheme === 'dark') expect(ground).toBeLessThan(40);
        else expect(ground).toBeGreaterThan(220);
        expect(await contrastOf(page, look.ink, look.background)).toBeGreaterThanOrEqual(7);
        await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`), fullPage: true });
      });
    }

    test('every city line on the compare chart stands out 3:1 from the chart', async ({ page }) => {
      await page.goto('/compare');
      await expect(page.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(23);
      const { surface } = await groundAndInk(page);
      const strokes = await page
        .locator(`.figure__plot ${SHOWN} .series`)
        .evaluateAll((lines) => lines.map((line) => getComputedStyle(line).stroke));
      expect(new Set(strokes).size).toBe(12);
      for (const stroke of strokes) expect(await contrastOf(page, stroke, surface), stroke).toBeGreaterThanOrEqual(3);
      // The legend's swatches are painted the same as the lines (listed in another order: as the lines end).
      const swatches = await page
        .locator('.legend__line')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
      expect([...swatches].sort()).toEqual([...strokes].sort());
    });

    test('the sector areas stand out 3:1 from the chart, and the axes follow the theme', async ({ page }) => {
      await page.goto('/cities/malmo');
      await revealDeferred(page, page.locator(`.figure__plot ${SHOWN} .series`));
      const areas = page.locator('.chart-drawing[data-measured] .sector-area__fill');
      await expect(areas).toHaveCount(9);
      const { surface, ink } = await groundAndInk(page);
      const fills = await areas.evaluateAll((paths) => paths.map((path) => getComputedStyle(path).fill));
      // Paul Tol's sand and pale cyan are light by design; on the dark ground every sector must read.
      if (scheme === 'dark')
        for (const fill of fills) expect(await contrastOf(page, fill, surface), fill).toBeGreaterThanOrEqual(3);
      const tick = await page
        .locator('.chart-drawing[data-measured] .chart-axis__label')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
      expect(await contrastOf(page, tick, surface)).toBeGreaterThanOrEqual(4.5);
      expect(await contrastOf(page, ink, surface)).toBeGreaterThanOrEqual(7);
    });
  });
}

test.describe('reduced motion', () => {
  test('spinners stand still and the chart tooltip jumps when the reader asks for no motion', async ({ page }) => {
    const motion = () =>
      page.evaluate(() => {
        document.body.insertAdjacentHTML('beforeend', '<span class="spinner" id="probe"></span>');
        const probe = document.getElementById('probe') as HTMLElement;
        const tooltip = document.querySelector('.recharts-tooltip-wrapper');
        const result = {
          spinner: getComputedStyle(probe).animationName,
          tooltip: tooltip ? getComputedStyle(tooltip).transitionDuration : 'none',
          scroll: getComputedStyle(document.documentElement).scrollBehavior,
        };
        probe.remove();
        return result;
      });
    const hoverChart = async () => {
      const plot = page.locator('.figure__plot');
      await expect(plot.locator(`${SHOWN} .series`).first()).toBeVisible();
      // The mouse only reaches what is in the window; the first pointer over the chart loads its tooltip.
      await pointAtChart(page, plot);
      const box = await plot.boundingBox();
      const y = (box?.y ?? 0) + (box?.height ?? 0) * 0.5;
      await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * 0.5, y);
      await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * 0.6, y);
      await expect(plot.locator('.recharts-tooltip-wrapper')).toHaveCSS('visibility', 'visible');
    };

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/compare?cities=malmo,lund');
    await hoverChart();
    const moving = await motion();
    expect(moving.spinner).toBe('spin');
    expect(moving.tooltip).not.toMatch(/^0s(, 0s)*$/);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await hoverChart();
    const still = await motion();
    expect(still.spinner).toBe('none');
    expect(still.tooltip).toMatch(/^0s(, 0s)*$/);
    expect(still.scroll).toBe('auto');
  });
});

test.describe('print', () => {
  // A4 less 15 mm margins is 180 mm of line: 680 CSS pixels.
  const PAPER_WIDTH_PX = 680;

  for (const { path, name, chart } of [
    { path: '/cities/malmo', name: 'city', chart: `.figure__plot ${SHOWN} .series` },
    { path: '/compare?cities=malmo,lund', name: 'compare', chart: `.figure__plot ${SHOWN} .series` },
  ]) {
    test(`${path} prints on A4: black on white, no controls, charts within the paper, sources with their address`, async ({
      page,
    }, testInfo) => {
      // Printed from a browser in the dark theme: the print must still be black on white.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expect(page.locator(chart).first()).toBeAttached();
      // Figures that wait for the reader to scroll near them are drawn for the print: count
      // the charts the moment printing ends, before anything else could draw them.
      await page.evaluate(() => {
        addEventListener(
          'afterprint',
          () =>
            document.body.setAttribute(
              'data-printed-charts',
              String(document.querySelectorAll('svg.chart-drawing[data-measured], svg.recharts-surface').length),
            ),
          { once: true },
        );
      });
      const onScreen = await page.locator(CHART_SVG).count();
      const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath(`${name}.pdf`) });
      if (name === 'city') {
        expect(onScreen, 'the sector chart waits below the fold').toBe(1);
        await expect(page.locator('body')).toHaveAttribute('data-printed-charts', '2');
      }
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, 'pages').toBeGreaterThanOrEqual(1);
      expect(pages, 'pages').toBeLessThanOrEqual(name === 'city' ? 8 : 4);

      // The same print layout on a paper-wide screen, to measure it.
      await page.setViewportSize({ width: PAPER_WIDTH_PX, height: 1000 });
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const look = await page.evaluate(() => ({
        ink: getComputedStyle(document.body).color,
        ground: getComputedStyle(document.documentElement).backgroundColor,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        charts: [...document.querySelectorAll('svg.chart-drawing[data-measured], svg.recharts-surface')].map(
          (svg) => svg.getBoundingClientRect().right,
        ),
      }));
      expect(look.ink).toBe('rgb(0, 0, 0)');
      expect(look.ground).toBe('rgb(255, 255, 255)');
      expect(look.overflow, 'nothing is wider than the paper').toBeLessThanOrEqual(0);
      expect(look.charts.length).toBeGreaterThan(0);
      for (const right of look.charts) expect(right).toBeLessThanOrEqual(PAPER_WIDTH_PX);
      for (const hidden of ['.topbar', '.skip-link', '.controls', '.picker', '.export-menu', 'button.chip']) {
        const shown = await page
          .locator(hidden)
          .evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
        expect(shown, hidden).toBe(0);
      }
      // Folded notes and the chart's table print open.
      const folded = page.locator('details:not(.city-table-toggle) > :not(summary)');
      if (name === 'city') expect(await folded.count()).toBeGreaterThan(4);
      for (const text of await folded.all()) await expect(text).toBeVisible();
      // Source links carry their address on paper (the comparison names its source in words).
      const sources = page.locator('a[href^="http"]');
      if (name === 'city') expect(await sources.count()).toBeGreaterThan(2);
      for (const source of await sources.all()) {
        expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(
          await source.getAttribute('href'),
        );
      }
      await page.screenshot({ path: testInfo.outputPath(`${name}-print.png`), fullPage: true });
    });
  }
});
