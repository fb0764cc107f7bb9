/**
 * Server rendering in Chromium against the real server: every public page answers with its
 * figures in the first HTML, in both languages; hydration fetches nothing again and logs no
 * error; with JavaScript off a reader still reads a city page and a comparison and follows
 * links; unknown pages and cities answer 404.
 */
import type { Page } from '@playwright/test';
import { PUBLIC_PAGES, expect, test } from './fixtures.ts';
import { citiesResponseSchema, cityDetailResponseSchema } from '../../contract/index.ts';
import { pathIn } from '../../src/lib/lang-path.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const tonnes = (value: number, lang: 'sv' | 'en') =>
  nbsp(new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 0 }).format(value));

const HEADINGS: Record<string, { sv: string; en: string }> = {
  '/': { sv: 'Programmets städer', en: "The programme's cities" },
  '/cities/malmo': { sv: 'Malmö', en: 'Malmö' },
};

/** The page as the server sends it, before any script runs. */
async function firstHtml(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  return response.text();
}

test.describe('server-rendered pages', () => {
  for (const lang of ['sv', 'en'] as const) {
    test(`every public page carries its figures in the first HTML (${lang})`, async ({ page, request }) => {
      const cities = citiesResponseSchema.parse(await (await request.get('/api/v1/cities')).json());
      const lund = cities.cities.find((c) => c.id === 'lund');
      for (const path of PUBLIC_PAGES) {
        const html = await firstHtml(page, pathIn(lang, path));
        expect(html, path).toContain(`<html lang="${lang}"`);
        // The query cache for hydration, as a data block (never executed, so the CSP holds).
        expect(html, path).toMatch(/<script type="application\/json" id="ks-data">\{"url":/);
        expect(html, path).not.toMatch(/<script>(?!\s*<\/script>)/);
        expect(html, path).toContain('<h1');
      }
      const overview = nbsp(await firstHtml(page, pathIn(lang, '/')));
      expect(overview).toContain(HEADINGS['/']?.[lang].replace("'", '&#x27;') ?? '');
      expect(overview).toContain(tonnes(lund?.latest?.tonnesCo2e ?? NaN, lang));
      const detail = cityDetailResponseSchema.parse(await (await request.get('/api/v1/cities/malmo')).json());
      const city = nbsp(await firstHtml(page, pathIn(lang, '/cities/malmo')));
      expect(city).toContain(tonnes(detail.city.latest?.tonnesCo2e ?? NaN, lang));
      // The first chart is drawn in the HTML (at three nominal widths, for CSS to pick one), lines and axes.
      for (const [path, city] of [
        ['/compare?cities=malmo,lund,umea', 'lund'],
        ['/cities/malmo', 'malmo'],
      ] as const) {
        const html = await firstHtml(page, pathIn(lang, path));
        for (const width of [340, 640, 1040]) expect(html, path).toContain(`data-nominal="${width}"`);
        // Reported years joined by a line somewhere (isolated years before yearly reporting are moves only).
        expect(html, path).toMatch(
          new RegExp(
            `data-city="${city}"[^>]*>.*?<path class="series__measured" d="M[\\d.]+,[\\d.]+[^"]*L[\\d.]+,[\\d.]+`,
          ),
        );
        expect(html, path).toMatch(/class="chart-axis__label"[^>]*>2020</);
      }
    });
  }

  test('hydration fetches nothing twice, strings included, and logs no error', async ({ page }) => {
    const problems: string[] = [];
    const api: string[] = [];
    // A namespace's chunk (src/**/messages.sv.ts and .en.ts): the page's strings came in its data block instead.
    const strings: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (path.startsWith('/api/')) api.push(req.url());
      if (/\/assets\/messages\.(sv|en)-[\w-]+\.js$/.test(path)) strings.push(path);
    });
    for (const lang of ['sv', 'en'] as const) {
      for (const path of PUBLIC_PAGES) {
        await page.goto(pathIn(lang, path), { waitUntil: 'networkidle' });
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Interactive: the language link is the same place in the other language.
        await expect(page.getByRole('link', { name: lang === 'sv' ? 'In English' : 'På svenska' })).toHaveAttribute(
          'href',
          pathIn(lang === 'sv' ? 'en' : 'sv', path),
        );
      }
    }
    expect(api, 'API requests while hydrating').toEqual([]);
    expect(strings, 'strings loaded while hydrating').toEqual([]);
    expect(problems, 'errors while hydrating').toEqual([]);
  });

  for (const width of [1350, 390]) {
    test(`nothing moves when the app's code arrives and hydrates (${width} px)`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as { shifts: string[] }).shifts = shifts;
        // When the app marked the page hydrated (<html data-ready>), in the same clock as the shifts.
        new MutationObserver((_, observer) => {
          if (document.documentElement.dataset.ready === undefined) return;
          shifts.push(`0 hydrated at ${Math.round(performance.now())} ms`);
          observer.disconnect();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
        new PerformanceObserver((list) => {
          // What moved, from where to where, and when (ms since the navigation, beside the time the page had
          // hydrated): enough to tell a late stylesheet from a hydration that redraws.
          const rect = (r: DOMRectReadOnly) =>
            `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
          })[]) {
            const moved = (entry.sources ?? []).map(
              (source) =>
                `${(source.node as Element | undefined)?.className || source.node?.nodeName || '?'} ${rect(source.previousRect)} → ${rect(source.currentRect)}`,
            );
            shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const path of ['/', '/compare?cities=malmo,lund,umea', '/cities/malmo', '/map', '/sectors']) {
        await page.goto(path);
        await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
        // The charts' width is measured after hydrating: let that settle too.
        await page.waitForTimeout(500);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        const total = shifts.reduce((sum, line) => sum + Number(line.split(' ')[0]), 0);
        expect(total, `${path}: ${shifts.join(' | ')}`).toBeLessThan(0.01);
      }
      await context.close();
    });
  }

  test('an unknown page and an unknown city answer 404 with a readable page', async ({ page }) => {
    for (const [path, heading] of [
      ['/no/such/page', 'Sidan finns inte'],
      ['/cities/atlantis', 'Staden finns inte'],
      ['/en/no/such/page', 'Page not found'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a city page reads in full: headline figures, sections and the sector table', async ({ page, request }) => {
    const detail = cityDetailResponseSchema.parse(await (await request.get('/api/v1/cities/malmo')).json());
    await page.goto('/cities/malmo');
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();
    await expect(page.locator('main')).toContainText(
      tonnes(detail.city.latest?.tonnesCo2e ?? NaN, 'sv').replace(/ /g, '\u00a0'),
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Utsläpp per sektor' })).toBeAttached();
    await expect(page.getByText('Hämtar data…')).toHaveCount(0);
    // Styled without JavaScript: the page's own stylesheet came with the HTML.
    expect(await page.locator('link[rel=stylesheet]').count()).toBeGreaterThan(1);
  });

  for (const width of [360, 390, 1440]) {
    test(`the first chart is drawn, one drawing fitted to the frame (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/compare?cities=malmo,lund,umea', '/cities/malmo']) {
        await page.goto(path);
        const frame = page.locator('.figure__plot .chart-frame').first();
        const shown = frame.locator('svg.chart-drawing:visible');
        await expect(shown, path).toHaveCount(1);
        await expect(shown.locator('.series__measured').first()).toHaveAttribute('d', /L/);
        const [frameBox, svgBox] = [await frame.boundingBox(), await shown.boundingBox()];
        // It fits the frame's width, scaled down by at most a quarter (labels stay legible), never up.
        expect(svgBox?.width ?? 0, path).toBeLessThanOrEqual((frameBox?.width ?? 0) + 0.5);
        const nominal = Number(await shown.getAttribute('data-nominal'));
        expect((svgBox?.width ?? 0) / nominal, path).toBeGreaterThan(0.75);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      }
    });
  }

  test('a comparison reads as a table and the links lead on', async ({ page, request }) => {
    const cities = citiesResponseSchema.parse(await (await request.get('/api/v1/cities')).json()).cities;
    await page.goto('/compare?cities=malmo,lund&view=table');
    await expect(page.getByRole('heading', { level: 1, name: 'Jämför städernas utsläpp' })).toBeVisible();
    const table = page.getByRole('table').first();
    await expect(table).toContainText('Malmö');
    await expect(table).toContainText('Lund');
    await expect(page.getByText('Hämtar data…')).toHaveCount(0);
    // A link works as a plain link: to the English page, then to the map.
    await page.getByRole('link', { name: 'In English' }).click();
    await expect(page).toHaveURL(/\/en\/compare\?cities=malmo,lund&view=table$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Compare the cities' emissions");
    await page.getByRole('navigation').getByRole('link', { name: 'Map' }).click();
    await expect(page).toHaveURL(/\/en\/map$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('a.map-mark')).toHaveCount(cities.length);
  });
});
