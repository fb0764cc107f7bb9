/**
 * The Content-Security-Policy of server/site.ts in practice: no route, no embed, no presenter
 * slide and no PNG export makes Chromium report a violation, and the built index.html has no
 * inline script for the policy to have to allow.
 */
import type { Page } from '@playwright/test';
import { expect, test, SHOWN } from './fixtures.ts';

const ROUTES = [
  '/',
  '/compare',
  '/compare?cities=malmo,lund&measure=per-capita&layout=multiples',
  '/compare?view=table',
  '/cities/malmo',
  '/cities/atlantis',
  '/map',
  '/map?measure=per-capita',
  '/standings',
  '/contracts?asOf=2021-10-31',
  '/about',
  '/admin',
  '/present',
  '/embed/compare?cities=malmo,lund',
  '/embed/map',
  '/no/such/page',
];

/** Collects every `securitypolicyviolation` event and every console message about the policy. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ];
}

test.describe('Content-Security-Policy', () => {
  test('every answer carries the full policy with no inline script', async ({ request }) => {
    for (const path of ['/', '/embed/map', '/api/v1/cities', '/api/v1/nothing']) {
      const policy = (await request.get(path)).headers()['content-security-policy'] ?? '';
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toContain("style-src 'self'");
      // Inline styles only as attributes (React's style="" in server-rendered HTML); never inline script.
      expect(policy.replace("style-src-attr 'unsafe-inline'", ''), path).not.toContain('unsafe-inline');
      expect(policy, path).not.toContain('unsafe-eval');
    }
    // The pages as the server renders them: scripts only from /assets/, plus the query cache as a data block that never runs.
    for (const path of ['/', '/en/cities/malmo', '/compare?cities=malmo,lund', '/embed/map']) {
      const html = await (await request.get(path)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, path).toBeGreaterThan(1);
      for (const [, attributes, body] of scripts) {
        if (/type="application\/json"/.test(attributes ?? '')) continue;
        expect(attributes, path).toMatch(/src="\/assets\//);
        expect(body?.trim(), path).toBe('');
      }
      expect(html, path).not.toMatch(/\son[a-z]+=/i);
    }
  });

  test('no route logs a violation', async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);
    for (const path of ROUTES) {
      await page.goto(path);
      await expect(page.locator('#root')).not.toBeEmpty();
      await page.waitForLoadState('networkidle');
      expect(await violations(), path).toEqual([]);
    }
  });

  test('a PNG and an SVG export log no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/compare?cities=malmo,lund&measure=per-capita');
    await expect(page.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(2);
    const menu = page.getByRole('group', { name: /^Ladda ner Utsläpp/ }).first();
    for (const format of ['PNG', 'SVG']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        menu.getByRole('button', { name: `Ladda ner ${format}` }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    }
    await page.goto('/map');
    await expect(page.locator('a.map-mark')).toHaveCount(23);
    const mapMenu = page.getByRole('group', { name: /^Ladda ner/ }).first();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      mapMenu.getByRole('button', { name: 'Ladda ner PNG' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    expect(await violations()).toEqual([]);
  });
});
