/** Index values and measured points on real figures (data/dataset.json, smhi-thru2024; SCB population). */
import { describe, expect, it } from 'vitest';
import { emissionPointSchema, pathPointSchema } from '../../contract/index.ts';
import { testSnapshot } from '../test-helpers.ts';
import { indexValues, measuredPoints, pathPoints } from './indexing.ts';

const snapshot = testSnapshot();
const totalsOf = (id: string) => snapshot.totals.get(id) ?? new Map<number, number>();

describe('indexValues', () => {
  it('Malmö 2024 (812994.97 t): 65.93 on 1990, 71.99 on 2015, 116.31 on 2020', () => {
    // 812994.97 / 1233101.27 × 100 = 65.9309 ; / 1129270.35 × 100 = 71.9220 ; / 698966.49 × 100 = 116.3137
    expect(indexValues(812994.97, totalsOf('malmo'))).toEqual({ 1990: 65.93, 2015: 71.99, 2020: 116.31 });
  });

  it('every city’s 2015 figure is 100 on base 2015 (and 1990 is 100 on base 1990)', () => {
    for (const city of snapshot.cities) {
      const totals = totalsOf(city.id);
      expect(indexValues(totals.get(2015) ?? NaN, totals)[2015], city.id).toBe(100);
      expect(indexValues(totals.get(1990) ?? NaN, totals)[1990], city.id).toBe(100);
    }
  });

  it('is null for a base year that is not reported or is zero', () => {
    expect(
      indexValues(
        50,
        new Map([
          [2015, 100],
          [2020, 0],
        ]),
      ),
    ).toEqual({ 1990: null, 2015: 50, 2020: null });
  });
});

describe('measuredPoints', () => {
  it('Malmö 2024: 365644 persons, 2.2235 t/person (812994.97 / 365644 = 2.22346)', () => {
    const points = measuredPoints(totalsOf('malmo'), snapshot.population.get('malmo'));
    expect(points.map((p) => p.year)).toEqual([1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024]);
    expect(emissionPointSchema.parse(points.at(-1))).toEqual({
      year: 2024,
      tonnesCo2e: 812994.97,
      persons: 365644,
      tonnesPerCapita: 2.2235,
      index: { 1990: 65.93, 2015: 71.99, 2020: 116.31 },
    });
  });

  it('Lund 2024: 131590 persons, 1.5943 t/person (209790.69 / 131590 = 1.59427)', () => {
    const point = measuredPoints(totalsOf('lund'), snapshot.population.get('lund')).at(-1);
    expect(point).toMatchObject({ year: 2024, persons: 131590, tonnesPerCapita: 1.5943 });
  });

  it('without population, persons and tonnesPerCapita are null', () => {
    expect(measuredPoints(new Map([[2015, 10]]), undefined)).toEqual([
      {
        year: 2015,
        tonnesCo2e: 10,
        persons: null,
        tonnesPerCapita: null,
        index: { 1990: null, 2015: 100, 2020: null },
      },
    ]);
  });
});

describe('pathPoints', () => {
  it('gives one point per year, tonnes rounded to 2 decimals and the index from the unrounded value', () => {
    const points = pathPoints(2015, 2017, (year) => 100 / 3 + (year - 2015), new Map([[2015, 100]]));
    expect(points.map((p) => pathPointSchema.parse(p))).toEqual([
      { year: 2015, tonnesCo2e: 33.33, index: { 1990: null, 2015: 33.33, 2020: null } },
      { year: 2016, tonnesCo2e: 34.33, index: { 1990: null, 2015: 34.33, 2020: null } },
      { year: 2017, tonnesCo2e: 35.33, index: { 1990: null, 2015: 35.33, 2020: null } },
    ]);
    expect(pathPoints(2020, 2019, () => 1, new Map())).toEqual([]);
  });
});
