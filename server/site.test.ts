/** The whole site's headers: only the embeds may be framed by other origins. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createSite,
  MAX_SITE_BODY_BYTES,
  parseCorsOrigins,
  PERMISSIONS_POLICY,
  withCspDirective,
} from './site.ts';
import { openTestDatabase, testDistDir, TODAY } from './test-helpers.ts';

const distDir = testDistDir('site-test-');
// As the build writes them (scripts/vite/precompress.ts): compressed copies beside the file.
const BIG_JS = `export const names = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `stad-${i}`))};`;
writeFileSync(join(distDir, 'assets', 'big-def456.js'), BIG_JS);
writeFileSync(join(distDir, 'assets', 'big-def456.js.br'), brotliCompressSync(BIG_JS));
writeFileSync(join(distDir, 'assets', 'big-def456.js.gz'), gzipSync(BIG_JS));

const site = createSite({ db: openTestDatabase(), distDir, today: () => TODAY, logError: () => {} });

describe('frame policy', () => {
  it.each(['/embed/compare', '/embed/compare?cities=malmo,lund&lang=en', '/embed/map?measure=per-capita'])(
    'lets any site frame the embed %s',
    async (path) => {
      const response = await site.request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
      expect(response.headers.get('x-frame-options')).toBeNull();
    },
  );

  it.each([
    '/',
    '/compare?cities=malmo,lund',
    '/map',
    '/cities/malmo',
    '/embed',
    '/embedded/compare',
    '/api/v1/cities',
    '/api/v1/nothing',
    '/assets/app-abc123.js',
  ])('forbids framing %s', async (path) => {
    const response = await site.request(path);
    expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

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

describe('built files', () => {
  it('are sent precompressed as the client accepts (brotli, then gzip), with one cache policy and the same headers', async () => {
    const br = await site.request('/assets/big-def456.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('x-content-type-options')).toBe('nosniff');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(BIG_JS);

    const gzip = await site.request('/assets/big-def456.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(BIG_JS);

    const plain = await site.request('/assets/big-def456.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG_JS);
  });
});

describe('files the build does not have', () => {
  it.each([
    '/assets/missing-abc.js',
    '/assets/app-abc123.js.map',
    '/assets/style-zzz.css',
    '/assets/nested/deeper/file.js',
    '/mockServiceWorker.js',
    '/assets/app-abc123.js.map.gz',
  ])('%s is a 404 problem, never index.html in its place', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await site.request(path, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('cache-control')).toBe('no-store');
      if (method === 'GET') {
        const body = await response.text();
        expect(body).not.toContain('<div id="root">');
        expect(JSON.parse(body)).toMatchObject({ status: 404 });
      }
    }
  });

  it('a write to a file is a 405, and a file that exists is still served', async () => {
    const post = await site.request('/assets/app-abc123.js', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await site.request('/assets/app-abc123.js')).status).toBe(200);
    // A page is still a page.
    expect(await (await site.request('/cities/malmo')).text()).toContain('<div id="root">');
  });
});

describe('security headers on every kind of answer', () => {
  const KINDS: [string, string, RequestInit?][] = [
    ['SPA page', '/cities/malmo'],
    ['embed', '/embed/map'],
    ['built file', '/assets/app-abc123.js'],
    ['API answer', '/api/v1/cities'],
    ['problem', '/api/v1/emissions?from=1800'],
    ['API 404', '/api/v1/nothing'],
    ['405', '/api/v1/cities', { method: 'POST' }],
    ['missing file', '/assets/missing-abc.js'],
    ['413', '/api/v1/cities', { method: 'POST', headers: { 'Content-Length': String(MAX_SITE_BODY_BYTES + 1) } }],
  ];

  it.each(KINDS)(
    '%s (%s) carries CSP, nosniff, Referrer-Policy, Permissions-Policy and a frame policy',
    async (_kind, path, init) => {
      const response = await site.request(path, init);
      expect(response.headers.get('content-security-policy')).toMatch(
        new RegExp(`^${CONTENT_SECURITY_POLICY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; frame-ancestors`),
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toBe(PERMISSIONS_POLICY);
    },
  );

  it('Permissions-Policy switches off the devices and features no page uses, and leaves fullscreen and the clipboard to this origin', () => {
    const features = new Map(PERMISSIONS_POLICY.split(',').map((d) => d.trim().split('=') as [string, string]));
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'display-capture'])
      expect(features.get(feature), feature).toBe('()');
    // The presenter goes fullscreen; copy buttons write to the clipboard: both keep their default (self).
    expect(features.has('fullscreen')).toBe(false);
    expect(features.has('clipboard-write')).toBe(false);
  });

  it('a 304 carries them too', async () => {
    const first = await site.request('/api/v1/cities');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const response = await site.request('/api/v1/cities', { headers: { 'If-None-Match': etag ?? '' } });
    expect(response.status).toBe(304);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('allows no inline or eval script and no plugins; inline styles only as attributes', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-hashes/);
    for (const [name, values] of directives)
      if (name !== 'style-src-attr') expect(values, name).not.toContain("'unsafe-inline'");
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    // Server-rendered HTML carries React's style="" attributes; <style> elements stay forbidden.
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'self'");
  });
});

describe('request body limits outside the admin API', () => {
  it.each(['/api/v1/cities', '/api/v1/nothing', '/compare', '/'])(
    'refuses a declared body over the limit on %s with a 413 problem',
    async (path) => {
      const response = await site.request(path, {
        method: 'POST',
        headers: { 'Content-Length': String(MAX_SITE_BODY_BYTES + 1) },
      });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 413 });
    },
  );

  it('leaves the admin API to its own limits', async () => {
    const response = await site.request('/api/v1/admin/releases/preview', {
      method: 'POST',
      headers: { 'Content-Length': String(MAX_SITE_BODY_BYTES + 1) },
    });
    expect(response.status).not.toBe(413);
  });
});

describe('CORS', () => {
  const allowed = createSite({
    db: openTestDatabase(),
    distDir,
    today: () => TODAY,
    logError: () => {},
    corsOrigins: parseCorsOrigins('https://kommun.example, https://other.example/'),
  });

  it('sends no Access-Control-Allow-Origin without an allow-list', async () => {
    const response = await site.request('/api/v1/cities', { headers: { Origin: 'https://kommun.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a listed origin to read the read API, and no other', async () => {
    const listed = await allowed.request('/api/v1/cities', { headers: { Origin: 'https://other.example' } });
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://other.example');
    expect(listed.headers.get('vary')).toContain('Origin');
    const other = await allowed.request('/api/v1/cities', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const admin = await allowed.request('/api/v1/admin/session', { headers: { Origin: 'https://kommun.example' } });
    expect(admin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights with no permission unless the origin is listed', async () => {
    const preflight = (origin: string, path = '/api/v1/cities', method = 'GET') =>
      allowed.request(path, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': method,
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(204);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-headers')).toBeNull();
    const adminWrite = await preflight('https://kommun.example', '/api/v1/admin/signings', 'PUT');
    expect(adminWrite.headers.get('access-control-allow-origin')).toBeNull();
    const listed = await preflight('https://kommun.example');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://kommun.example');
    expect(listed.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    expect(listed.headers.get('access-control-allow-headers')).toBeNull();
  });
});

describe('withCspDirective', () => {
  it('adds the directive to an existing policy and replaces one of the same name', () => {
    expect(withCspDirective(null, "frame-ancestors 'none'")).toBe("frame-ancestors 'none'");
    expect(withCspDirective("default-src 'self'; img-src 'self' data:", "frame-ancestors 'none'")).toBe(
      "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    );
    expect(withCspDirective("default-src 'self'; frame-ancestors https://a.example;", 'frame-ancestors *')).toBe(
      "default-src 'self'; frame-ancestors *",
    );
  });
});
