/**
 * The app as a whole through `app.request()` against the real seeded in-memory SQLite:
 * every 200 body against its contract schema, caching headers, methods, unknown paths
 * and the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  citiesResponseSchema,
  cityDetailResponseSchema,
  contractsResponseSchema,
  emissionsResponseSchema,
  healthResponseSchema,
  releasesResponseSchema,
  sectorsResponseSchema,
} from '../contract/index.ts';
import { JSON_CACHE_CONTROL } from './http/cache.ts';
import { createTestApp, expectProblem, getJson, testDataset } from './test-helpers.ts';

const app = createTestApp();
const cityIds = testDataset().cities.map((c) => c.id);

const endpoints: [string, z.ZodType][] = [
  ['/api/v1/health', healthResponseSchema],
  ['/api/v1/cities', citiesResponseSchema],
  ['/api/v1/cities?asOf=2018-12-31', citiesResponseSchema],
  ['/api/v1/cities?asOf=2021-10-31', citiesResponseSchema],
  ['/api/v1/cities?asOf=2021-12-08', citiesResponseSchema],
  ['/api/v1/cities?asOf=2022-12-31', citiesResponseSchema],
  ['/api/v1/cities/malmo', cityDetailResponseSchema],
  ['/api/v1/cities/boras?asOf=2021-12-08', cityDetailResponseSchema],
  ['/api/v1/emissions', emissionsResponseSchema],
  ['/api/v1/emissions?sectors=true', emissionsResponseSchema],
  ['/api/v1/emissions?cities=malmo,lund&from=2015&to=2024&sectors=true', emissionsResponseSchema],
  ['/api/v1/emissions?from=2100', emissionsResponseSchema],
  ['/api/v1/sectors', sectorsResponseSchema],
  ['/api/v1/contracts', contractsResponseSchema],
  ['/api/v1/contracts?asOf=2021-10-31', contractsResponseSchema],
  ['/api/v1/releases', releasesResponseSchema],
  ['/api/v1/emissions?release=smhi-thru2024&cities=lund', emissionsResponseSchema],
  ['/api/v1/cities?release=smhi-thru2024', citiesResponseSchema],
  ['/api/v1/cities/lund?release=smhi-thru2024', cityDetailResponseSchema],
];

describe('every 200 body parses with its contract schema', () => {
  it.each(endpoints)('%s', async (path, schema) => {
    const result = await getJson(app, path);
    expect(result.status, result.text).toBe(200);
    expect(result.headers.get('content-type')).toMatch(/^application\/json/);
    schema.parse(result.body);
  });

  it('every one of the 290 municipalities has a city detail', async () => {
    expect(cityIds).toHaveLength(290);
    for (const id of cityIds) {
      const result = await getJson(app, `/api/v1/cities/${id}`);
      expect(result.status, id).toBe(200);
      expect(cityDetailResponseSchema.parse(result.body).city.id).toBe(id);
    }
  });
});

describe('health, sectors and contracts', () => {
  it('health names the release, the 290 municipalities and the programme’s members, and is not cached', async () => {
    const result = await getJson(app, '/api/v1/health');
    expect(healthResponseSchema.parse(result.body)).toEqual({
      status: 'ok',
      release: 'smhi-thru2024',
      cities: 290,
      members: 23,
      version: '0.1.0',
      writable: true,
    });
    expect(result.headers.get('cache-control')).toBe('no-store');
  });

  it('sectors are the nine SMHI main sectors in order', async () => {
    const { sectors } = sectorsResponseSchema.parse((await getJson(app, '/api/v1/sectors')).body);
    expect(sectors.map((s) => s.id)).toEqual([
      'transport',
      'industry',
      'electricity-heating',
      'own-heating',
      'machinery',
      'agriculture',
      'waste',
      'product-use',
      'international-transport',
    ]);
  });

  it.each([
    ['2018-12-31', 0],
    ['2021-10-31', 9],
    ['2021-12-08', 9],
    ['2022-12-31', 23],
  ])('contracts?asOf=%s counts %i signed', async (asOf, count) => {
    const body = contractsResponseSchema.parse((await getJson(app, `/api/v1/contracts?asOf=${asOf}`)).body);
    expect(body.asOf).toBe(asOf);
    expect(body.signedCount).toBe(count);
  });

  it('contracts without asOf uses today and lists four yearly versions with their signatories', async () => {
    const body = contractsResponseSchema.parse((await getJson(app, '/api/v1/contracts')).body);
    expect(body.asOf).toBe('2026-11-28');
    expect(body.signedCount).toBe(23);
    expect(body.versions.map((v) => [v.id, v.signingDay, v.contractSignatories, v.letterOfIntentSignatories])).toEqual([
      ['2020', '2020-12-11', 9, 0],
      ['2021', '2021-12-08', 9, 14],
      ['2022', '2022-12-08', 23, 0],
      ['2023', '2023-12-08', 23, 0],
    ]);
    expect(body.signings).toHaveLength(9 * 4 + 14 * 3);
  });
});

describe('ETag and Cache-Control', () => {
  const cached = [
    '/api/v1/cities',
    '/api/v1/cities/malmo',
    '/api/v1/emissions?cities=lund',
    '/api/v1/sectors',
    '/api/v1/contracts',
    '/api/v1/openapi.json',
  ];

  it.each(cached)('%s: 200 with a strong ETag, then 304 without a body for it', async (path) => {
    const first = await app.request(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe(JSON_CACHE_CONTROL);

    const again = await app.request(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(JSON_CACHE_CONTROL);
  });

  it('a stale ETag gives 200 with the body', async () => {
    const result = await getJson(app, '/api/v1/cities', { headers: { 'If-None-Match': '"stale-etag"' } });
    expect(result.status).toBe(200);
    citiesResponseSchema.parse(result.body);
  });

  it('a weak or listed match also gives 304', async () => {
    const etag = (await app.request('/api/v1/sectors')).headers.get('etag') ?? '';
    expect((await app.request('/api/v1/sectors', { headers: { 'If-None-Match': `W/${etag}` } })).status).toBe(304);
    expect((await app.request('/api/v1/sectors', { headers: { 'If-None-Match': `"a", ${etag}` } })).status).toBe(304);
  });

  it('the same request twice gives the same ETag; different asOf days differ where the body does', async () => {
    const etag = async (path: string) => (await app.request(path)).headers.get('etag');
    expect(await etag('/api/v1/cities?asOf=2021-10-31')).toBe(await etag('/api/v1/cities?asOf=2021-10-31'));
    expect(await etag('/api/v1/cities?asOf=2021-10-31')).not.toBe(await etag('/api/v1/cities?asOf=2022-12-31'));
  });

  it('an ETag of one resource does not validate another', async () => {
    const etag = (await app.request('/api/v1/sectors')).headers.get('etag') ?? '';
    expect((await app.request('/api/v1/contracts', { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });

  it('errors are not cached', async () => {
    const result = await getJson(app, '/api/v1/cities/nope');
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.headers.get('etag')).toBeNull();
  });
});

describe('methods and unknown paths', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s is 405 with Allow: GET, HEAD', async (method) => {
    for (const path of ['/api/v1/cities', '/api/v1/cities/malmo', '/api/v1/emissions', '/api/v1/nope']) {
      const result = await getJson(app, path, { method });
      expectProblem(result, 405);
      expect(result.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('HEAD answers 200 with no body', async () => {
    const response = await app.request('/api/v1/cities', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    '/api',
    '/api/',
    '/api/v1',
    '/api/v2/cities',
    '/api/v1/nope',
    '/api/v1/cities/malmo/targets',
    '/api/v1/cities/',
    '/api/v1//cities',
  ])('%s is a 404 problem', async (path) => {
    expectProblem(await getJson(app, path), 404);
  });
});

describe('/api/v1/openapi.json', () => {
  it('is OpenAPI 3.1.0 with all 27 paths, the contract schemas and the bearer scheme', async () => {
    const result = await getJson(app, '/api/v1/openapi.json');
    expect(result.status).toBe(200);
    const doc = result.body as {
      openapi: string;
      paths: Record<string, Record<string, { security?: unknown }>>;
      components: { schemas: Record<string, { type?: string }>; securitySchemes: Record<string, { scheme?: string }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/admin/audit',
      '/api/v1/admin/cities/{id}/memberships',
      '/api/v1/admin/cities/{id}/memberships/{programme}',
      '/api/v1/admin/cities/{id}/signings',
      '/api/v1/admin/cities/{id}/targets',
      '/api/v1/admin/contract-versions/{versionId}',
      '/api/v1/admin/releases',
      '/api/v1/admin/releases/current',
      '/api/v1/admin/releases/preview',
      '/api/v1/admin/session',
      '/api/v1/admin/signings',
      '/api/v1/admin/signings/{cityId}/{versionId}/{kind}',
      '/api/v1/cities',
      '/api/v1/cities/{id}',
      '/api/v1/cities/{id}/peers',
      '/api/v1/contracts',
      '/api/v1/emissions',
      '/api/v1/geo/lan',
      '/api/v1/health',
      '/api/v1/municipalities',
      '/api/v1/openapi.json',
      '/api/v1/programme/comparison',
      '/api/v1/releases',
      '/api/v1/sectors',
      '/api/v1/sectors/changes',
      '/api/v1/standings',
    ]);
    for (const name of [
      'Cities',
      'CityDetail',
      'Emissions',
      'Sectors',
      'Contracts',
      'Health',
      'Problem',
      'Releases',
      'ReleasePreview',
      'ImportProblems',
      'Audit',
    ]) {
      expect(doc.components.schemas[name]?.type, name).toBe('object');
    }
    expect(doc.components.securitySchemes.adminToken?.scheme).toBe('bearer');
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const operation of Object.values(operations))
        expect(operation.security !== undefined, path).toBe(path.startsWith('/api/v1/admin/'));
    }
  });

  it('every $ref points at a component schema', async () => {
    const text = (await getJson(app, '/api/v1/openapi.json')).text;
    const doc = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
  });
});
