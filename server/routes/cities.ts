import { Hono } from 'hono';
import {
  citiesQuerySchema,
  cityParamsSchema,
  cityQuerySchema,
  type CitiesResponse,
  type CityDetailResponse,
  type Scope,
} from '../../contract/index.ts';
import { citySummary, programmeSummary } from '../domain/cities.ts';
import { METHODS } from '../domain/methods.ts';
import { membersOn } from '../domain/roster.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import type { ReadModel } from '../read-model.ts';
import type { CityRecord, Snapshot } from '../domain/snapshot.ts';

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

/** The city's twin partners, both ways: the programme city a twin is paired with, the twins paired with a city. */
function partnersOf(snapshot: Snapshot, cityId: string): { id: string; name: string }[] {
  const ids = snapshot.memberships.flatMap((m) =>
    m.cityId === cityId && m.partnerId ? [m.partnerId] : m.partnerId === cityId ? [m.cityId] : [],
  );
  return [...new Set(ids)].map((id) => ({ id, name: snapshot.cityById.get(id)?.name ?? id }));
}

/** The programme's members on `asOf` (or every municipality), with the programme's summary. */
function citiesList(snapshot: Snapshot, asOf: string, scope: Scope): CitiesResponse {
  const members = membersOn(snapshot, asOf).map((city) => citySummary(snapshot, city, asOf));
  const cities = scope === 'all' ? snapshot.cities.map((city) => citySummary(snapshot, city, asOf)) : members;
  return {
    asOf,
    scope,
    cohorts: snapshot.cohorts,
    release: snapshot.release,
    populationSource: populationSource(snapshot.sources),
    methods: METHODS,
    summary: programmeSummary(snapshot, members, asOf),
    cities,
  };
}

function cityDetail(snapshot: Snapshot, city: CityRecord, asOf: string): CityDetailResponse {
  const population = [...(snapshot.population.get(city.id) ?? [])].map(([year, v]) => ({ year, ...v }));
  const contractHistory = snapshot.signings.filter((s) => s.cityId === city.id);
  const usedSources = new Set(contractHistory.flatMap((s) => s.sourceIds));
  return {
    asOf,
    release: snapshot.release,
    city: { ...citySummary(snapshot, city, asOf), location: city.location },
    methods: METHODS,
    cohorts: snapshot.cohorts,
    partners: partnersOf(snapshot, city.id),
    population,
    targets: snapshot.targets.get(city.id) ?? [],
    contractHistory,
    contractSources: snapshot.contractSources.filter((s) => usedSources.has(s.id)),
  };
}

export function citiesRoutes(read: ReadModel) {
  const app = new Hono();

  app.get('/', (c) => {
    const query = parseQuery(c, citiesQuerySchema);
    const asOf = query.asOf ?? read.today();
    const scope = query.scope ?? 'programme';
    return read.respond(c, `cities|${asOf}|${scope}`, (snapshot) => citiesList(snapshot, asOf, scope), query.release);
  });

  app.get('/:id', (c) => {
    const query = parseQuery(c, cityQuerySchema);
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
        return cityDetail(snapshot, city, asOf);
      },
      query.release,
    );
  });

  return app;
}
