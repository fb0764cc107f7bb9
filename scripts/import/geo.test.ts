import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lanTopologyFileSchema, type LanProperties } from '../../contract/geo.ts';
import { hasRealReference, importErrorOf, PROJECT_ROOT, REAL_REFERENCE } from '../../tests/fixtures/import/helpers.ts';
import { main } from '../build-data.ts';
import { buildLanTopology, GEO_FILE, readLanTopology, serializeLanTopology, shortLanName } from './geo.ts';

const FILE = 'tiny.geojson';
const LAN = new Map([
  ['01', 'Stockholms län'],
  ['09', 'Gotlands län'],
]);

/** A square of side 1° with its south-west corner at (lon, lat), anticlockwise as RFC 7946 winds exteriors. */
const square = (lon: number, lat: number) => [
  [
    [lon, lat],
    [lon + 1, lat],
    [lon + 1, lat + 1],
    [lon, lat + 1],
    [lon, lat],
  ],
];
const tiny = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const lan = (name: string, id: unknown, geometry: unknown = { type: 'Polygon', coordinates: square(18, 59) }) => ({
  type: 'Feature',
  properties: { name, l_id: id, color: 1 },
  geometry,
});
const VALID = [
  // Gotland first, as two islands: the output is sorted by code.
  lan('Gotland', 9, { type: 'MultiPolygon', coordinates: [square(18, 57), square(19.5, 57.5)] }),
  lan('Stockholm', 1),
];
const features = (topology: Topology) =>
  feature(topology, topology.objects.lan as GeometryCollection<LanProperties>).features;
const errorFor = (list: unknown[]) => importErrorOf(() => buildLanTopology(tiny(list), FILE, LAN));

describe('buildLanTopology on a hand-made GeoJSON', () => {
  const result = buildLanTopology(tiny(VALID), FILE, LAN);

  it('gives one geometry per län with the zero-padded SCB code and county name, sorted by code', () => {
    expect(() => lanTopologyFileSchema.parse(result)).not.toThrow();
    expect(result.objects.lan.geometries.map((g) => [g.type, g.properties])).toEqual([
      ['Polygon', { code: '01', name: 'Stockholms län' }],
      ['MultiPolygon', { code: '09', name: 'Gotlands län' }],
    ]);
    expect(result.source.url).toContain('okfse/sweden-geojson/blob/ff67bcb0');
    expect(result.transform.translate).toEqual([18, 57]);
  });

  it('winds rings the way d3-geo reads them, so each län is a small area and not the rest of the globe', () => {
    // Everything kept: a 4-corner square simplified would lose a corner.
    const [stockholm, gotland] = features(buildLanTopology(tiny(VALID), FILE, LAN, { keep: 1 }));
    for (const f of [stockholm, gotland]) expect(geoArea(f!)).toBeLessThan(0.01);
    expect(geoContains(stockholm!, [18.5, 59.5])).toBe(true);
    expect(geoContains(stockholm!, [10, 50])).toBe(false);
    expect(geoContains(gotland!, [20, 58])).toBe(true);
  });

  it('writes a compact file that starts with the type and its source', () => {
    const text = serializeLanTopology(result);
    expect(text).toMatch(/^\{"type":"Topology","source":\{"title":"okfse\/sweden-geojson/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(lanTopologyFileSchema.parse(JSON.parse(text))).toEqual(result);
  });

  it('strips the county ending the GeoJSON names leave out', () => {
    expect(['Stockholms län', 'Kalmar län', 'Västra Götalands län', 'Dalarnas län'].map(shortLanName)).toEqual([
      'Stockholm',
      'Kalmar',
      'Västra Götaland',
      'Dalarna',
    ]);
  });
});

describe('buildLanTopology rejects bad input, naming the file and the feature', () => {
  it.each([
    ['not JSON', '{', /^tiny\.geojson: is not JSON/],
    ['not a FeatureCollection', '{"type":"Feature"}', /is not a GeoJSON FeatureCollection/],
  ])('%s', (_name, text, message) => {
    expect(importErrorOf(() => buildLanTopology(text, FILE, LAN)).message).toMatch(message);
  });

  it('a missing or impossible l_id', () => {
    expect(errorFor([lan('Stockholm', '1'), VALID[0]]).message).toBe(
      'tiny.geojson: feature 1 (Stockholm): l_id must be a län code from 1 to 99, not "1"',
    );
    expect(errorFor([lan('Stockholm', 100)]).problem).toMatch(/not 100$/);
  });

  it('a code SCB does not have, a name that does not match the code, a code used twice', () => {
    expect(errorFor([lan('Stockholm', 2)]).problem).toBe(
      "feature 1 (Stockholm): län code 02 is not in SCB's code list",
    );
    expect(errorFor([lan('Uppsala', 1)]).problem).toBe(
      "feature 1 (Uppsala): name does not match SCB's Stockholms län for code 01 (expected 'Stockholm')",
    );
    expect(errorFor([...VALID, lan('Stockholm', 1)]).problem).toBe(
      'feature 3 (Stockholm): län code 01 is also used by feature 2',
    );
  });

  it('a län without an outline, and a geometry that is not an area', () => {
    expect(errorFor([VALID[1]]).problem).toBe('no outline for 09 Gotlands län');
    expect(errorFor([VALID[0], lan('Stockholm', 1, { type: 'Point', coordinates: [18, 59] })]).problem).toMatch(
      /feature 2 \(Stockholm\): geometry must be a Polygon/,
    );
    expect(errorFor([VALID[0], lan('Stockholm', 1, { type: 'Polygon', coordinates: [[[18, 'x']]] })]).problem).toMatch(
      /geometry must be/,
    );
  });
});

describe.skipIf(!hasRealReference)('the real län file', () => {
  // Read in beforeAll, not here: vitest runs a skipped suite's body too, and without ../shared/data this would throw.
  let real: ReturnType<typeof readLanTopology>;
  let text: string;
  let byCode: Map<string, ReturnType<typeof features>[number]>;
  beforeAll(() => {
    real = readLanTopology(REAL_REFERENCE);
    text = serializeLanTopology(real);
    byCode = new Map(features(real as unknown as Topology).map((f) => [f.properties.code, f]));
  });

  it('has the 21 län of SCB, each a small area in d3-geo terms', () => {
    expect([...byCode.keys()]).toEqual([
      '01',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '12',
      '13',
      '14',
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
    ]);
    expect(byCode.get('12')?.properties.name).toBe('Skåne län');
    for (const f of byCode.values()) expect(geoArea(f), f.properties.name).toBeLessThan(0.01);
  });

  it('still places towns in their län after simplification', () => {
    expect(geoContains(byCode.get('24')!, [20.263074, 63.825656])).toBe(true); // Umeå
    expect(geoContains(byCode.get('24')!, [20.971923, 64.742143])).toBe(true); // Skellefteå
    expect(geoContains(byCode.get('12')!, [13.192944, 55.702929])).toBe(true); // Lund
    expect(geoContains(byCode.get('01')!, [18.071093, 59.325117])).toBe(true); // Stockholm
  });

  it('keeps about half the points of the full outline', () => {
    const points = (t: { arcs: unknown[][] }) => t.arcs.reduce((sum, arc) => sum + arc.length, 0);
    const full = points(readLanTopology(REAL_REFERENCE, { keep: 1 }));
    expect(points(real) / full).toBeGreaterThan(0.45);
    expect(points(real) / full).toBeLessThan(0.65);
  });

  it('is small enough to ship (under 40 kB) and is what data/geo/lan.topo.json holds', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(40_000);
    expect(readFileSync(resolve(PROJECT_ROOT, 'data/geo/lan.topo.json'), 'utf8')).toBe(text);
  });
});

describe.skipIf(!hasRealReference)('npm run data:build writes the outlines', () => {
  const work = mkdtempSync(join(tmpdir(), 'import-geo-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const run = (args: string[]) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      return { code: main(args), stdout: log.mock.calls.join('\n'), stderr: error.mock.calls.join('\n') };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  };

  it('to --geo-out, next to the dataset', () => {
    const geoOut = join(work, 'a', 'lan.topo.json');
    const result = run(['--out', join(work, 'a', 'dataset.json'), '--geo-out', geoOut]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*lan\.topo\.json: 21 län outlines, \d+\.\d kB\./);
    expect(readdirSync(join(work, 'a')).sort()).toEqual(['dataset.json', 'lan.topo.json']);
    expect(lanTopologyFileSchema.parse(JSON.parse(readFileSync(geoOut, 'utf8'))).objects.lan.geometries).toHaveLength(
      21,
    );
  });

  it('not at all when --out points elsewhere and --geo-out is not given', () => {
    expect(run(['--out', join(work, 'b', 'dataset.json')]).code).toBe(0);
    expect(readdirSync(join(work, 'b'))).toEqual(['dataset.json']);
  });

  it('nothing when the outlines cannot be read', () => {
    const geoOut = join(work, 'c', 'lan.topo.json');
    const result = run([
      '--reference',
      join(work, 'missing'),
      '--out',
      join(work, 'c', 'dataset.json'),
      '--geo-out',
      geoOut,
    ]);
    expect(result.code).toBe(1);
    expect(existsSync(join(work, 'c'))).toBe(false);
  });

  it('names the file it could not read', () => {
    expect(importErrorOf(() => readLanTopology(join(work, 'missing'))).message).toMatch(
      /^raw\/codes\/municipality_county\.csv: cannot be read/,
    );
    expect(GEO_FILE).toBe('raw/geo/swedish_regions.geojson');
  });
});
