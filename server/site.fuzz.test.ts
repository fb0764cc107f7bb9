/**
 * 2,000 generated requests to the whole site (API, admin API and SPA, through createSite and
 * its headers): random paths, query strings, methods, headers (Authorization junk, odd Accept,
 * large headers within Node's limits) and bodies, to the admin routes with and without a valid
 * token. Whatever comes in, nothing answers 5xx, nothing is logged as unexpected, and every
 * error (API or page) is problem+json with the problem shape. The seed is in every failure message;
 * FUZZ_SEED=<n> replays another one.
 */
import { describe, expect, it } from 'vitest';
import { problemSchema } from '../contract/index.ts';
import { ADMIN_TOKEN } from './admin/test-support.ts';
import { parseAdminTokens } from './admin/tokens.ts';
import { PROBLEM_CONTENT_TYPE } from './http/problem.ts';
import * as fuzz from './fuzz-test-support.ts';
import { createSite } from './site.ts';
import { openTestDatabase, prng, testDistDir, TODAY } from './test-helpers.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const COUNT = 2000;

const distDir = testDistDir('site-fuzz-');

const READ_PATHS = [
  '/api/v1/health',
  '/api/v1/cities',
  '/api/v1/cities/malmo',
  '/api/v1/cities/nope',
  '/api/v1/emissions',
  '/api/v1/sectors',
  '/api/v1/contracts',
  '/api/v1/standings',
  '/api/v1/releases',
  '/api/v1/geo/lan',
  '/api/v1/openapi.json',
];
const ADMIN_PATHS = fuzz.ADMIN_FUZZ_PATHS.map((p) => `/api/v1/admin/${p}`);
const SEGMENTS = [
  'api',
  'v1',
  'v0',
  'cities',
  'emissions',
  'admin',
  'embed',
  'assets',
  ...fuzz.PATH_SEGMENTS,
  'index.html',
  'x'.repeat(300),
];
const NAMES = [...fuzz.QUERY_NAMES, 'measure', 'release', 'limit', 'before', 'city', ...fuzz.HOSTILE_NAMES];
const VALUES = [
  'malmo',
  'malmo,lund',
  'nope',
  '',
  ',',
  '1990',
  '2024',
  '2101',
  'abc',
  '-1',
  'true',
  'maybe',
  '2021-10-31',
  '2021-02-30',
  'tonnesCo2e',
  'smhi-thru2024',
  '%00',
  '%ZZ',
  '%F0%9F%98%80',
  "';DROP TABLE cities;--",
  '<script>',
];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const AUTHS = [
  undefined,
  undefined,
  `Bearer ${ADMIN_TOKEN}`,
  `Bearer ${ADMIN_TOKEN}`,
  'Bearer nope',
  'Bearer',
  '',
  'Basic dXNlcjpwYXNz',
  `Bearer ${'x'.repeat(6000)}`,
  'bearer  ' + ADMIN_TOKEN,
  '\u00e5\u00e4\u00f6',
];
const ACCEPTS = [
  undefined,
  'application/json',
  'text/html',
  '*/*',
  'application/problem+json',
  'image/png',
  'application/json;q=0',
  '',
  'x'.repeat(2000),
];
const CONTENT_TYPES = [
  'text/csv',
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  '',
];

function generate(seed: number) {
  const random = prng(seed);
  const pick = fuzz.picker(random);
  const bodies = [...fuzz.adminFuzzBodies(random), () => 'x'.repeat(70 * 1024)];
  const requests: { method: string; path: string; headers: Record<string, string>; body?: string }[] = [];
  for (let i = 0; i < COUNT; i++) {
    const roll = random();
    let path: string;
    if (roll < 0.35) path = pick(READ_PATHS);
    else if (roll < 0.65) path = pick(ADMIN_PATHS);
    else path = `/${Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(SEGMENTS)).join('/')}`;
    const params = Array.from({ length: Math.floor(random() * 3) }, () =>
      random() < 0.1 ? pick(NAMES) : `${pick(NAMES)}=${random() < 0.03 ? 'y'.repeat(5000) : pick(VALUES)}`,
    );
    if (params.length) path += `${path.includes('?') ? '&' : '?'}${params.join('&')}`;
    const method = pick(METHODS);
    const headers: Record<string, string> = {};
    const auth = pick(AUTHS);
    if (auth !== undefined) headers.Authorization = auth;
    const accept = pick(ACCEPTS);
    if (accept !== undefined) headers.Accept = accept;
    if (random() < 0.1) headers['X-Junk'] = 'z'.repeat(Math.floor(random() * 12_000));
    if (random() < 0.1) headers.Origin = pick(['https://evil.example', 'null', 'http://localhost']);
    if (random() < 0.05) headers['If-None-Match'] = pick(['*', '"abc"', 'W/"x"', '']);
    if (random() < 0.05) headers['Access-Control-Request-Method'] = pick(['PUT', 'GET', 'DELETE']);
    let body: string | undefined;
    if (method !== 'GET' && method !== 'HEAD' && random() < 0.8) {
      body = pick(bodies)();
      headers['Content-Type'] = pick(CONTENT_TYPES);
      // As an HTTP client sends it, mostly; sometimes missing (a streamed body) or understated.
      const length = Buffer.byteLength(body);
      const declared = random();
      if (declared < 0.8) headers['Content-Length'] = String(length);
      else if (declared < 0.85 && length > 0) headers['Content-Length'] = String(length - 1);
    }
    requests.push({ method, path, headers, ...(body !== undefined ? { body } : {}) });
  }
  return requests;
}

describe(`${COUNT} generated requests to the whole site (seed ${SEED}; FUZZ_SEED replays another)`, () => {
  const logged: unknown[] = [];
  const site = createSite({
    db: openTestDatabase(),
    distDir,
    today: () => TODAY,
    logError: (error) => logged.push(error),
    adminTokens: parseAdminTokens(`alice:${ADMIN_TOKEN}`),
    now: () => new Date('2026-11-28T12:00:00.000Z'),
    rateLimits: fuzz.UNLIMITED_RATES,
  });
  const requests = generate(SEED);

  it('are reproducible and varied', () => {
    expect(generate(SEED)).toEqual(requests);
    expect(new Set(requests.map((r) => `${r.method} ${r.path}`)).size).toBeGreaterThan(1000);
  });

  it('never answer 5xx; every error is problem+json with the problem shape', { timeout: 60_000 }, async () => {
    const statuses = new Map<number, number>();
    for (const [i, request] of requests.entries()) {
      const response = await site.request(request.path, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
      });
      const text = await response.text();
      const label = `seed ${SEED}, request #${i}: ${request.method} ${request.path.slice(0, 200)} (FUZZ_SEED=${SEED} replays it)`;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, label).toBeLessThan(500);
      expect(response.headers.get('x-content-type-options'), label).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), label).toContain("script-src 'self'");
      expect(response.headers.get('access-control-allow-origin'), label).toBeNull();
      if (response.status >= 400 && request.method !== 'HEAD') {
        expect(response.headers.get('content-type'), label).toBe(PROBLEM_CONTENT_TYPE);
        const problem = problemSchema.safeParse(JSON.parse(text));
        expect(problem.success, `${label}: ${text.slice(0, 300)}`).toBe(true);
        expect(problem.data?.status, label).toBe(response.status);
      }
    }
    expect(logged, `seed ${SEED}`).toEqual([]);
    // The mix reached successes, client errors, auth failures and the body limit.
    for (const status of [200, 400, 401, 404, 405, 413])
      expect(
        statuses.get(status) ?? 0,
        `status ${status} (seed ${SEED}): ${JSON.stringify([...statuses])}`,
      ).toBeGreaterThan(5);
  });
});
