/** GET /api/v1/geo/lan, and reading the outlines file at start. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geoResponseSchema } from '../../contract/index.ts';
import { JSON_CACHE_CONTROL } from '../http/cache.ts';
import { createApp } from '../app.ts';
import { createTestApp, expectProblem, getJson, openTestDatabase } from '../test-helpers.ts';
import { readGeoFile } from './geo.ts';

const app = createTestApp();

describe('GET /api/v1/geo/lan', () => {
  it('gives the 21 län as a topology that parses with the contract, with the source', async () => {
    const result = await getJson(app, '/api/v1/geo/lan');
    expect(result.status, result.text).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = geoResponseSchema.parse(result.body);
    const geometries = body.topology.objects.lan.geometries;
    expect(geometries).toHaveLength(21);
    expect(new Set(geometries.map((g) => g.properties.code)).size).toBe(21);
    expect(geometries.find((g) => g.properties.code === '12')?.properties.name).toBe('Skåne län');
    expect(geometries.find((g) => g.properties.code === '24')?.properties.name).toBe('Västerbottens län');
    expect(body.source.url).toContain('github.com/okfse/sweden-geojson');
    // In each language: a Swedish map does not print an English licence note, nor the other way round.
    expect(body.source.licence.en).toMatch(/not stated/i);
    expect(body.source.licence.sv).toMatch(/^Anges inte av källan/);
    expect(body.source.note.sv).toMatch(/^Ytterligare förenklade/);
    expect(body.source.note.en).toMatch(/simplified/i);
    // The source travels beside the topology, not inside it.
    expect(body.topology).not.toHaveProperty('source');
    // Small enough for a first page: it is the simplified file, not the raw GeoJSON.
    expect(result.text.length).toBeLessThan(40_000);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await app.request('/api/v1/geo/lan');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe(JSON_CACHE_CONTROL);
    const again = await app.request('/api/v1/geo/lan', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
  });

  it('rejects any query parameter with a 400 problem naming it', async () => {
    const problem = expectProblem(await getJson(app, '/api/v1/geo/lan?simplify=0.1'), 400, 'simplify');
    expect(problem.detail).toBe("Unknown parameter 'simplify'. This endpoint takes no parameters.");
  });

  it('has no other geo resource', async () => {
    expectProblem(await getJson(app, '/api/v1/geo/kommuner'), 404);
    expectProblem(await getJson(app, '/api/v1/geo/lan', { method: 'POST' }), 405);
  });

  it('is described in the OpenAPI document with the contract schema', async () => {
    const doc = (await getJson(app, '/api/v1/openapi.json')).body as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { type?: string }> };
    };
    expect(doc.paths).toHaveProperty('/api/v1/geo/lan');
    expect(doc.components.schemas.Geo?.type).toBe('object');
  });
});

describe('the outlines file', () => {
  const work = mkdtempSync(join(tmpdir(), 'geo-file-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('missing or malformed stops the app at start, naming the file', () => {
    const missing = join(work, 'missing.json');
    expect(() => readGeoFile(missing)).toThrow(`Cannot read the map outlines ${missing}`);
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ type: 'Topology', arcs: [], objects: {} }));
    expect(() => createApp({ db: openTestDatabase(), geoPath: bad })).toThrow(
      `The map outlines ${bad} are not a län topology`,
    );
  });
});
