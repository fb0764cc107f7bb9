/** GET /api/v1/emissions against the real seeded in-memory SQLite. */
import { describe, expect, it } from 'vitest';
import { emissionsResponseSchema, type EmissionsResponse } from '../../contract/index.ts';
import { createTestApp, expectProblem, getJson, testProgramme } from '../test-helpers.ts';

const app = createTestApp();
const REPORTED = [1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024];

async function emissions(query = ''): Promise<EmissionsResponse> {
  const result = await getJson(app, `/api/v1/emissions${query}`);
  expect(result.status, result.text).toBe(200);
  return emissionsResponseSchema.parse(result.body);
}

describe('GET /api/v1/emissions', () => {
  it('without cities gives the programme’s 23 members’ series over every reported year, without sectors; to defaults to 2050', async () => {
    const body = await emissions();
    expect(body.unit).toBe('t CO2e');
    expect(body.from).toBe(1990);
    // The default runs to the end of the computed paths; measured points still end at 2024.
    expect(body.to).toBe(2050);
    expect(body.series).toHaveLength(23);
    expect(new Set(body.series.map((s) => s.cityId))).toEqual(new Set(testProgramme().cities.map((c) => c.id)));
    for (const series of body.series) {
      expect(
        series.points.map((p) => p.year),
        series.cityId,
      ).toEqual(REPORTED);
      expect(series.points.every((p) => p.sectors === undefined)).toBe(true);
    }
  });

  it('cities=malmo,lund&from=2015&to=2024&sectors=true gives two series of reported years only', async () => {
    const body = await emissions('?cities=malmo,lund&from=2015&to=2024&sectors=true');
    expect(body.from).toBe(2015);
    expect(body.to).toBe(2024);
    expect(body.series.map((s) => [s.cityId, s.cityName])).toEqual([
      ['malmo', 'Malmö'],
      ['lund', 'Lund'],
    ]);
    for (const series of body.series) {
      // SMHI reports no kommun figures for 2016–2019: none may be invented.
      expect(
        series.points.map((p) => p.year),
        series.cityId,
      ).toEqual([2015, 2020, 2021, 2022, 2023, 2024]);
      expect(series.releaseId).toBe('smhi-thru2024');
    }
  });

  it('each point’s nine sector values add up to its total within 1 t', async () => {
    const body = await emissions('?sectors=true');
    for (const series of body.series) {
      for (const point of series.points) {
        const sectors = point.sectors ?? {};
        expect(Object.keys(sectors), `${series.cityId} ${point.year}`).toHaveLength(9);
        const sum = Object.values(sectors).reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - point.tonnesCo2e), `${series.cityId} ${point.year}`).toBeLessThan(1);
      }
    }
  });

  it('Malmö 2024 sectors are SMHI’s figures, transport first', async () => {
    const body = await emissions('?cities=malmo&from=2024&sectors=true');
    const point = body.series[0]?.points[0];
    expect(point?.year).toBe(2024);
    expect(point?.tonnesCo2e).toBe(812994.97);
    expect(Object.keys(point?.sectors ?? {})[0]).toBe('transport');
    expect(point?.sectors).toMatchObject({
      transport: 308074.57,
      'electricity-heating': 295035.15,
      industry: 96175.51,
    });
  });

  it('Lund totals match the dataset: 334785.9 t in 1990, 209790.69 t in 2024', async () => {
    const points = (await emissions('?cities=lund')).series[0]?.points ?? [];
    expect(points.find((p) => p.year === 1990)?.tonnesCo2e).toBe(334785.9);
    expect(points.find((p) => p.year === 2024)?.tonnesCo2e).toBe(209790.69);
  });

  it('sectors=false is the same as leaving it out', async () => {
    expect(await emissions('?cities=lund&sectors=false')).toEqual(await emissions('?cities=lund'));
  });

  it('keeps the requested order and drops repeated ids', async () => {
    const body = await emissions('?cities=lund,malmo,lund');
    expect(body.series.map((s) => s.cityId)).toEqual(['lund', 'malmo']);
  });

  it('a range without reported years gives empty series, not invented ones', async () => {
    const body = await emissions('?cities=malmo&from=2016&to=2019');
    expect(body.series[0]?.points).toEqual([]);
    expect((await emissions('?from=2100')).series.every((s) => s.points.length === 0)).toBe(true);
  });

  it('from equal to to gives that single year', async () => {
    const body = await emissions('?cities=lund&from=2020&to=2020');
    expect(body.series[0]?.points.map((p) => p.year)).toEqual([2020]);
  });

  it('every series comes from the one current release', async () => {
    const body = await emissions();
    expect(body.release.id).toBe('smhi-thru2024');
    expect(body.series.every((s) => s.releaseId === body.release.id)).toBe(true);
  });
});

describe('GET /api/v1/emissions: per-capita figures, index and computed paths', () => {
  it('Malmö 2024 has 365644 persons, 2.2235 t/person and index 65.93 / 71.99 / 116.31 on 1990 / 2015 / 2020', async () => {
    // 812994.97 / 365644 = 2.22346 ; 812994.97 / 1233101.27 × 100 = 65.93 ; / 1129270.35 = 71.99 ; / 698966.49 = 116.31
    const point = (await emissions('?cities=malmo&from=2024')).series[0]?.points[0];
    expect(point).toEqual({
      year: 2024,
      tonnesCo2e: 812994.97,
      persons: 365644,
      tonnesPerCapita: 2.2235,
      index: { 1990: 65.93, 2015: 71.99, 2020: 116.31 },
    });
  });

  it('every series’ 2015 point is index 100 on base 2015, and every point has a population', async () => {
    for (const series of (await emissions()).series) {
      expect(series.points.find((p) => p.year === 2015)?.index[2015], series.cityId).toBe(100);
      expect(
        series.points.every((p) => p.persons !== null && p.tonnesPerCapita !== null),
        series.cityId,
      ).toBe(true);
    }
  });

  it('by default the paths run yearly: trend 2024–2050, target base–target year, reference 2025–2050', async () => {
    const { paths } = (await emissions('?cities=malmo')).series[0] ?? {};
    expect(paths?.trend.map((p) => p.year)).toEqual(Array.from({ length: 27 }, (_, i) => 2024 + i));
    // The trend starts at the latest report, 812994.97 t in 2024, and falls 57580.74 t a year: 2030 = 812994.97 − 6 × 57580.7417 = 467510.52.
    expect(paths?.trend[0]?.tonnesCo2e).toBe(812994.97);
    expect(paths?.trend.find((p) => p.year === 2030)?.tonnesCo2e).toBe(467510.52);
    expect(paths?.target?.map((p) => p.year)).toEqual(Array.from({ length: 41 }, (_, i) => 1990 + i));
    expect(paths?.reference.map((p) => p.year)).toEqual(Array.from({ length: 26 }, (_, i) => 2025 + i));
    // Malmö's target path: 1233101.27 t in 1990 to 1233101.27 × 0.3 = 369930.38 t in 2030.
    expect(paths?.target?.[0]?.tonnesCo2e).toBe(1233101.27);
    expect(paths?.target?.at(-1)?.tonnesCo2e).toBe(369930.38);
    // The reference starts at the trend's 2025 value (812994.97 − 57580.7417 = 755414.23 t) and falls 11.72 % a year.
    expect(paths?.reference[0]?.tonnesCo2e).toBe(paths?.trend.find((p) => p.year === 2025)?.tonnesCo2e);
    expect(paths?.reference[0]?.tonnesCo2e).toBe(755414.23);
  });

  it('paths are clipped to from–to', async () => {
    const { points, paths } = (await emissions('?cities=malmo&from=2020&to=2027')).series[0] ?? {
      points: [],
      paths: undefined,
    };
    expect(points.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(paths?.trend.map((p) => p.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(paths?.target?.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(paths?.reference.map((p) => p.year)).toEqual([2025, 2026, 2027]);
  });

  it('to=2024 keeps the measured years and cuts the paths there', async () => {
    const { paths } = (await emissions('?cities=lund&to=2024')).series[0] ?? {};
    // Only the trend's first point is left: the 2024 report itself (209790.69 t).
    expect(paths?.trend.map((p) => [p.year, p.tonnesCo2e])).toEqual([[2024, 209790.69]]);
    expect(paths?.reference).toEqual([]);
  });

  it('a city without a target has target null; a range past 2050 has empty paths', async () => {
    expect((await emissions('?cities=boras')).series[0]?.paths.target).toBeNull();
    expect((await emissions('?cities=stockholm')).series[0]?.paths.target).toBeNull();
    expect((await emissions('?cities=malmo&from=2051')).series[0]?.paths).toEqual({
      trend: [],
      target: [],
      reference: [],
    });
  });

  it('carries the method texts', async () => {
    const { methods } = await emissions('?cities=lund');
    expect(methods.referencePath.en).toMatch(/Klimatkollen/);
  });
});

describe('GET /api/v1/emissions with bad input', () => {
  it.each([
    ['?cities=malmo,nope', 404, 'cities'],
    ['?cities=nope', 404, 'cities'],
    ['?cities=', 400, 'cities'],
    ['?cities=malmo,,lund', 400, 'cities'],
    ['?cities=Malmo', 400, 'cities'],
    ['?cities=' + Array.from({ length: 301 }, (_, i) => `c${i}`).join(','), 400, 'cities'],
    ['?from=abc', 400, 'from'],
    ['?from=19900', 400, 'from'],
    ['?from=1800', 400, 'from'],
    ['?from=2101', 400, 'from'],
    ['?from=', 400, 'from'],
    ['?to=20x4', 400, 'to'],
    ['?to=1989', 400, 'to'],
    ['?from=2024&to=2015', 400, 'from'],
    ['?sectors=maybe', 400, 'sectors'],
    ['?sectors=TRUE', 400, 'sectors'],
    ['?sectors=1', 400, 'sectors'],
    ['?city=malmo', 400, 'city'],
    ['?from=2015&from=2020', 400, 'from'],
  ])('%s is a %i problem naming %s', async (query, status, parameter) => {
    expectProblem(await getJson(app, `/api/v1/emissions${query}`), status, parameter);
  });
});
