/**
 * One language per page: an English page, slide or export credits its sources in English, and
 * a Swedish one in Swedish (issue 17). The API carries attributions, licence notes and the map
 * outlines' credit in both languages; each page picks its own.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, SHOWN, test } from './fixtures.ts';

const SWEDISH = [/Källa:/, /Licens:/, /Anges inte av källan/, /Ytterligare förenklade/];
const ENGLISH = [/Source:/, /Licence:/, /Not stated by the source/, /Simplified further/];

async function expectNone(page: Page, patterns: RegExp[], where: string) {
  const text = await page.locator('body').innerText();
  for (const pattern of patterns) expect(text, `${where}: ${pattern}`).not.toMatch(pattern);
}

test.describe('one language per page', () => {
  for (const path of ['/', '/compare?cities=malmo,lund', '/cities/malmo', '/map']) {
    test(`${path} credits its sources in English under /en, in Swedish without`, async ({ page }) => {
      await page.goto(`/en${path}`);
      await expect(page.locator('body')).toContainText(/Source: (SMHI|Statistics Sweden)/);
      await expectNone(page, SWEDISH, `/en${path}`);
      await page.goto(path);
      await expect(page.locator('body')).toContainText(/Källa: (SMHI|SCB)/);
      await expectNone(page, ENGLISH, path);
    });
  }

  test('source titles are in the page’s language, and no internal source code (S4) reaches a reader', async ({
    page,
  }) => {
    for (const path of ['/about', '/contracts', '/cities/borlange']) {
      await page.goto(`/en${path}`);
      await expect(page.locator('main')).toContainText(/Viable Cities|SMHI/);
      const english = await page.locator('main').innerText();
      expect(english, `/en${path}`).not.toMatch(/\(S\d+(, S\d+)*\)/);
      expect(english, `/en${path}`).not.toMatch(/växthusgaser totalt|på engelska|Folkmängd i riket/);
      await page.goto(path);
      await expect(page.locator('main')).toContainText(/Viable Cities|SMHI/);
      const swedish = await page.locator('main').innerText();
      expect(swedish, path).not.toMatch(/\(S\d+(, S\d+)*\)/);
      expect(swedish, path).not.toMatch(/lists all|listing the|total greenhouse gases|Population in the country/);
    }
    // A code becomes a link named by its source.
    await page.goto('/en/about');
    await expect(
      page.getByRole('link', { name: 'Viable Cities: European Viable Cities Day 2021' }).first(),
    ).toBeVisible();
  });

  test('every slide of an English deck, and a Swedish one', async ({ page }) => {
    const deck = '/present?slides=headline,map,compare:malmo+lund,city:malmo';
    for (const [prefix, foreign, own] of [
      ['/en', SWEDISH, /Source: SMHI/],
      ['', ENGLISH, /Källa: SMHI/],
    ] as const) {
      for (let slide = 1; slide <= 4; slide++) {
        await page.goto(`${prefix}${deck}&slide=${slide}`);
        await expect(page.locator('.slide__source')).toContainText(own);
        await expectNone(page, foreign, `${prefix}${deck} slide ${slide}`);
      }
    }
  });

  test('an English export credits its source in English', async ({ page }) => {
    await page.goto('/en/compare?cities=malmo,lund');
    await expect(page.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(2);
    const menu = page.getByRole('group', { name: /^Download Greenhouse-gas emissions/ });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const markup = readFileSync(await file.path(), 'utf8');
    expect(markup).toContain('Source: SMHI');
    for (const pattern of SWEDISH) expect(markup).not.toMatch(pattern);
  });
});
