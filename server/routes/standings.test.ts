import { RANK_MEASURES, standingsResponseSchema, TARGET_STANDINGS } from '../../contract/index.ts';
import { createTestApp, expectProblem, getJson } from '../test-helpers.ts';

const app = createTestApp();

describe('GET /api/v1/standings', () => {
  it('ranks all 23 on change since 2015 by default, best first, matching each city’s own ranks', async () => {
    const result = await getJson(app, '/api/v1/standings');
    expect(result.status).toBe(200);
    expect(result.headers.get('etag')).toBeTruthy();
    const body = standingsResponseSchema.parse(result.body);
    expect(body.measure).toBe('changeSince2015Percent');
    expect(body.entries).toHaveLength(23);
    const ranks = body.entries.map((e) => e.rank ?? Infinity);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const values = body.entries.map((e) => e.value ?? Infinity);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    // Stockholm cut the most since 2015: 1 021 234.48 t in 2024 against its 2015 figure.
    expect(body.entries[0]?.cityId).toBe('stockholm');
    const city = await getJson(app, '/api/v1/cities/malmo');
    const malmo = body.entries.find((e) => e.cityId === 'malmo');
    const detail = city.body as {
      city: { changeSince2015Percent: number; assessment: { ranks: Record<string, { rank: number; of: number }> } };
    };
    expect(malmo).toMatchObject({
      value: detail.city.changeSince2015Percent,
      ...detail.city.assessment.ranks.changeSince2015Percent,
    });
  });

  it('answers every rank measure, Järfälla lowest on total emissions (90 243.24 t in 2024)', async () => {
    for (const measure of RANK_MEASURES) {
      const body = standingsResponseSchema.parse((await getJson(app, `/api/v1/standings?measure=${measure}`)).body);
      expect(body.measure).toBe(measure);
      expect(body.entries.every((e) => e.of === 23)).toBe(true);
    }
    const total = standingsResponseSchema.parse((await getJson(app, '/api/v1/standings?measure=tonnesCo2e')).body);
    expect(total.entries[0]).toMatchObject({ cityId: 'jarfalla', value: 90243.24, rank: 1, of: 23 });
    expect(total.entries[22]?.cityId).toBe('goteborg');
  });

  it('rejects an unknown measure or parameter with problem+json', async () => {
    expectProblem(await getJson(app, '/api/v1/standings?measure=happiness'), 400, 'measure');
    expectProblem(await getJson(app, '/api/v1/standings?sort=asc'), 400, 'sort');
  });

  it('ranks the cities against their own targets, every member listed with its standing', async () => {
    const body = standingsResponseSchema.parse((await getJson(app, '/api/v1/standings?measure=targetGapPercent')).body);
    const cities = (await getJson(app, '/api/v1/cities')).body as {
      cities: { id: string; assessment: { targetStanding: string } }[];
      summary: { targetStandings: Record<string, number> };
    };
    expect(body.entries).toHaveLength(cities.cities.length);
    for (const entry of body.entries) {
      // The same standing as the city's own assessment, computed once on the server.
      expect(entry.targetStanding).toBe(cities.cities.find((c) => c.id === entry.cityId)?.assessment.targetStanding);
      // Ranked exactly when the trend can be held against a numeric target; the sign says which side of it.
      const judged = entry.targetStanding === 'on-track' || entry.targetStanding === 'off-track';
      expect(entry.rank !== null, entry.cityId).toBe(judged);
      if (entry.value !== null) expect(entry.value <= 0, entry.cityId).toBe(entry.targetStanding === 'on-track');
    }
    const counts = Object.fromEntries(TARGET_STANDINGS.map((s) => [s, 0]));
    for (const entry of body.entries) counts[entry.targetStanding] = (counts[entry.targetStanding] ?? 0) + 1;
    expect(counts).toEqual(cities.summary.targetStandings);
    // Ranked first, by the gap; then the others grouped in the order of the states.
    const order = body.entries.map((e) =>
      e.rank === null ? 100 + TARGET_STANDINGS.indexOf(e.targetStanding) : e.rank,
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(body.method.en).toMatch(/^Gap to own target/);
  });
});
