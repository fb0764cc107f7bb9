/**
 * How a `GET /api/v1/emissions` request selects from the emissions series: which cities (in
 * the order asked, each once; an unknown id is a 404), which years (`from`–`to`, bounds
 * included) and whether points carry their sectors. The server applies it to the series it
 * computes; the static copy (src/api/static-api.ts) and the MSW mocks apply it to one recorded
 * answer with every city and year, which gives the server's answer for the same request.
 * Pure: no I/O, no framework.
 */
import type { EmissionPoint, EmissionSeries, EmissionsQuery, EmissionsResponse } from './emissions.ts';
import { unknownCitiesProblem, type ProblemInit } from './problem.ts';

/** A year range, both ends included. */
export interface YearRange {
  from: number;
  to: number;
}

/** The query's `from` and `to`, each defaulting to the given range's. */
export function yearRange(query: Pick<EmissionsQuery, 'from' | 'to'>, defaults: YearRange): YearRange {
  return { from: query.from ?? defaults.from, to: query.to ?? defaults.to };
}

/** Whether a point's year is in the range. */
export function inYearRange({ from, to }: YearRange): (point: { year: number }) => boolean {
  return (point) => point.year >= from && point.year <= to;
}

/** The series with only the points and path points whose year is in the range; a null target path stays null. */
export function clipSeries(series: EmissionSeries, range: YearRange): EmissionSeries {
  const inRange = inYearRange(range);
  const { trend, target, reference } = series.paths;
  return {
    ...series,
    points: series.points.filter(inRange),
    paths: {
      trend: trend.filter(inRange),
      target: target && target.filter(inRange),
      reference: reference.filter(inRange),
    },
  };
}

/** The cities a request asks for, or the problem when one is unknown. */
export type CitySelection = { ids: string[]; problem?: undefined } | { ids?: undefined; problem: ProblemInit };

/** `cities=` without repeats, in the order asked, each known; without it, `byDefault` (the programme's members). */
export function selectCities(
  requested: readonly string[] | undefined,
  known: readonly string[],
  byDefault: readonly string[] = known,
): CitySelection {
  const ids = requested ? [...new Set(requested)] : [...byDefault];
  const knownIds = new Set(known);
  const unknown = ids.filter((id) => !knownIds.has(id));
  return unknown.length > 0 ? { problem: unknownCitiesProblem(unknown) } : { ids };
}

/** A point without its `sectors` member. */
export function withoutSectors({ sectors: _sectors, ...point }: EmissionPoint): EmissionPoint {
  return point;
}

/** What an answer is selected by: the cities (already checked) and the query's years and sectors. */
export interface EmissionsSelection extends Pick<EmissionsQuery, 'from' | 'to' | 'sectors'> {
  ids: readonly string[];
}

/**
 * The answer to a request, selected from a recorded answer that holds every city over its
 * whole range: the series of `ids` in that order (an id the recording lacks is skipped), clipped
 * to the query's years (default: the recording's), with sectors only when `sectors` is true.
 */
export function selectEmissions(all: EmissionsResponse, selection: EmissionsSelection): EmissionsResponse {
  const range = yearRange(selection, all);
  const byId = new Map(all.series.map((s) => [s.cityId, s]));
  const series = selection.ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    const clipped = clipSeries(s, range);
    return [selection.sectors ? clipped : { ...clipped, points: clipped.points.map(withoutSectors) }];
  });
  return { ...all, ...range, series };
}
