import { Hono } from 'hono';
import {
  citiesQuerySchema,
  cityParamsSchema,
  type CitiesResponse,
  type CityDetailResponse,
} from '../../contract/index.ts';
import { citySummary, programmeSummary } from '../domain/cities.ts';
import { METHODS } from '../domain/methods.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';

function populationSource(sources: Map<string, CitiesResponse['populationSource']>) {
  const source = [...sources.values()].find((s) => s.id.startsWith('scb-be0101')) ?? [...sources.values()][0];
  if (!source) throw new Error('the database has no sources');
  return {
    ...source,
    id: 'scb-population',
    title: {
      sv: 'SCB: Folkmängd 31 december per kommun',
      en: 'Statistics Sweden (SCB): Population on 31 December by municipality',
    },
  };
}

export function citiesRoutes(read: ReadModel) {
  const app = new Hono();

  app.get('/', (c) => {
    const query = parseQuery(c, citiesQuerySchema);
    const asOf = query.asOf ?? read.today();
    return read.respond(
      c,
      `cities|${asOf}`,
      (snapshot): CitiesResponse => {
        const cities = snapshot.cities.map((city) => citySummary(snapshot, city, asOf));
        return {
          asOf,
          release: snapshot.release,
          populationSource: populationSource(snapshot.sources),
          methods: METHODS,
          summary: programmeSummary(snapshot, cities, asOf),
          cities,
        };
      },
      query.release,
    );
  });

  app.get('/:id', (c) => {
    const query = parseQuery(c, citiesQuerySchema);
    const params = cityParamsSchema.safeParse({ id: c.req.param('id') });
    const id = c.req.param('id');
    const shownId = id.length > 64 ? `${id.slice(0, 64)}…` : id;
    if (!params.success || !read.current(query.release).cityById.has(params.data.id)) {
      throw new HttpProblem(404, `No city with id '${shownId}'. GET /api/v1/cities lists the ids.`, {
        type: '/api/v1/problems/unknown-city',
        title: 'Unknown city',
        parameter: 'id',
      });
    }
    const asOf = query.asOf ?? read.today();
    return read.respond(
      c,
      `city|${params.data.id}|${asOf}`,
      (snapshot): CityDetailResponse => {
        const city = snapshot.cityById.get(params.data.id);
        if (!city) throw new Error('city vanished between check and build');
        const population = [...(snapshot.population.get(city.id) ?? [])].map(([year, v]) => ({ year, ...v }));
        const contractHistory = snapshot.signings.filter((s) => s.cityId === city.id);
        const usedSources = new Set(contractHistory.flatMap((s) => s.sourceIds));
        return {
          asOf,
          release: snapshot.release,
          city: { ...citySummary(snapshot, city, asOf), location: city.location },
          methods: METHODS,
          population,
          targets: snapshot.targets.get(city.id) ?? [],
          contractHistory,
          contractSources: snapshot.contractSources.filter((s) => usedSources.has(s.id)),
        };
      },
      query.release,
    );
  });

  return app;
}
