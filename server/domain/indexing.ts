/**
 * Index values and per-year points. Formulas:
 * - index on base year B (B ∈ INDEX_BASE_YEARS = 1990, 2015, 2020):
 *   index_B = value / E_B × 100, rounded to 2 decimals, where E_B is the city's REPORTED
 *   total in B (SMHI, current release); null when B is not reported or E_B is 0. So the
 *   base year itself is 100 and 50 means half the base year's emissions. Measured points
 *   and computed path points use the same reported E_B.
 * - per capita: tonnes / SCB population on 31 December of the same year, 4 decimals
 *   (see change.ts); null when SCB has no figure for the year.
 * Path tonnes are rounded to 2 decimals for output; their index is computed before rounding.
 */
import { INDEX_BASE_YEARS, type EmissionPoint, type IndexValues, type PathPoint } from '../../contract/index.ts';
import { perCapita, round } from './change.ts';

export type Totals = ReadonlyMap<number, number>;
export type Population = ReadonlyMap<number, { persons: number }> | undefined;

export function indexValues(value: number, totals: Totals): IndexValues {
  const index = {} as IndexValues;
  for (const base of INDEX_BASE_YEARS) {
    const baseValue = totals.get(base);
    index[base] = baseValue === undefined || baseValue === 0 ? null : round((value / baseValue) * 100, 2);
  }
  return index;
}

/** The reported years as points with population, per-capita figure and index, ascending by year. */
export function measuredPoints(totals: Totals, population: Population): EmissionPoint[] {
  return [...totals]
    .sort((a, b) => a[0] - b[0])
    .map(([year, tonnesCo2e]) => {
      const persons = population?.get(year)?.persons;
      return {
        year,
        tonnesCo2e,
        persons: persons ?? null,
        tonnesPerCapita: perCapita(tonnesCo2e, persons),
        index: indexValues(tonnesCo2e, totals),
      };
    });
}

/** One path point per year from `from` to `to` (inclusive) of `valueAt(year)`. */
export function pathPoints(from: number, to: number, valueAt: (year: number) => number, totals: Totals): PathPoint[] {
  const points: PathPoint[] = [];
  for (let year = from; year <= to; year++) {
    const value = valueAt(year);
    points.push({ year, tonnesCo2e: round(value, 2), index: indexValues(value, totals) });
  }
  return points;
}
