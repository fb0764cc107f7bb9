import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/** A page on another origin that frames the embed and, for contrast, an ordinary page of the app. */
function hostPage(base: string): string {
  return `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<h1>Another site</h1>
<iframe id="embed" src="${base}/embed/compare?cities=malmo,lund&lang=en" title="Embed" width="900" height="560" style="border:0"></iframe>
<iframe id="page" src="${base}/compare?cities=malmo,lund" title="Page" width="900" height="300"></iframe>
</body></html>`;
}

test.describe('embeds', () => {
  test('only the embeds may be framed: frame-ancestors * there, none (and X-Frame-Options DENY) everywhere else', async ({ request }) => {
    for (const path of ['/embed/compare?cities=malmo,lund', '/embed/map?measure=per-capita']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      // The full policy (server/site.ts), ending with the embeds' frame-ancestors.
      expect(response.headers()['content-security-policy'], path).toMatch(/^default-src 'self'; script-src 'self';.*; frame-ancestors \*$/);
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
      await expect(embed.getByRole('heading', { level: 1, name: 'Greenhouse-gas emissions: Total, t CO₂e, 1990–2030' })).toBeVisible();
      await expect(embed.locator('.figure__plot .series')).toHaveCount(2);
      await expect(embed.getByRole('list', { name: /Cities in the chart/ }).getByRole('button')).toHaveText(['Lund', 'Malmö']);
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
    const box = await page.locator('svg.map-svg').boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
  });
});
