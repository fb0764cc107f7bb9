import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { CHART_SVG, expect, test, SHOWN } from './fixtures.ts';

/** A page on another origin that frames the embed and, for contrast, an ordinary page of the app. */
function hostPage(base: string): string {
  return `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<h1>Another site</h1>
<iframe id="embed" src="${base}/embed/compare?cities=malmo,lund&lang=en" title="Embed" width="900" height="560" style="border:0"></iframe>
<iframe id="page" src="${base}/compare?cities=malmo,lund" title="Page" width="900" height="300"></iframe>
</body></html>`;
}

/** Frame sizes from a narrow sidebar to an article column; every embed must fit each one whole. */
const FRAMES = [
  { width: 320, height: 300 },
  { width: 400, height: 500 },
  { width: 800, height: 600 },
] as const;

/** The document does not scroll, nor does the embed inside it: all of it is in the frame. */
async function scrollOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const embed = document.querySelector('main.embed');
    return {
      page: { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight },
      embed: embed ? { x: embed.scrollWidth - embed.clientWidth, y: embed.scrollHeight - embed.clientHeight } : null,
    };
  });
}

/** The element's box lies wholly inside the viewport (so it is neither clipped nor scrolled away). */
async function expectInsideViewport(page: Page, locator: ReturnType<Page['locator']>, what: string) {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const box = await locator.boundingBox();
  expect(box, `${what}: no box`).not.toBeNull();
  if (!box) return;
  expect(box.width, `${what}: width`).toBeGreaterThan(0);
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height);
}

async function expectFits(page: Page, figure: ReturnType<Page['locator']>, size: string) {
  await expect(figure).toBeVisible();
  await expectInsideViewport(page, figure, `${size} figure`);
  const drawn = await figure.boundingBox();
  expect(drawn?.height ?? 0, `${size}: the figure is drawn, not squeezed away`).toBeGreaterThan(40);
  await expectInsideViewport(page, page.locator('.embed__source'), `${size} source line`);
  await expectInsideViewport(page, page.locator('a.embed__open'), `${size} link back`);
  await expectInsideViewport(page, page.getByRole('heading', { level: 1 }), `${size} title`);
  expect(await scrollOverflow(page), `${size}: scrolls`).toEqual({ page: { x: 0, y: 0 }, embed: { x: 0, y: 0 } });
}

test.describe('embeds', () => {
  test('only the embeds may be framed: frame-ancestors * there, none (and X-Frame-Options DENY) everywhere else', async ({
    request,
  }) => {
    for (const path of ['/embed/compare?cities=malmo,lund', '/embed/map?measure=per-capita']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      // The full policy (server/site.ts), ending with the embeds' frame-ancestors.
      expect(response.headers()['content-security-policy'], path).toMatch(
        /^default-src 'self'; script-src 'self';.*; frame-ancestors \*$/,
      );
      expect(response.headers()['x-frame-options'], path).toBeUndefined();
    }
    for (const path of ['/', '/compare?cities=malmo,lund', '/map', '/cities/malmo', '/api/v1/cities']) {
      const response = await request.get(path);
      expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
    }
  });

  test('another site can frame the compare embed; a framed app page is refused', async ({ page }) => {
    const base = test.info().project.use.baseURL ?? '';
    // The host is served from the network, not by page.route: Chromium's Local Network Access checks
    // treat a routed page as public and refuse any frame from 127.0.0.1 before our headers matter.
    // localhost:<other port> is another origin (and site) than 127.0.0.1:<app port>.
    const host = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(hostPage(base));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const { port } = host.address() as AddressInfo;
    const refused = page.waitForEvent('requestfailed', (request) => request.url().startsWith(`${base}/compare`));
    try {
      await page.goto(`http://localhost:${port}/host.html`);
      const embed = page.frameLocator('#embed');
      await expect(
        embed.getByRole('heading', { level: 1, name: 'Greenhouse-gas emissions: Total, t CO₂e, 1990–2030' }),
      ).toBeVisible();
      await expect(embed.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(2);
      await expect(embed.getByRole('list', { name: /Cities in the chart/ }).getByRole('button')).toHaveText([
        'Malmö',
        'Lund',
      ]);
      await expect(embed.getByRole('navigation')).toHaveCount(0);
      const open = embed.getByRole('link', { name: /Open in Climate-neutral cities 2030/ });
      await expect(open).toHaveAttribute('target', '_blank');
      await expect(open).toHaveAttribute('href', '/compare?cities=malmo%2Clund');

      // The server answered /compare, and Chromium refused to show it in the frame because of the answer's policy.
      expect((await refused).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
      const frame = await (await page.locator('#page').elementHandle())?.contentFrame();
      await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
      await expect(page.frameLocator('#page').locator('#root')).toHaveCount(0);
      await expect(page.frameLocator('#page').getByRole('navigation')).toHaveCount(0);
    } finally {
      host.close();
    }
  });

  test('the map embed shows the map and its key; the snippet on /map points at it', async ({ page }) => {
    await page.goto('/map?measure=contract');
    await page.getByRole('button', { name: 'Bädda in' }).click();
    const code = await page.getByRole('textbox', { name: 'Kod att bädda in' }).inputValue();
    const base = test.info().project.use.baseURL ?? '';
    expect(code).toContain(`src="${base}/embed/map?measure=contract&amp;lang=sv"`);
    expect(code).toContain('loading="lazy"');

    await page.goto('/embed/map?measure=contract');
    await expect(page.locator('a.map-mark')).toHaveCount(23);
    await expect(page.getByRole('region', { name: /Teckenförklaring: Klimatkontrakt/ })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    // The whole map fits the frame's height.
    await page.setViewportSize({ width: 900, height: 640 });
    // Polled: the embed lays itself out again after the resize.
    await expect
      .poll(async () => {
        const box = await page.locator('svg.map-svg').boundingBox();
        return (box?.y ?? Infinity) + (box?.height ?? 0);
      })
      .toBeLessThanOrEqual(640);
  });

  for (const frame of FRAMES) {
    const size = `${frame.width}×${frame.height}`;
    test(`the compare embed fits a ${size} frame: the chart drawn, the source and the link back in view, nothing scrolls`, async ({
      page,
    }) => {
      await page.setViewportSize(frame);
      await page.goto('/embed/compare?cities=malmo,lund,umea&lang=sv');
      await expect(page.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(3);
      await expectFits(page, page.locator('.figure__plot').locator(CHART_SVG), size);
      await expect(page.locator('.embed__source')).toContainText('SMHI');
      // The notes fold away; opened, they lie over the chart and the footer stays in the frame.
      const notes = page.locator('details.embed__notes');
      await expect(notes.locator('.embed__notes-text')).toBeHidden();
      await notes.getByText('Om diagrammet').click();
      await expect(notes.locator('.embed__notes-text')).toBeVisible();
      await expect(notes.locator('.embed__notes-text')).toContainText('rapporterade år');
      await expectInsideViewport(page, page.locator('a.embed__open'), `${size} link back, notes open`);
    });

    test(`the map embed fits a ${size} frame: the map and key drawn, the source and the link back in view, nothing scrolls`, async ({
      page,
    }) => {
      await page.setViewportSize(frame);
      await page.goto('/embed/map?measure=per-capita&lang=en');
      await expect(page.locator('a.map-mark')).toHaveCount(23);
      await expectFits(page, page.locator('svg.map-svg'), size);
      await expectInsideViewport(page, page.locator('.map-legend__items'), `${size} key`);
      await expect(page.locator('.embed__source')).toContainText('SMHI');
    });
  }

  test('all 23 cities in a 320×300 frame: the chart keeps its room, the legend gives way', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 300 });
    await page.goto('/embed/compare?lang=en');
    await expect(page.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(23);
    await expectFits(page, page.locator('.figure__plot').locator(CHART_SVG), '320×300, 23 cities');
  });

  test('an embed naming an unknown city says so, in its language, instead of drawing other cities', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 500 });
    await page.goto('/embed/compare?cities=atlantis&lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Unknown city in the address');
    await expect(alert).toContainText(
      'The city “atlantis” is not in Climate-neutral cities 2030, so the chart is not shown.',
    );
    await expect(page.locator('.figure__plot')).toHaveCount(0);
    await expectInsideViewport(page, page.locator('a.embed__open'), 'link back');

    await page.goto('/embed/compare?cities=malmo,atlantis,narnia&lang=sv');
    await expect(page.getByRole('alert')).toContainText(
      'Städerna ”atlantis”, ”narnia” finns inte i Klimatneutrala städer 2030, så diagrammet visas inte.',
    );
    await expect(page.locator('.figure__plot')).toHaveCount(0);
    await expect(page.locator('details.embed__notes')).toHaveCount(0);

    // A known selection still draws, so the message is not shown by mistake.
    await page.goto('/embed/compare?cities=malmo&lang=sv');
    await expect(page.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(1);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
