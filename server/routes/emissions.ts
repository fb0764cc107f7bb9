import { Hono } from 'hono';
import { emissionsQuerySchema, MIN_YEAR, type EmissionsResponse, type PathPoint } from '../../contract/index.ts';
import { computationOf, PATH_END_YEAR } from '../domain/assessment.ts';
import { METHODS } from '../domain/methods.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';

/** Default `to`: the end of the computed paths, so they are included; measured points end at the latest reported year anyway. */
export const DEFAULT_TO_YEAR = PATH_END_YEAR;

export function emissionsRoutes(read: ReadModel) {
  const app = new Hono();
  app.get('/', (c) => {
    const query = parseQuery(c, emissionsQuerySchema);
    const snapshot = read.current(query.release);
    const ids = query.cities ? [...new Set(query.cities)] : snapshot.cities.map((city) => city.id);
    const unknown = ids.filter((id) => !snapshot.cityById.has(id));
    if (unknown.length > 0) {
      throw new HttpProblem(
        404,
        `Unknown city id${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 10).join(', ')}. GET /api/v1/cities lists the ids.`,
        {
          type: '/api/v1/problems/unknown-city',
          title: 'Unknown city',
          parameter: 'cities',
        },
      );
    }
    const from = query.from ?? MIN_YEAR;
    const to = query.to ?? DEFAULT_TO_YEAR;
    const withSectors = query.sectors ?? false;
    const inRange = (point: { year: number }) => point.year >= from && point.year <= to;
    const clip = (path: PathPoint[]) => path.filter(inRange);
    return read.respond(
      c,
      `emissions|${ids.join(',')}|${from}|${to}|${withSectors}`,
      (s): EmissionsResponse => ({
        release: s.release,
        unit: 't CO2e',
        from,
        to,
        methods: METHODS,
        series: ids.map((id) => {
          const city = s.cityById.get(id);
          const { points, paths } = computationOf(s, id);
          const sectors = s.sectorValues.get(id);
          return {
            cityId: id,
            cityName: city?.name ?? id,
            releaseId: s.release.id,
            points: points
              .filter(inRange)
              .map((point) => (withSectors ? { ...point, sectors: sectors?.get(point.year) ?? {} } : point)),
            paths: {
              trend: clip(paths.trend),
              target: paths.target && clip(paths.target),
              reference: clip(paths.reference),
            },
          };
        }),
      }),
      query.release,
    );
  });
  return app;
}
