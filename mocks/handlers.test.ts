/**
 * The MSW read handlers select from the recording as the server selects (contract/clip.ts) and
 * answer errors with the server's problem documents (contract/problem.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmissionsResponse, Problem } from '../contract/index.ts';
import { problem } from './handlers.ts';
import { server } from './node.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function get(query: string) {
  const response = await fetch(`http://mock.test/api/v1/emissions${query}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as unknown,
  };
}

describe('GET /emissions (mock)', () => {
  it('gives the cities asked for in that order, each once, over the years asked for, without sectors', async () => {
    const { status, body } = await get('?cities=lund,malmo,lund&from=2015&to=2030');
    const answer = body as EmissionsResponse;
    expect(status).toBe(200);
    expect([answer.from, answer.to]).toEqual([2015, 2030]);
    expect(answer.series.map((s) => s.cityId)).toEqual(['lund', 'malmo']);
    for (const s of answer.series) {
      expect(s.points.every((p) => p.year >= 2015 && p.year <= 2030 && p.sectors === undefined)).toBe(true);
      expect(s.paths.trend.every((p) => p.year >= 2015 && p.year <= 2030)).toBe(true);
    }
  });

  it('keeps the sectors with sectors=true', async () => {
    const answer = (await get('?cities=malmo&sectors=true')).body as EmissionsResponse;
    expect(answer.series[0]?.points[0]?.sectors).toBeDefined();
  });

  it('is a 404 unknown-city for an unknown id and a 400 naming a bad parameter', async () => {
    const unknown = await get('?cities=malmo,atlantis');
    expect(unknown.status).toBe(404);
    expect(unknown.type).toBe('application/problem+json');
    expect(unknown.body).toEqual({
      type: '/api/v1/problems/unknown-city',
      title: 'Unknown city',
      status: 404,
      detail: 'Unknown city id: atlantis. GET /api/v1/cities lists the ids.',
      instance: '/api/v1/emissions',
      parameter: 'cities',
    });
    const invalid = await get('?from=2030&to=2020');
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ type: '/api/v1/problems/invalid-parameter', parameter: 'from' });
  });
});

describe('problem()', () => {
  it("answers with the server's title for the status", async () => {
    const body = (await problem(503, 'Busy.').json()) as Problem;
    expect(body).toEqual({ type: '/api/v1/problems/503', title: 'Service unavailable', status: 503, detail: 'Busy.' });
  });
});
