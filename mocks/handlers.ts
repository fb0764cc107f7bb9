/**
 * MSW handlers answering the read API from recorded fixtures. They select from the
 * recording (which city, which years) but compute nothing the server computes.
 */
import { http, HttpResponse } from 'msw';
import type { Problem } from '../contract/index.ts';
import { adminHandlers } from './admin-handlers.ts';
import { fixtures } from './fixtures.ts';

export function problem(status: number, detail: string, parameter?: string) {
  const body: Problem = {
    type: `/api/v1/problems/${status}`,
    title: status === 404 ? 'Not found' : 'Invalid request',
    status,
    detail,
    ...(parameter ? { parameter } : {}),
  };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

export const handlers = [
  http.get('*/api/v1/health', () =>
    HttpResponse.json({
      status: 'ok',
      release: fixtures.cities.release.id,
      cities: fixtures.cities.cities.length,
      version: 'mock',
      writable: true,
    }),
  ),
  http.get('*/api/v1/cities', () => HttpResponse.json(fixtures.cities)),
  http.get('*/api/v1/cities/:id/peers', ({ params }) => {
    const peers = fixtures.peers[String(params.id)];
    return peers ? HttpResponse.json(peers) : problem(404, `No city with id '${String(params.id)}'.`, 'id');
  }),
  http.get('*/api/v1/sectors/changes', () => HttpResponse.json(fixtures.sectorChanges)),
  http.get('*/api/v1/cities/:id', ({ params }) => {
    const detail = fixtures.cityDetails[String(params.id)];
    return detail ? HttpResponse.json(detail) : problem(404, `No city with id '${String(params.id)}'.`, 'id');
  }),
  http.get('*/api/v1/emissions', ({ request }) => {
    const url = new URL(request.url);
    const ids = url.searchParams.get('cities')?.split(',');
    const from = Number(url.searchParams.get('from') ?? fixtures.emissions.from);
    const to = Number(url.searchParams.get('to') ?? fixtures.emissions.to);
    const withSectors = url.searchParams.get('sectors') === 'true';
    const unknown = ids?.filter((id) => !fixtures.emissions.series.some((s) => s.cityId === id)) ?? [];
    if (unknown.length) return problem(404, `Unknown city id: ${unknown.join(', ')}.`, 'cities');
    const series = fixtures.emissions.series
      .filter((s) => !ids || ids.includes(s.cityId))
      .map((s) => ({
        ...s,
        points: s.points
          .filter((p) => p.year >= from && p.year <= to)
          .map(({ sectors, ...point }) => (withSectors ? { ...point, sectors } : point)),
        paths: {
          trend: s.paths.trend.filter((p) => p.year >= from && p.year <= to),
          target: s.paths.target?.filter((p) => p.year >= from && p.year <= to) ?? null,
          reference: s.paths.reference.filter((p) => p.year >= from && p.year <= to),
        },
      }));
    return HttpResponse.json({ ...fixtures.emissions, from, to, series });
  }),
  http.get('*/api/v1/sectors', () => HttpResponse.json(fixtures.sectors)),
  http.get('*/api/v1/contracts', () => HttpResponse.json(fixtures.contracts)),
  http.get('*/api/v1/geo/lan', () => HttpResponse.json(fixtures.geo)),
  http.get('*/api/v1/standings', ({ request }) => {
    const measure = new URL(request.url).searchParams.get('measure') ?? 'changeSince2015Percent';
    const answer = fixtures.standings[measure as keyof typeof fixtures.standings];
    return answer
      ? HttpResponse.json(answer)
      : problem(400, `Invalid parameter 'measure' (got '${measure}').`, 'measure');
  }),
  ...adminHandlers,
];
