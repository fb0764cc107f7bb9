/** GET /api/v1/emissions: the series of the asked cities, clipped to from–to as contract/clip.ts says. */
import { Hono } from 'hono';
import {
  clipSeries,
  emissionsQuerySchema,
  MIN_YEAR,
  selectCities,
  yearRange,
  type EmissionSeries,
  type EmissionsResponse,
} from '../../contract/index.ts';
import type { Snapshot } from '../domain/snapshot.ts';
import { computationOf, PATH_END_YEAR } from '../domain/assessment.ts';
import { METHODS } from '../domain/methods.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';

/** Default `to`: the end of the computed paths, so they are included; measured points end at the latest reported year anyway. */
export const DEFAULT_TO_YEAR = PATH_END_YEAR;

/** A city's whole series: every reported year (with its sectors when asked) and the full paths. */
function fullSeries(s: Snapshot, id: string, withSectors: boolean): EmissionSeries {
  const { points, paths } = computationOf(s, id);
  const sectors = s.sectorValues.get(id);
  return {
    cityId: id,
    cityName: s.cityById.get(id)?.name ?? id,
    releaseId: s.release.id,
    points: withSectors ? points.map((point) => ({ ...point, sectors: sectors?.get(point.year) ?? {} })) : points,
    paths,
  };
}

export function emissionsRoutes(read: ReadModel) {
  const app = new Hono();
  app.get('/', (c) => {
    const query = parseQuery(c, emissionsQuerySchema);
    const snapshot = read.current(query.release);
    const selected = selectCities(
      query.cities,
      snapshot.cities.map((city) => city.id),
      snapshot.members.map((city) => city.id),
    );
    if (selected.problem) throw HttpProblem.from(selected.problem);
    const { ids } = selected;
    const { from, to } = yearRange(query, { from: MIN_YEAR, to: DEFAULT_TO_YEAR });
    const withSectors = query.sectors ?? false;
    return read.respond(
      c,
      `emissions|${ids.join(',')}|${from}|${to}|${withSectors}`,
      (s): EmissionsResponse => ({
        release: s.release,
        unit: 't CO2e',
        from,
        to,
        methods: METHODS,
        series: ids.map((id) => clipSeries(fullSeries(s, id, withSectors), { from, to })),
      }),
      query.release,
    );
  });
  return app;
}
