/**
 * In Chromium: the time from a measure toggle on /compare to the updated chart being
 * painted, with all 23 cities and with 2, in the same run.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../tests/e2e/chromium.ts';
import { summarise, type Summary } from './stats.ts';

export const TOGGLE_BUDGET_MS = 100;
const MEASURES = ['per-capita', 'indexed', 'total'] as const;

/**
 * One toggle: click the measure, wait until the figure says it shows it, then for the
 * next frame to paint. Plain JavaScript in a string: tsx's helpers do not exist in the page.
 */
const TOGGLE_IN_PAGE = `async (next) => {
  const input = document.querySelector('input[name="measure"][value="' + next + '"]');
  if (!input) throw new Error('no measure control for ' + next);
  const done = () => document.querySelector('section.figure[data-measure="' + next + '"] .series-layer') !== null;
  const start = performance.now();
  input.click();
  await new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(); } });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}`;

async function toggle(page: Page, measure: string): Promise<number> {
  return page.evaluate<number>(`(${TOGGLE_IN_PAGE})(${JSON.stringify(measure)})`);
}

export interface ToggleResult {
  label: string;
  cities: number;
  summary: Summary;
}

/** A view of /compare to toggle in: its label and its query string. */
export type ToggleView = readonly [label: string, query: string];
export const DEFAULT_VIEWS: readonly ToggleView[] = [
  ['all cities', ''],
  ['2 cities', '?cities=malmo,lund'],
];

export async function benchCompareToggle(
  baseUrl: string,
  toggles: number,
  views: readonly ToggleView[] = DEFAULT_VIEWS,
): Promise<ToggleResult[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium for the browser benchmark. ${INSTALL_HINT}`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const results: ToggleResult[] = [];
    for (const [label, query] of views) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE' });
      await page.goto(`${baseUrl}/compare${query}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('section.figure[data-measure="total"] .series-layer');
      const cities = Number(await page.getAttribute('section.figure', 'data-cities'));
      for (let i = 0; i < 3; i++) await toggle(page, MEASURES[i % 3] ?? 'total'); // warm-up
      const samples: number[] = [];
      for (let i = 0; i < toggles; i++) samples.push(await toggle(page, MEASURES[i % 3] ?? 'total'));
      results.push({ label, cities, summary: summarise(samples) });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
