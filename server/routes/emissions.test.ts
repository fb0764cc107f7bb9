/** GET /api/v1/emissions against the real seeded in-memory SQLite. */
import { describe, expect, it } from 'vitest';
import { emissionsResponseSchema, type EmissionsResponse } from '../../contract/index.ts';
import { createTestApp, expectProblem, getJson, testDataset } from '../test-helpers.ts';

const app = createTestApp();
const REPORTED = [1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024];

async function emissions(query = ''): Promise<EmissionsResponse> {
  const result = await getJson(app, `/api/v1/emissions${query}`);
  expect(result.status, result.text).toBe(200);
  return emissionsResponseSchema.parse(result.body);
}

describe('GET /api/v1/emissions', () => {
  it('without cities gives all 23 series over every reported year, without sectors', async () => {
    const body = await emissions();
    expect(body.unit).toBe('t CO2e');
    expect(body.from).toBe(1990);
    expect(body.to).toBe(2024);
    expect(body.series).toHaveLength(23);
    expect(new Set(body.series.map((s) => s.cityId))).toEqual(new Set(testDataset().cities.map((c) => c.id)));
    for (const series of body.series) {
      expect(series.points.map((p) => p.year), series.cityId).toEqual(REPORTED);
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
      expect(series.points.map((p) => p.year), series.cityId).toEqual([2015, 2020, 2021, 2022, 2023, 2024]);
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
    expect(point?.sectors).toMatchObject({ transport: 308074.57, 'electricity-heating': 295035.15, industry: 96175.51 });
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
