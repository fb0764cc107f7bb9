/**
 * MSW handlers answering the read API from recorded fixtures. They select from the
 * recording (which city, which years) but compute nothing the server computes.
 */
import { http, HttpResponse } from 'msw';
import {
  emissionsQuerySchema,
  invalidParameterProblem,
  parseQueryParams,
  selectCities,
  selectEmissions,
  unknownCityProblem,
} from '../contract/index.ts';
import { adminHandlers } from './admin-handlers.ts';
import { fixtures } from './fixtures.ts';
import { problemAnswer } from './problem-answer.ts';

/** A problem+json answer for tests that override a handler. */
export function problem(status: number, detail: string, parameter?: string) {
  return problemAnswer({ status, detail, options: { parameter } });
}

/** The server's 404 for a city id no city has. */
function unknownCity(request: Request, id: string) {
  return problemAnswer(unknownCityProblem(id), new URL(request.url).pathname);
}

/** GET /emissions: the recording (every city, 1990–2050, with sectors) selected as the server selects (contract/clip.ts). */
function emissions(request: Request) {
  const { pathname, searchParams } = new URL(request.url);
  const query = parseQueryParams(emissionsQuerySchema, Object.fromEntries(searchParams));
  if (query.problem) return problemAnswer(query.problem, pathname);
  const known = fixtures.emissions.series.map((s) => s.cityId);
  const selected = selectCities(
    query.data.cities,
    known,
    fixtures.cities.cities.map((c) => c.id),
  );
  if (selected.problem) return problemAnswer(selected.problem, pathname);
  return HttpResponse.json(selectEmissions(fixtures.emissions, { ...query.data, ids: selected.ids }));
}

export const handlers = [
  http.get('*/api/v1/health', () =>
    HttpResponse.json({
      status: 'ok',
      release: fixtures.cities.release.id,
      cities: fixtures.citiesAll.cities.length,
      members: fixtures.cities.cities.length,
      version: 'mock',
      writable: true,
    }),
  ),
  http.get('*/api/v1/cities', ({ request }) =>
    HttpResponse.json(new URL(request.url).searchParams.get('scope') === 'all' ? fixtures.citiesAll : fixtures.cities),
  ),
  http.get('*/api/v1/municipalities', () => HttpResponse.json(fixtures.municipalities)),
  http.get('*/api/v1/programme/comparison', () => HttpResponse.json(fixtures.programmeComparison)),
  http.get('*/api/v1/cities/:id/peers', ({ request, params }) => {
    const peers = fixtures.peers[String(params.id)];
    return peers ? HttpResponse.json(peers) : unknownCity(request, String(params.id));
  }),
  http.get('*/api/v1/sectors/changes', () => HttpResponse.json(fixtures.sectorChanges)),
  http.get('*/api/v1/cities/:id', ({ request, params }) => {
    const detail = fixtures.cityDetails[String(params.id)];
    return detail ? HttpResponse.json(detail) : unknownCity(request, String(params.id));
  }),
  http.get('*/api/v1/emissions', ({ request }) => emissions(request)),
  http.get('*/api/v1/sectors', () => HttpResponse.json(fixtures.sectors)),
  http.get('*/api/v1/contracts', () => HttpResponse.json(fixtures.contracts)),
  http.get('*/api/v1/geo/lan', () => HttpResponse.json(fixtures.geo)),
  http.get('*/api/v1/standings', ({ request }) => {
    const measure = new URL(request.url).searchParams.get('measure') ?? 'changeSince2015Percent';
    const answer = fixtures.standings[measure as keyof typeof fixtures.standings];
    return answer
      ? HttpResponse.json(answer)
      : problemAnswer(invalidParameterProblem(`Invalid parameter 'measure' (got '${measure}').`, 'measure'));
  }),
  ...adminHandlers,
];
