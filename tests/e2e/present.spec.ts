import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, goOffline, test, SHOWN } from './fixtures.ts';
import { interactive } from './ready.ts';

const DECK = '/present?slides=headline,compare:malmo+lund+uppsala:indexed,city:malmo';
const TITLES = ['Klimatneutrala städer 2030', 'Utsläppens utveckling: Malmö, Lund och Uppsala', 'Malmö'];

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Heading, number and `slide=` of the slide the deck shows. */
async function expectSlide(page: Page, number: number, count = TITLES.length) {
  await expect(heading(page)).toHaveText(TITLES[number - 1] ?? '');
  await expect(page.locator('.slide__number [aria-hidden]')).toHaveText(`${number} / ${count}`);
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${number}$`));
}

/** Waits until the slide's figures or chart are drawn, not just its frame. */
async function expectDrawn(page: Page) {
  const state = page.locator('.slide .state');
  // A slide left loading or failed says which and why (its text, the state's class).
  await expect(state)
    .toHaveCount(0)
    .catch(async (error: unknown) => {
      const shown = await state.evaluateAll((nodes) => nodes.map((n) => `${n.className}: ${n.textContent ?? ''}`));
      throw new Error(`The slide still shows ${JSON.stringify(shown)}`, { cause: error });
    });
  const kind = await page.locator('.slide').getAttribute('data-kind');
  if (kind === 'compare' || kind === 'city')
    await expect(page.locator(`.slide-chart__plot ${SHOWN} .series__measured`).first()).toBeVisible();
  if (kind === 'map') await expect(page.locator('.slide-map__svg [data-city]').first()).toBeVisible();
  if (kind === 'headline') await expect(page.locator('.headline__figure').first()).toBeVisible();
}

test.describe('presenter mode', () => {
  test('a three-slide deck link is navigated by keyboard, the slide kept in the URL', async ({ page }) => {
    await page.goto(DECK);
    await interactive(page, 'present');
    await expect(heading(page)).toHaveText(TITLES[0] ?? '');
    await expect(page.locator('.slide__number [aria-hidden]')).toHaveText('1 / 3');

    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 3);
    // A clicker pressed once too often stays on the last slide.
    await page.keyboard.press('PageDown');
    await expectSlide(page, 3);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 2);
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.keyboard.press('End');
    await expectSlide(page, 3);
    await expectDrawn(page);
    // The deck part of the link stays as written; a reload stays on the slide.
    expect(page.url()).toContain('?slides=headline,compare:malmo+lund+uppsala:indexed,city:malmo&slide=3');
    await page.reload();
    await expectSlide(page, 3);
    await expect(page.locator('[aria-live="polite"]')).toHaveText('Bild 3 av 3: Malmö');
  });

  test('Esc leaves for the builder, with the deck that was running', async ({ page }) => {
    await page.goto('/present');
    await interactive(page, 'present');
    await expect(page.getByRole('heading', { level: 1, name: 'Presentationsläge' })).toBeVisible();
    await page.getByRole('button', { name: 'Ta bort bild 2' }).click();
    const link = page.getByRole('textbox', { name: 'Länk till presentationen' });
    await expect(link).toHaveValue(/slides=headline,compare:stockholm\+goteborg\+malmo\+uppsala:indexed,city:malmo$/);
    await page.getByRole('button', { name: 'Starta presentationen' }).click();
    await expect(heading(page)).toHaveText(TITLES[0] ?? '');
    await expect(page.locator('.slide__number [aria-hidden]')).toHaveText('1 / 3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    // Back in the builder, with the deck that was running.
    await expect(page.getByRole('heading', { level: 1, name: 'Presentationsläge' })).toBeVisible();
    await expect(page).toHaveURL(/\/present$/);
    await expect(link).toHaveValue(/slides=headline,compare:stockholm\+goteborg\+malmo\+uppsala:indexed,city:malmo$/);

    // A deck opened from a link: Esc opens the builder with that deck, to change or start again.
    await page.goto(DECK);
    await interactive(page, 'present');
    await expect(heading(page)).toHaveText(TITLES[0] ?? '');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/present$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Presentationsläge' })).toBeVisible();
    await expect(link).toHaveValue(/slides=headline,compare:malmo\+lund\+uppsala:indexed,city:malmo$/);
  });

  test('F enters full screen; Esc leaves full screen first and the deck only after', async ({ page }) => {
    await page.goto(DECK);
    await interactive(page, 'present');
    await expect(heading(page)).toHaveText(TITLES[0] ?? '');
    const inFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await expect.poll(inFullscreen).toBe(true);
    await expect(page.getByRole('button', { name: 'Helskärm (F)' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect.poll(inFullscreen).toBe(false);
    await expect(heading(page)).toHaveText(TITLES[0] ?? '');
    // An Esc right after leaving full screen counts as the same press (ESCAPE_GRACE_MS); a later one leaves.
    await page.waitForTimeout(700);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/present$/);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`every slide fits ${width}×${height} with large type (screenshots)`, async ({ page }, testInfo) => {
      test.slow();
      await page.setViewportSize({ width, height });
      const deck = '/present?slides=headline,map,compare:malmo+lund+uppsala:indexed,city:malmo';
      for (let slide = 1; slide <= 4; slide++) {
        await page.goto(`${deck}&slide=${slide}`);
        await expectDrawn(page);
        const layout = await page.evaluate(() => {
          const px = (selector: string) =>
            parseFloat(getComputedStyle(document.querySelector(selector) as Element).fontSize);
          const footer = (document.querySelector('.slide__footer') as Element).getBoundingClientRect();
          return {
            scrolls:
              document.documentElement.scrollHeight > window.innerHeight ||
              document.documentElement.scrollWidth > window.innerWidth,
            footerBottom: footer.bottom,
            // The dark ground reaches the right edge: no light strip kept for a scrollbar.
            groundRight: (document.querySelector('.present') as Element).getBoundingClientRect().right,
            title: px('.slide__title'),
            body: px('.slide'),
          };
        });
        expect(layout.scrolls, `slide ${slide} scrolls`).toBe(false);
        expect(layout.footerBottom).toBeLessThanOrEqual(height);
        expect(layout.groundRight, `slide ${slide} leaves a strip on the right`).toBe(width);
        // Body text 1/36 of the height or more (20 px at 720p), headings over twice that.
        expect(layout.body).toBeGreaterThanOrEqual(height / 36);
        expect(layout.title).toBeGreaterThanOrEqual((height / 36) * 2.2);
        await page.screenshot({ path: testInfo.outputPath(`slide-${slide}-${width}x${height}.png`) });
      }
    });
  }

  test('the map slide at 1920×1080 is read from the back of the room: half the width, the full height, every city named', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const lang of ['sv', 'en']) {
      await page.goto(`/present?slides=map:change2015&lang=${lang}`);
      await expectDrawn(page);
      await expect(page.locator('.slide-map__svg[data-measured]')).toBeVisible();
      const layout = await page.evaluate(() => {
        const rect = (element: Element | null) => {
          const { left, right, top, bottom, width, height } = (element as Element).getBoundingClientRect();
          return { left, right, top, bottom, width, height };
        };
        const svg = document.querySelector('.slide-map__svg') as SVGSVGElement;
        // The map's own font sizes are in map units: on screen they are that times the drawing's scale.
        const scale = svg.getScreenCTM()?.a ?? 1;
        const fontPx = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const legend = document.querySelector('.map-legend') as Element;
        const walker = document.createTreeWalker(legend, NodeFilter.SHOW_TEXT);
        const legendText: { text: string; px: number }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.textContent?.trim() && node.parentElement)
            legendText.push({ text: node.textContent.trim(), px: fontPx(node.parentElement) });
        }
        return {
          slide: rect(document.querySelector('.slide')),
          footer: rect(document.querySelector('.slide__footer')),
          figure: rect(document.querySelector('.slide-map__figure')),
          country: rect(document.querySelector('.slide-map__svg .map-lan')),
          marks: [...svg.querySelectorAll('[data-city]')].map((mark) => mark.getAttribute('data-city') ?? ''),
          labels: [...svg.querySelectorAll('[data-label-for]')].map((label) => ({
            id: label.getAttribute('data-label-for') ?? '',
            text: label.textContent ?? '',
            visible: getComputedStyle(label).visibility === 'visible' && getComputedStyle(label).display !== 'none',
            px: fontPx(label) * scale,
            ...rect(label),
          })),
          legendText,
          swatches: [...legend.querySelectorAll('.shape-swatch')].map((swatch) => rect(swatch).width),
          sizeKey: [...svg.querySelectorAll('.map-size-key text')].map((text) => ({
            text: text.textContent ?? '',
            px: fontPx(text) * scale,
          })),
        };
      });
      const { slide, footer, figure, country, marks, labels } = layout;
      // At least half the slide's width, and the height from the slide's top to its footer.
      expect(figure.width, lang).toBeGreaterThanOrEqual(slide.width / 2);
      expect(figure.height, lang).toBeGreaterThanOrEqual((footer.top - slide.top) * 0.85);
      expect(country.height, lang).toBeGreaterThanOrEqual((footer.top - slide.top) * 0.8);
      // Every city the page draws a mark for has its name, visible and on the slide.
      expect(marks.length).toBeGreaterThan(0);
      expect(labels.map((label) => label.id).sort(), lang).toEqual([...marks].sort());
      for (const label of labels) {
        expect(label.visible && label.text.length > 0 && label.width > 0, label.id).toBe(true);
        expect(label.left >= slide.left && label.right <= slide.right && label.bottom <= footer.top, label.id).toBe(
          true,
        );
      }
      // No two names overlap.
      const overlaps = labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          .map((b) => `${a.id}/${b.id}`),
      );
      expect(overlaps, lang).toEqual([]);
      // Names, key and size key large enough to read at 10 m: 24 px and up at 1080p, swatches to match.
      for (const label of labels) expect(label.px, label.id).toBeGreaterThanOrEqual(24);
      for (const { text, px } of [...layout.legendText, ...layout.sizeKey])
        expect(px, `${lang}: "${text}"`).toBeGreaterThanOrEqual(24);
      for (const width of layout.swatches) expect(width).toBeGreaterThanOrEqual(24);
      await page.screenshot({ path: testInfo.outputPath(`map-slide-${lang}-1920x1080.png`) });
    }
  });

  test('every kind of slide passes axe (WCAG 2.2 AA), in both languages', async ({ page }) => {
    // Eight loads and eight axe runs.
    test.slow();
    for (const lang of ['sv', 'en']) {
      for (let slide = 1; slide <= 4; slide++) {
        await page.goto(
          `/present?slides=headline,map,compare:malmo+lund+uppsala:indexed,city:malmo&lang=${lang}&slide=${slide}`,
        );
        await expectDrawn(page);
        expect(await axeViolations(page), `${lang} slide ${slide}`).toEqual([]);
      }
    }
  });

  test('a deck opened once reloads and runs offline', async ({ page, context }) => {
    const deck = '/present?slides=headline,map,compare:malmo+lund+uppsala:indexed,city:malmo';
    await page.goto(deck);
    await interactive(page, 'present');
    await expectDrawn(page);
    // The service worker controls the page and keeps every answer the deck needs.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForFunction(async () => {
      const api = await caches.open('ks-api-v2');
      const paths = (await api.keys()).map((request) => new URL(request.url).pathname);
      return ['/api/v1/cities', '/api/v1/cities/malmo', '/api/v1/emissions', '/api/v1/geo/lan'].every((path) =>
        paths.includes(path),
      );
    });

    await goOffline(page, context);
    // Offline, every request must be answered from what the worker kept.
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? ''})`));

    await page.reload();
    await expect(heading(page)).toHaveText('Klimatneutrala städer 2030');
    await expectDrawn(page);
    await expect(page.locator('.headline__figure').nth(1)).toHaveText('23 av 23');
    for (const [title, kind] of [
      ['Klimatkontrakt 2030', 'map'],
      ['Utsläppens utveckling: Malmö, Lund och Uppsala', 'compare'],
      ['Malmö', 'city'],
    ] as const) {
      await page.keyboard.press('ArrowRight');
      await expect(heading(page)).toHaveText(title);
      await expect(page.locator('.slide')).toHaveAttribute('data-kind', kind);
      await expectDrawn(page);
    }
    await expect(page.locator('.slide__source')).toContainText('SMHI');
    expect(failed, 'requests the worker could not answer offline').toEqual([]);
  });
});
