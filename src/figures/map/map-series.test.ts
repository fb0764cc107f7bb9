import { geoContains, geoTransverseMercator } from 'd3-geo';
import type { CitySummary } from '../../../contract/cities.ts';
import { fixtures } from '../../../mocks/fixtures.ts';
import { encode, legendFor, shapePath, type MapMeasure } from './map-scales.ts';
import {
  drawMap,
  geometryOf,
  lanFeatures,
  mapGeometry,
  mapMarks,
  MAX_RADIUS,
  placeLabels,
  radiusFor,
  sizeKey,
  tableOrder,
  type MapMark,
} from './map-series.ts';

const cities = fixtures.cities.cities;
const geometry = mapGeometry(fixtures.geo.topology);
const marksFor = (measure: MapMeasure, myCity: string | null = null) =>
  mapMarks(cities, geometry.projection, measure, myCity);
const marks = marksFor('change2015');
const byId = (list: MapMark[], id: string) => {
  const mark = list.find((m) => m.id === id);
  if (!mark) throw new Error(`no mark for ${id}`);
  return mark;
};
const city = (id: string) => cities.find((c) => c.id === id) as CitySummary;
const GOTEBORG_TONNES = 2252706.82;

describe('outlines and projection', () => {
  it('gives the 21 län as paths filling the 400-unit width, taller than wide like Sweden', () => {
    expect(lanFeatures(fixtures.geo.topology).map((f) => f.properties.code)).toHaveLength(21);
    expect(geometry.lan).toHaveLength(21);
    expect(geometry.lan.every((lan) => /^M[\d.]+,[\d.]+L/.test(lan.d))).toBe(true);
    expect(geometry.width).toBe(400);
    expect(geometry.height).toBeGreaterThan(800);
    expect(geometry.height).toBeLessThan(1000);
  });

  it('travels as plain data: the projection rebuilt from its parameters puts every town where fitting it does', () => {
    const drawn = drawMap(fixtures.geo.topology);
    const travelled = geometryOf(JSON.parse(JSON.stringify(drawn)) as typeof drawn);
    const fitted = geoTransverseMercator()
      .rotate([-15, 0])
      .fitExtent(
        [
          [20, 20],
          [380, drawn.height - 20],
        ],
        { type: 'FeatureCollection', features: lanFeatures(fixtures.geo.topology) },
      );
    expect(travelled.lan).toEqual(drawn.lan);
    for (const c of cities) {
      const [x, y] = travelled.projection([c.location.lon, c.location.lat]) ?? [NaN, NaN];
      const [fx, fy] = fitted([c.location.lon, c.location.lat]) ?? [NaN, NaN];
      expect(x).toBeCloseTo(fx, 6);
      expect(y).toBeCloseTo(fy, 6);
    }
  });

  it('puts every town centre inside its own län (Kalmar’s centre is on the coast the simplified source cuts off)', () => {
    const features = lanFeatures(fixtures.geo.topology);
    const outside = cities.filter((c) => {
      const lan = features.find((f) => f.properties.code === c.lan.code);
      return !lan || !geoContains(lan, [c.location.lon, c.location.lat]);
    });
    expect(outside.map((c) => c.id)).toEqual(['kalmar']);
  });
});

describe('marks', () => {
  it('one per city, inside the map, Malmö south-west and Skellefteå and Umeå north-east', () => {
    expect(marks).toHaveLength(23);
    for (const m of marks) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(geometry.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(geometry.height);
    }
    const southToNorth = [...marks].sort((a, b) => b.y - a.y).map((m) => m.id);
    const westToEast = [...marks].sort((a, b) => a.x - b.x).map((m) => m.id);
    expect(southToNorth[0]).toBe('malmo');
    expect(westToEast.indexOf('malmo')).toBeLessThan(4);
    expect(southToNorth.slice(-2)).toEqual(['umea', 'skelleftea']);
    expect(westToEast.slice(-2).sort()).toEqual(['skelleftea', 'umea']);
  });

  it('has area proportional to the latest emissions: Göteborg largest, Malmö by √(812 995 ÷ 2 252 707)', () => {
    expect(byId(marks, 'goteborg').r).toBe(MAX_RADIUS);
    expect(byId(marks, 'malmo').r).toBeCloseTo(MAX_RADIUS * Math.sqrt(812994.97 / GOTEBORG_TONNES), 6);
    const area = (m: MapMark) => Math.PI * m.r ** 2;
    expect(area(byId(marks, 'stockholm')) / area(byId(marks, 'jarfalla'))).toBeCloseTo(1021234.48 / 90243.24, 6);
    expect(radiusFor(null, GOTEBORG_TONNES)).toBe(4);
  });

  it('are drawn largest first so the small marks stay on top and reachable', () => {
    expect(marks[0]?.id).toBe('goteborg');
    expect(marks.at(-1)?.id).toBe('jarfalla');
    expect(marks.indexOf(byId(marks, 'nacka'))).toBeGreaterThan(marks.indexOf(byId(marks, 'stockholm')));
  });

  it('carry the figures of the cities response for the tooltip and the table', () => {
    expect(byId(marks, 'malmo').figures).toEqual({
      year: 2024,
      tonnesCo2e: 812994.97,
      tonnesPerCapita: 2.2235,
      changeSince2015Percent: -28.01,
      contractStatus: 'signed',
      target: 'off-track',
      budget: 'within',
    });
  });

  it('mark the reader’s city only', () => {
    expect(
      marksFor('contract', 'umea')
        .filter((m) => m.isMine)
        .map((m) => m.id),
    ).toEqual(['umea']);
    expect(marks.some((m) => m.isMine)).toBe(false);
  });

  it('list in the table by Swedish alphabet', () => {
    const names = tableOrder(marks).map((m) => m.name);
    expect(names[0]).toBe('Borlänge');
    expect(names.slice(-3)).toEqual(['Växjö', 'Örebro', 'Östersund']);
  });
});

describe('colour, shape and legend per measure', () => {
  const counts = (measure: MapMeasure) => legendFor(measure, marksFor(measure)).map((item) => [item.key, item.count]);

  it('change since 2015: blue for cuts, orange for increases, lightest next to 0, every bin in the legend', () => {
    expect(byId(marks, 'stockholm')).toMatchObject({ key: 'bin-0', colour: '#2166AC', shape: 'circle', value: -48.05 });
    expect(byId(marks, 'malmo')).toMatchObject({ key: 'bin-1', colour: '#4393C3' });
    expect(byId(marks, 'goteborg')).toMatchObject({ key: 'bin-3', colour: '#D1E5F0' });
    expect(byId(marks, 'helsingborg')).toMatchObject({ key: 'bin-4', colour: '#FDB863', value: 0.1 });
    expect(counts('change2015')).toEqual([
      ['bin-0', 1],
      ['bin-1', 3],
      ['bin-2', 9],
      ['bin-3', 7],
      ['bin-4', 3],
      ['bin-5', 0],
    ]);
    expect(legendFor('change2015', marks)[0]?.meaning).toEqual({ kind: 'bin', from: null, to: -30 });
    expect(legendFor('change2015', marks)[5]?.meaning).toEqual({ kind: 'bin', from: 10, to: null });
  });

  it('bins a value as it is shown, so the table never disagrees with the legend', () => {
    // −29.996 % is shown as −30,0 %, so it belongs to "−30 to −20", not "below −30".
    expect(encode({ ...city('malmo'), changeSince2015Percent: -29.996 }, 'change2015').key).toBe('bin-1');
    expect(encode({ ...city('malmo'), changeSince2015Percent: -30.06 }, 'change2015').key).toBe('bin-0');
  });

  it('per capita: viridis bins from light to dark', () => {
    expect(counts('per-capita')).toEqual([
      ['bin-0', 3],
      ['bin-1', 7],
      ['bin-2', 6],
      ['bin-3', 4],
      ['bin-4', 2],
      ['bin-5', 1],
    ]);
    expect(encode(city('borlange'), 'per-capita')).toMatchObject({ key: 'bin-5', colour: '#440154', value: 8.241 });
    expect(encode(city('jarfalla'), 'per-capita')).toMatchObject({ key: 'bin-0', colour: '#FDE725' });
  });

  it('budget: the server’s reference-path verdict, within or over, with a different shape per category', () => {
    const budget = marksFor('budget');
    expect(counts('budget')).toEqual([
      ['within', 3],
      ['over', 20],
    ]);
    expect(
      budget
        .filter((m) => m.key === 'within')
        .map((m) => m.id)
        .sort(),
    ).toEqual(['malmo', 'ostersund', 'stockholm']);
    expect(byId(budget, 'malmo').shape).toBe('circle');
    expect(byId(budget, 'lund').shape).toBe('triangle');
    expect(
      encode({ ...city('lund'), assessment: { ...city('lund').assessment, reference: null } }, 'budget'),
    ).toMatchObject({ key: 'none', shape: 'square' });
  });

  it('own target: every state the server gave, each with its colour, and only those that occur in the legend', () => {
    expect(counts('target')).toEqual([
      ['off-track', 4],
      ['no-figure', 5],
      ['no-target', 14],
    ]);
    const target = marksFor('target');
    expect(byId(target, 'malmo')).toMatchObject({ key: 'off-track', shape: 'triangle' });
    expect(byId(target, 'stockholm')).toMatchObject({ key: 'no-figure', shape: 'diamond' });
    expect(byId(target, 'boras')).toMatchObject({ key: 'no-target', shape: 'square' });
    const colours = legendFor(
      'target',
      target.map((m) => encode(city(m.id), 'target')),
    ).map((item) => item.colour);
    expect(new Set(colours).size).toBe(3);
  });

  it('contract status: only categories that occur, each with its own shape', () => {
    expect(counts('contract')).toEqual([['signed', 23]]);
    const letter = { ...city('lund'), contract: { ...city('lund').contract, status: 'letter-of-intent' as const } };
    const encodings = [encode(city('malmo'), 'contract'), encode(letter, 'contract')];
    expect(encodings.map((e) => e.shape)).toEqual(['circle', 'square']);
    expect(legendFor('contract', encodings).map((item) => item.meaning)).toEqual([
      { kind: 'contract', status: 'signed' },
      { kind: 'contract', status: 'letter-of-intent' },
    ]);
  });

  it('a city without figures is hollow, small and in the legend as "no data"', () => {
    const bare = { ...city('lund'), latest: null, changeSince2015Percent: null };
    const list = mapMarks([...cities.filter((c) => c.id !== 'lund'), bare], geometry.projection, 'per-capita', null);
    expect(byId(list, 'lund')).toMatchObject({ key: 'no-data', r: 4, value: null });
    expect(legendFor('per-capita', list).at(-1)).toMatchObject({
      key: 'no-data',
      count: 1,
      meaning: { kind: 'no-data' },
    });
  });

  it('shapes enclose the same area as the circle of their radius', () => {
    expect(shapePath('circle', 10)).toBe('M-10,0A10,10,0,1,0,10,0A10,10,0,1,0,-10,0Z');
    expect(shapePath('square', 10)).toBe('M-8.86,-8.86H8.86V8.86H-8.86Z'); // side 10·√π
    expect(shapePath('diamond', 10)).toBe('M0,-12.53L12.53,0L0,12.53L-12.53,0Z');
  });
});

describe('labels and size key', () => {
  const labels = placeLabels(marks, geometry.width, geometry.height);

  it('names the big cities and never lets two names overlap or leave the map', () => {
    const ids = labels.map((l) => l.id);
    for (const id of ['goteborg', 'stockholm', 'malmo', 'skelleftea', 'umea']) expect(ids).toContain(id);
    expect(labels.length).toBeGreaterThan(15);
    const box = (l: (typeof labels)[number]) => {
      const w = l.text.length * 11 * 0.58;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { x0, x1: x0 + w, y0: l.y - 8.8, y1: l.y + 2.75 };
    };
    const boxes = labels.map(box);
    boxes.forEach((a, i) => {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(geometry.width);
      boxes.slice(i + 1).forEach((b) => expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false));
    });
  });

  it('keys the sizes with round tonnages up to the largest emitter', () => {
    const key = sizeKey(marks);
    expect(key.map((k) => k.tonnes)).toEqual([100_000, 500_000, 2_000_000]);
    expect(key[2]?.r).toBeCloseTo(MAX_RADIUS * Math.sqrt(2_000_000 / GOTEBORG_TONNES), 6);
    // Two font sizes either side of each circle, 8 units apart (the amounts' lines alternate).
    expect(key.map((k) => k.x)).toEqual([33, 94, 142]);
    expect(sizeKey(marks, 14).map((k) => k.x)).toEqual([46.2, 128.4, 192.4].map((x): unknown => expect.closeTo(x, 6)));
  });
});
