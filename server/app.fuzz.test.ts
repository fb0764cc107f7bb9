/**
 * Generated requests: query strings built by a seeded PRNG from the real parameter
 * names, near-misses and junk values. Whatever comes in, the answer is never a 5xx,
 * every 200 parses with its contract schema and every other answer is problem+json.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  citiesResponseSchema,
  cityDetailResponseSchema,
  contractsResponseSchema,
  emissionsResponseSchema,
} from '../contract/index.ts';
import { AUTH, createAdminApp, releaseJsonFromDataset, smhiCsvFromDataset } from './admin/test-support.ts';
import * as fuzz from './fuzz-test-support.ts';
import { createTestApp, expectProblem, getJson, prng } from './test-helpers.ts';

const ENDPOINTS: [string, z.ZodType][] = [
  ['/api/v1/emissions', emissionsResponseSchema],
  ['/api/v1/cities', citiesResponseSchema],
  ['/api/v1/cities/malmo', cityDetailResponseSchema],
  ['/api/v1/cities/lund', cityDetailResponseSchema],
  ['/api/v1/contracts', contractsResponseSchema],
];
const NAMES = [...fuzz.QUERY_NAMES, 'asof', 'city', 'year', ...fuzz.HOSTILE_NAMES, 'constructor', 'from%00'];
const VALUES = [
  'malmo',
  'lund',
  'malmo,lund',
  'boras,vaxjo,umea',
  'nope',
  'malmo,nope',
  '',
  ',',
  'malmo,',
  'MALMO',
  'malmö',
  '1990',
  '2015',
  '2020',
  '2024',
  '2100',
  '2101',
  '1989',
  '1800',
  '19900',
  'abc',
  '-1',
  '2e3',
  '0x7e8',
  ' 2020',
  '2020 ',
  'true',
  'false',
  'maybe',
  'TRUE',
  '1',
  '2021-10-31',
  '2021-12-08',
  '2022-12-31',
  '2018-01-01',
  '2021-13-40',
  '2021-02-29',
  '2024-02-29',
  'yesterday',
  '0000-01-01',
  '%00',
  '%ZZ',
  '%',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '..%2F..%2Fetc',
  '%26from%3D2020',
  '+',
  "';DROP TABLE cities;--",
  '<script>',
];

function generatedQueries(count: number, seed: number): string[] {
  const random = prng(seed);
  const pick = fuzz.picker(random);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const [path] = pick(ENDPOINTS);
    const parts: string[] = [];
    const n = Math.floor(random() * 4);
    for (let j = 0; j < n; j++) {
      const roll = random();
      const value = roll < 0.05 ? 'x'.repeat(1 + Math.floor(random() * 10_000)) : pick(VALUES);
      parts.push(roll > 0.95 ? pick(NAMES) : `${pick(NAMES)}=${value}`);
    }
    queries.push(parts.length ? `${path}?${parts.join('&')}` : path);
  }
  return queries;
}

describe('300 generated query strings (seed 20301128)', () => {
  const logged: unknown[] = [];
  const app = createTestApp({ logError: (error) => logged.push(error) });
  const queries = generatedQueries(300, 20301128);

  it('are reproducible and varied', () => {
    expect(generatedQueries(300, 20301128)).toEqual(queries);
    expect(new Set(queries).size).toBeGreaterThan(200);
  });

  it('never answer 5xx; 200s parse with their schema, everything else is problem+json', async () => {
    const statuses = new Map<number, number>();
    for (const path of queries) {
      const result = await getJson(app, path);
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      const label = path.length > 200 ? `${path.slice(0, 200)}…` : path;
      expect(result.status, label).toBeLessThan(500);
      if (result.status === 200) {
        const schema = ENDPOINTS.find(([p]) => path === p || path.startsWith(`${p}?`))?.[1];
        expect(schema, label).toBeDefined();
        schema?.parse(result.body);
      } else {
        expectProblem(result, result.status);
      }
    }
    expect(logged).toEqual([]);
    // The mix exercised both the happy path and the errors.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
  });
});

describe('generated paths under /api', () => {
  const app = createTestApp();
  const random = prng(42);
  const SEGMENTS = ['api', 'v1', 'v2', 'cities', 'emissions', ...fuzz.PATH_SEGMENTS, 'x'.repeat(500)];

  it('150 random paths never answer 5xx, and every non-200 is problem+json', async () => {
    for (let i = 0; i < 150; i++) {
      const depth = 1 + Math.floor(random() * 4);
      const segments = Array.from({ length: depth }, () => SEGMENTS[Math.floor(random() * SEGMENTS.length)] ?? '');
      const path = `/api/${segments.join('/')}`;
      const result = await getJson(app, path);
      expect(result.status, path).toBeLessThan(500);
      if (result.status !== 200) expectProblem(result, result.status);
    }
  });
});

describe('300 generated requests to the admin API (seed 6)', () => {
  const logged: unknown[] = [];
  const { app } = createAdminApp({
    logError: (error) => logged.push(error),
    rateLimits: fuzz.UNLIMITED_RATES,
  });
  const random = prng(6);
  const pick = fuzz.picker(random);
  const csv = smhiCsvFromDataset();
  const PATHS = [
    ...fuzz.ADMIN_FUZZ_PATHS,
    'cities//targets',
    'releases/preview?published=x',
    '',
    'releases/current/extra',
  ];
  const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
  const AUTHS = [AUTH.Authorization, 'Bearer nope', 'Bearer', '', 'Basic dXNlcjpwYXNz', `Bearer ${'x'.repeat(5000)}`];
  const BODIES = [
    ...fuzz.adminFuzzBodies(random),
    () => csv,
    () => csv.slice(0, Math.floor(random() * csv.length)),
    () => JSON.stringify(releaseJsonFromDataset()),
    () =>
      JSON.stringify({
        format: 'klimatneutrala-stader/release@1',
        emissions: [{ kommunkod: '1280', sectors: { 2024: { transport: 'x' } } }],
      }),
  ];

  it('never answer 5xx, and every error is problem+json', async () => {
    for (let i = 0; i < 300; i++) {
      const method = pick(METHODS);
      const path = `/api/v1/admin/${pick(PATHS)}`;
      const authorization = pick(AUTHS);
      const init: RequestInit = {
        method,
        headers: authorization
          ? { Authorization: authorization, 'Content-Type': pick(['text/csv', 'application/json', 'text/plain']) }
          : {},
      };
      if (method !== 'GET' && method !== 'HEAD') init.body = pick(BODIES)();
      const response = await app.request(path, init);
      const text = await response.text();
      const label = `${method} ${path}`;
      expect(response.status, label).toBeLessThan(500);
      if (response.status >= 400 && method !== 'HEAD')
        expectProblem(
          { status: response.status, headers: response.headers, text, body: JSON.parse(text) as unknown },
          response.status,
        );
    }
    expect(logged).toEqual([]);
  });
});
