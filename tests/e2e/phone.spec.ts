/**
 * The public pages on a phone (issue 14): at 360 and 390 px, in both languages, no page
 * scrolls sideways once every deferred section has appeared; the overview's figures are on
 * screen; the comparison's chart is on the first screen with its controls folded under a
 * button; year labels never overlap; targets are big enough and named by their visible
 * text; and axe finds nothing.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { PUBLIC_PAGES, X_TICK_LABEL, expect, test, SHOWN } from './fixtures.ts';

type Lang = 'sv' | 'en';

/**
 * Opens `path` (the Swedish address) in `lang`: the one place the language is chosen.
 * English pages live under /en (src/lib/lang-path.ts): /en/compare, and /en for /.
 */
async function open(page: Page, lang: Lang, path: string): Promise<void> {
  await page.goto(lang === 'en' ? `/en${path === '/' ? '' : path}` : path);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.state--loading')).toHaveCount(0);
}

/** Scrolls to the bottom in steps, as a reader would, until every deferred section (WhenNear) has appeared; then back to the top. */
async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; ;) {
    const { height, viewport } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
    }));
    if (y >= height) break;
    y += Math.round(viewport * 0.8);
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await expect(page.locator('.when-near')).toHaveCount(0);
  await expect(page.locator('.state--loading')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

/** Pairs of x-axis year labels, per chart, whose boxes overlap. */
async function overlappingTicks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // The drawing's x axis, or recharts 3's, which draws the labels in their own group.
    for (const axis of document.querySelectorAll(
      ':is(svg.chart-drawing[data-measured], svg.recharts-surface) .chart-axis--x, .recharts-xAxis-tick-labels',
    )) {
      const labels = [...axis.querySelectorAll('.chart-axis__label, .recharts-cartesian-axis-tick-value')]
        .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
        .filter((l) => l.box.width > 0)
        .sort((a, b) => a.box.left - b.box.left);
      for (let i = 1; i < labels.length; i++) {
        const [a, b] = [labels[i - 1]!, labels[i]!];
        if (a.box.right > b.box.left) found.push(`${a.text} overlaps ${b.text}`);
      }
    }
    return found;
  });
}

/** Visible controls smaller than 24 × 24 CSS px (WCAG 2.2 2.5.8). Links inside running text are exempt, so only standalone ones are checked. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, select, summary, input[type=text], input[type=search], input[type=date], .segmented label, label:has(> input[type=checkbox]), nav a, .chip';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.skip-link, .visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.width < 24 || box.height < 24)
        small.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return small;
  });
}

/** Controls whose aria-label leaves out the text they show (WCAG 2.5.3 Label in Name). */
async function labelsMissingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const wrong: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'a[aria-label], button[aria-label], summary[aria-label], [role=button][aria-label], [role=link][aria-label]',
    )) {
      const shown = norm(el.innerText ?? '');
      if (shown && !norm(el.getAttribute('aria-label') ?? '').includes(shown))
        wrong.push(`"${el.getAttribute('aria-label')}" does not contain "${shown}"`);
    }
    return wrong;
  });
}

/** A phone's screen: width and the height of its first screen. */
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

// axe on the long city page takes several seconds, more on a busy machine.
test.describe.configure({ timeout: 60_000 });

/** What a page checks beyond the checks every page gets, on the same load: the overview's row, the comparison's controls, the year labels. */
const MORE: Record<string, (page: Page, lang: Lang, phone: (typeof PHONES)[number]) => Promise<void>> = {
  '/': async (page, lang, phone) => {
    await test.step('a city’s tonnes and contract status are on screen without scrolling sideways', async () => {
      const row = page.locator('tbody tr').filter({ has: page.getByRole('link', { name: 'Lund', exact: true }) });
      await row.scrollIntoViewIfNeeded();
      // Columns: city, county, wave, contract, tonnes, per capita, since 1990, since 2015.
      const cells = row.locator('td');
      for (const [index, what] of [
        [2, 'contract status'],
        [3, 'tonnes'],
        [4, 'per capita'],
        [5, 'change since 1990'],
      ] as const) {
        const box = await cells.nth(index).boundingBox();
        expect(box, what).not.toBeNull();
        expect(box!.x, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${what} ends on screen`).toBeLessThanOrEqual(phone.width);
      }
      await expect(cells.nth(2)).toContainText(lang === 'sv' ? 'Signerat' : 'Signed');
      await expect(cells.nth(3)).toHaveText(/\d/);
    });
  },
  '/compare?cities=malmo,lund,umea': async (page, lang, phone) => {
    await test.step('year labels do not overlap', async () => {
      await expect(page.locator('.figure__plot').locator(X_TICK_LABEL).first()).toBeAttached();
      expect(await overlappingTicks(page)).toEqual([]);
    });
    await test.step('the chart is on the first screen; the controls open from a button, by keyboard too', async () => {
      const plot = page.locator('.figure__plot');
      await expect(plot.locator(`${SHOWN} .series`).first()).toBeAttached();
      const box = await plot.boundingBox();
      expect(box!.y, 'the chart starts within the first screen').toBeLessThan(phone.height);
      const toggle = page.getByRole('button', {
        name: lang === 'sv' ? /Städer och inställningar/ : /Cities and settings/,
      });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      const search = page.getByLabel(lang === 'sv' ? 'Sök bland alla kommuner' : 'Search all municipalities');
      await expect(search).toBeHidden();
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(search).toBeVisible();
      await expect(page.getByRole('group', { name: lang === 'sv' ? 'Mått' : 'Measure' })).toBeVisible();
      await page.keyboard.press('Space');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    });
  },
  '/cities/malmo': async (page) => {
    await test.step('year labels do not overlap', async () => {
      expect(
        await page.locator('.chart-drawing[data-measured] .chart-axis--x, .recharts-xAxis-tick-labels').count(),
      ).toBeGreaterThanOrEqual(2);
      expect(await overlappingTicks(page)).toEqual([]);
    });
  },
};

for (const phone of PHONES) {
  for (const lang of ['sv', 'en'] as const) {
    test.describe(`${phone.width} px (${lang})`, () => {
      test.use({ viewport: phone });

      for (const path of PUBLIC_PAGES) {
        test(`${path}: no sideways scrolling once every section is in, targets ≥ 24 px, names hold their text, axe${MORE[path] ? ', and more' : ''}`, async ({
          page,
        }) => {
          await open(page, lang, path);
          await scrollThrough(page);
          const { scrollWidth, innerWidth } = await pageWidth(page);
          expect(scrollWidth, 'the page is no wider than the screen').toBeLessThanOrEqual(innerWidth);
          expect(await smallTargets(page), 'targets of at least 24 × 24 px').toEqual([]);
          expect(await labelsMissingText(page), 'accessible names contain the visible label').toEqual([]);
          expect(await axeViolations(page), 'axe violations').toEqual([]);
          await MORE[path]?.(page, lang, phone);
        });
      }

      test('year labels do not overlap on the comparison’s small multiples', async ({ page }) => {
        await open(page, lang, '/compare?cities=malmo,lund,umea&layout=multiples');
        await expect(
          page.locator('.multiples__item .chart-drawing[data-measured] .chart-axis--x').nth(2),
        ).toBeAttached();
        expect(await overlappingTicks(page)).toEqual([]);
      });
    });
  }
}

test.describe('a desktop screen keeps its layout', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('compare: the picker and controls are shown beside the chart, with no button to open them', async ({ page }) => {
    await open(page, 'sv', '/compare?cities=malmo,lund,umea');
    await expect(page.getByLabel('Sök bland alla kommuner')).toBeVisible();
    await expect(page.getByRole('button', { name: /Städer och inställningar/ })).toBeHidden();
    const side = await page.locator('.compare__side').boundingBox();
    const plot = await page.locator('.figure__plot').boundingBox();
    expect(side!.x + side!.width).toBeLessThanOrEqual(plot!.x);
  });
  test('the overview is still a table with a column per figure', async ({ page }) => {
    await open(page, 'sv', '/');
    const row = page.locator('tbody tr').first();
    const [city, tonnes] = [await row.locator('th').boundingBox(), await row.locator('td').nth(3).boundingBox()];
    expect(Math.abs(city!.y - tonnes!.y)).toBeLessThan(4);
  });
});
