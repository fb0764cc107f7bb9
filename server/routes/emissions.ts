import { Hono } from 'hono';
import { emissionsQuerySchema, MIN_YEAR, type EmissionsResponse } from '../../contract/index.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';

export function emissionsRoutes(read: ReadModel) {
  const app = new Hono();
  app.get('/', (c) => {
    const query = parseQuery(c, emissionsQuerySchema);
    const snapshot = read.current();
    const ids = query.cities ? [...new Set(query.cities)] : snapshot.cities.map((city) => city.id);
    const unknown = ids.filter((id) => !snapshot.cityById.has(id));
    if (unknown.length > 0) {
      throw new HttpProblem(404, `Unknown city id${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 10).join(', ')}. GET /api/v1/cities lists the ids.`, {
        type: '/api/v1/problems/unknown-city',
        title: 'Unknown city',
        parameter: 'cities',
      });
    }
    const from = query.from ?? MIN_YEAR;
    const to = query.to ?? snapshot.release.dataThroughYear;
    const withSectors = query.sectors ?? false;
    return read.respond(c, `emissions|${ids.join(',')}|${from}|${to}|${withSectors}`, (s): EmissionsResponse => ({
      release: s.release,
      unit: 't CO2e',
      from,
      to,
      series: ids.map((id) => {
        const city = s.cityById.get(id);
        const totals = s.totals.get(id) ?? new Map<number, number>();
        const sectors = s.sectorValues.get(id);
        const points = [...totals]
          .filter(([year]) => year >= from && year <= to)
          .map(([year, tonnesCo2e]) => (withSectors ? { year, tonnesCo2e, sectors: sectors?.get(year) ?? {} } : { year, tonnesCo2e }));
        return { cityId: id, cityName: city?.name ?? id, releaseId: s.release.id, points };
      }),
    }));
  });
  return app;
}
