/**
 * Accessibility in Chromium: axe-core (WCAG 2.0–2.2 A and AA rules) on every route in
 * both languages, in the light theme and, in Swedish, in the dark theme too;
 * and the pages worked by keyboard with a visible focus indicator.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, SHOWN } from './fixtures.ts';
import { pathIn } from '../../src/lib/lang-path.ts';
import { revealDeferred } from './reveal.ts';
import { axeViolations } from './axe.ts';

// axe on a page of 23 charts takes several seconds, more on a busy machine.
test.describe.configure({ timeout: 60_000 });

interface Route {
  path: string;
  /** Something that is only there once the page's data has loaded and its charts have drawn. */
  ready: (page: Page) => Locator;
  /** Figures drawn only as the reader scrolls near them: scroll to them once this is there, so axe sees them drawn. */
  revealAfter?: (page: Page) => Locator;
}

const table = (page: Page) => page.locator('table tbody tr').first();
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const mapMark = (page: Page) => page.locator('a.map-mark').nth(22);

const ROUTES: Route[] = [
  { path: '/', ready: table },
  { path: '/compare', ready: (page) => page.locator(`.figure__plot ${SHOWN} .series`).first() },
  { path: '/compare?layout=multiples', ready: (page) => page.locator(`.multiples__item ${SHOWN} .series`).nth(22) },
  { path: '/compare?view=table', ready: table },
  {
    path: '/compare?overlays=target,reference,trend&cities=malmo,lund,umea',
    ready: (page) => page.locator(`.figure__plot ${SHOWN} .series__path--target`).first(),
  },
  {
    path: '/cities/malmo',
    ready: (page) => page.locator(`${SHOWN} .sector-area`).first(),
    revealAfter: (page) => page.locator(`.figure__plot ${SHOWN} .series`),
  },
  {
    path: '/cities/boras',
    ready: (page) => page.locator(`${SHOWN} .sector-area`).first(),
    revealAfter: (page) => page.locator(`.figure__plot ${SHOWN} .series`),
  },
  { path: '/cities/atlantis', ready: heading },
  { path: '/map', ready: mapMark },
  { path: '/map?measure=contract', ready: mapMark },
  { path: '/map?measure=per-capita', ready: mapMark },
  { path: '/map?measure=target', ready: mapMark },
  { path: '/standings', ready: table },
  { path: '/sectors?sort=transport&unit=tonnes', ready: table },
  { path: '/contracts', ready: table },
  { path: '/about', ready: (page) => page.locator('.source-list li').first() },
  { path: '/no/such/page', ready: heading },
  // The coordinators' sign-in; admin.spec.ts runs axe on the signed-in tabs.
  { path: '/admin', ready: (page) => page.locator('input[type=password]') },
  { path: '/present', ready: heading },
  {
    path: '/embed/compare?cities=malmo,lund',
    ready: (page) => page.locator(`${SHOWN} .series`).first(),
  },
  { path: '/embed/map', ready: mapMark },
];

async function openLoaded(page: Page, route: Route, lang: 'sv' | 'en') {
  // English pages are under /en; an embed, framed by other sites, takes its language from ?lang=.
  const embed = route.path.startsWith('/embed/');
  await page.goto(
    embed ? `${route.path}${route.path.includes('?') ? '&' : '?'}lang=${lang}` : pathIn(lang, route.path),
  );
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  // No route may fall into the error boundary or the chunk-load error.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (route.revealAfter) await revealDeferred(page, route.revealAfter(page));
  await expect(route.ready(page)).toBeAttached();
  await expect(page.locator('.state--loading')).toHaveCount(0);
  await expect(page.getByText(/Något gick fel när sidan skulle visas|Something went wrong/)).toHaveCount(0);
}

// Swedish, with a chosen city (its highlights), in the light theme and then, on the same page, the dark one (the
// themes are CSS alone: prefers-color-scheme, no transitions); English in the light theme with no city chosen.
test.describe('axe in the light and dark themes (sv, a chosen city)', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('ks.myCity', 'lund'));
  });
  for (const route of ROUTES) {
    test(`${route.path}`, async ({ page }) => {
      await openLoaded(page, route, 'sv');
      expect(await axeViolations(page), 'axe violations, light theme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(page), 'axe violations, dark theme').toEqual([]);
    });
  }
});

test.describe('axe in the light theme (en)', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
  });
  for (const route of ROUTES) {
    test(`${route.path}`, async ({ page }) => {
      await openLoaded(page, route, 'en');
      expect(await axeViolations(page), 'axe violations').toEqual([]);
    });
  }
});

// phone.spec.ts runs axe on every public page at 360 and 390 px in both languages; the comparison's table view,
// whose wide table scrolls sideways in a region that must be reachable by keyboard, only here.
test.describe('axe on a phone-sized screen (sv)', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const route of ROUTES.filter((r) => r.path === '/compare?view=table')) {
    test(`${route.path}`, async ({ page }) => {
      await openLoaded(page, route, 'sv');
      expect(await axeViolations(page), 'axe violations').toEqual([]);
    });
  }
});

/** Where the focus is, whether it can be seen, and whether it is drawn with an indicator. */
async function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    // A radio hidden inside its label shows its focus on the label.
    const shown = el.matches('.segmented input') ? (el.closest('label') as HTMLElement) : el;
    const style = getComputedStyle(shown);
    const box = shown.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return {
      name: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && style.visibility !== 'hidden',
      inViewport: box.top < window.innerHeight && box.bottom > 0,
      indicator: outline || shadow,
    };
  });
}

/** Presses Tab up to `count` times (until focus leaves the page) and checks every stop is visible, on screen and drawn with a focus indicator. */
async function tabThrough(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    if (!info) break;
    expect(info.visible, `${info.name} is visible`).toBe(true);
    expect(info.inViewport, `${info.name} is scrolled into view`).toBe(true);
    expect(info.indicator, `${info.name} shows a focus indicator`).toBe(true);
    stops.push(info.name);
  }
  return stops;
}

test.describe('keyboard', () => {
  test('the overview: skip link first, then the menu, the picker, the sort buttons, all with a visible focus', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(table(page)).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    // From the main content, the next Tab lands inside it, not back in the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('#main')?.contains(document.activeElement))).toBe(true);

    await page.goto('/');
    await expect(table(page)).toBeVisible();
    // The menu, the language switch, the picker and the CSV download come before the table.
    const stops = await tabThrough(page, 80);
    expect(stops.length).toBeGreaterThan(20);
    expect(stops.some((s) => s.includes('sort-button'))).toBe(true);
    expect(stops.some((s) => s.startsWith('select'))).toBe(true);
  });

  test('the overview table: the scrollable region is focusable and sorts by Space too', async ({ page }) => {
    await page.goto('/');
    const region = page.getByRole('region', { name: /Programmets 23 städer/ });
    await region.focus();
    await expect(region).toBeFocused();
    expect((await focusInfo(page))?.indicator).toBe(true);
    const button = page.getByRole('button', { name: /^Per invånare/ });
    await button.focus();
    await page.keyboard.press('Space');
    await expect(region.getByRole('columnheader', { name: /Per invånare/ })).toHaveAttribute(
      'aria-sort',
      /ascending|descending/,
    );
  });

  test('the compare page: every control by keyboard with a visible focus', async ({ page }) => {
    await page.goto('/compare?cities=malmo,lund,umea');
    await expect(page.locator(`.figure__plot ${SHOWN} .series`).first()).toBeVisible();
    // To the end of the page: Tab then leaves the document.
    const stops = await tabThrough(page, 120);
    expect(stops.length).toBeGreaterThan(40);
    expect(stops.length).toBeLessThan(120);
    // The chart itself is not a tab stop (its numbers are in the table view); the legend is.
    expect(stops.some((s) => s.includes('legend__entry'))).toBe(true);

    // Radios move with the arrow keys and write to the URL.
    await page.getByRole('radio', { name: 'Per invånare, ton CO₂e' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/measure=indexed/);
    await expect(page.getByRole('radio', { name: /Index/ })).toBeFocused();
    // A checkbox toggles with Space.
    const trend = page.getByRole('checkbox', { name: 'Trend till 2030' });
    await trend.focus();
    const before = await trend.isChecked();
    await page.keyboard.press('Space');
    await expect(trend).toBeChecked({ checked: !before });
    // The table view, chosen by keyboard.
    await page.getByRole('radio', { name: 'Tabell' }).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/view=table/);
    await expect(page.getByRole('table')).toBeVisible();
    // A city leaves the chart by Space on its checkbox.
    await page.getByRole('checkbox', { name: 'Umeå' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('table').getByRole('rowheader', { name: /^Umeå/ })).toHaveCount(0);
  });
});
