/** How an emissions request selects cities and years, on a small hand-made recording. */
import { describe, expect, it } from 'vitest';
import { clipSeries, inYearRange, selectCities, selectEmissions, withoutSectors, yearRange } from './clip.ts';
import type { EmissionPoint, EmissionSeries, EmissionsResponse } from './emissions.ts';

const point = (year: number): EmissionPoint => ({
  year,
  tonnesCo2e: year,
  persons: null,
  tonnesPerCapita: null,
  index: { '1990': 100, '2015': null, '2020': null },
  sectors: { transport: 1 },
});
const path = (...years: number[]) => years.map((year) => ({ year, tonnesCo2e: 1, index: point(year).index }));

function series(cityId: string, target: boolean): EmissionSeries {
  return {
    cityId,
    cityName: cityId.toUpperCase(),
    releaseId: 'r',
    points: [1990, 2015, 2024].map(point),
    paths: { trend: path(2024, 2030, 2050), target: target ? path(2015, 2030) : null, reference: path(2025, 2050) },
  };
}

const recording = {
  unit: 't CO2e',
  from: 1990,
  to: 2050,
  series: [series('lund', true), series('malmo', false)],
} as unknown as EmissionsResponse;

describe('year ranges', () => {
  it('default each end separately and include both ends', () => {
    expect(yearRange({ to: 2030 }, { from: 1990, to: 2050 })).toEqual({ from: 1990, to: 2030 });
    expect(yearRange({ from: 2000 }, { from: 1990, to: 2050 })).toEqual({ from: 2000, to: 2050 });
    const inRange = inYearRange({ from: 2015, to: 2024 });
    expect([2014, 2015, 2024, 2025].map((year) => inRange({ year }))).toEqual([false, true, true, false]);
  });
});

describe('clipSeries', () => {
  it('keeps the points and path points in range, a null target null and a path outside it []', () => {
    const clipped = clipSeries(series('malmo', false), { from: 2015, to: 2024 });
    expect(clipped.points.map((p) => p.year)).toEqual([2015, 2024]);
    expect(clipped.paths).toEqual({ trend: path(2024), target: null, reference: [] });
    expect(clipSeries(series('lund', true), { from: 2030, to: 2030 }).paths.target).toEqual(path(2030));
    expect(Object.keys(clipped)).toEqual(['cityId', 'cityName', 'releaseId', 'points', 'paths']);
  });
});

describe('selectCities', () => {
  it('gives every known city when none are asked for', () => {
    expect(selectCities(undefined, ['a', 'b'])).toEqual({ ids: ['a', 'b'] });
  });

  it('keeps the order asked, each id once', () => {
    expect(selectCities(['b', 'a', 'b'], ['a', 'b'])).toEqual({ ids: ['b', 'a'] });
  });

  it('is a 404 on cities naming every unknown id', () => {
    const { problem } = selectCities(['a', 'x', 'y'], ['a']);
    expect(problem?.status).toBe(404);
    expect(problem?.detail).toBe('Unknown city ids: x, y. GET /api/v1/cities lists the ids.');
  });
});

describe('selectEmissions', () => {
  it('selects the series asked for, in that order, over the years asked for, without sectors unless asked', () => {
    const answer = selectEmissions(recording, { ids: ['malmo', 'lund'], from: 2024 });
    expect(answer.from).toBe(2024);
    expect(answer.to).toBe(2050);
    expect(answer.series.map((s) => s.cityId)).toEqual(['malmo', 'lund']);
    expect(answer.series[0]?.points).toEqual([withoutSectors(point(2024))]);
    expect(answer.series[0]?.points[0]).not.toHaveProperty('sectors');
    expect(answer.series[1]?.paths.trend.map((p) => p.year)).toEqual([2024, 2030, 2050]);
  });

  it('keeps the sectors when asked and skips an id the recording lacks', () => {
    const answer = selectEmissions(recording, { ids: ['lund', 'umea'], from: 1990, to: 1990, sectors: true });
    expect(answer.series).toHaveLength(1);
    expect(answer.series[0]?.points).toEqual([point(1990)]);
    expect(answer).toMatchObject({ unit: 't CO2e', from: 1990, to: 1990 });
  });
});
