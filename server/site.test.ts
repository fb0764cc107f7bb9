/** The whole site's headers: only the embeds may be framed by other origins. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSite, withCspDirective } from './site.ts';
import { openTestDatabase, TODAY } from './test-helpers.ts';

// serveStatic takes a root relative to the working directory, so the built files live under var/.
mkdirSync(join(process.cwd(), 'var'), { recursive: true });
const distDir = mkdtempSync(join(process.cwd(), 'var', 'site-test-'));
mkdirSync(join(distDir, 'assets'));
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Klimatneutrala städer 2030</title><div id="root"></div>');
writeFileSync(join(distDir, 'assets', 'app-abc123.js'), 'console.log(1);');
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

const site = createSite({ db: openTestDatabase(), distDir, today: () => TODAY, logError: () => {} });

describe('frame policy', () => {
  it.each(['/embed/compare', '/embed/compare?cities=malmo,lund&lang=en', '/embed/map?measure=per-capita'])('lets any site frame the embed %s', async (path) => {
    const response = await site.request(path);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expect(response.headers.get('content-security-policy')).toBe('frame-ancestors *');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it.each(['/', '/compare?cities=malmo,lund', '/map', '/cities/malmo', '/embed', '/embedded/compare', '/api/v1/cities', '/api/v1/nothing', '/assets/app-abc123.js'])(
    'forbids framing %s',
    async (path) => {
      const response = await site.request(path);
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    },
  );

  it('sends the policy with built files too', async () => {
    const response = await site.request('/assets/app-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('keeps the other headers on every answer', async () => {
    const response = await site.request('/embed/map');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('withCspDirective', () => {
  it('adds the directive to an existing policy and replaces one of the same name', () => {
    expect(withCspDirective(null, "frame-ancestors 'none'")).toBe("frame-ancestors 'none'");
    expect(withCspDirective("default-src 'self'; img-src 'self' data:", "frame-ancestors 'none'")).toBe("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    expect(withCspDirective("default-src 'self'; frame-ancestors https://a.example;", 'frame-ancestors *')).toBe("default-src 'self'; frame-ancestors *");
  });
});
