import { emissionsResponseSchema } from '../../contract/emissions.ts';
import { peersResponseSchema, sectorChangesResponseSchema } from '../../contract/peers.ts';
import { round } from '../domain/change.ts';
import { createTestApp, expectProblem, getJson } from '../test-helpers.ts';

const app = createTestApp();

describe('GET /api/v1/cities/:id/peers', () => {
  it('names Malmö’s peers with distances, features and the method, and the dominant sectors with cutters', async () => {
    const result = await getJson(app, '/api/v1/cities/malmo/peers');
    expect(result.status).toBe(200);
    expect(result.headers.get('etag')).toBeTruthy();
    const body = peersResponseSchema.parse(result.body);
    expect(body.city).toMatchObject({
      id: 'malmo',
      name: 'Malmö',
      features: { year: 2024, persons: 365644, tonnesPerCapita: 2.2235 },
    });
    expect(body.peers.map((p) => [p.cityId, p.distance])).toEqual([
      ['uppsala', 0.839],
      ['umea', 1.432],
      ['helsingborg', 1.44],
    ]);
    expect(body.weights).toEqual({ sectorShares: 1, perCapita: 1, population: 1 });
    expect(body.methods.similarity.en).toContain('√(1 · sector shares² + 1 · per person² + 1 · population²)');
    expect(body.dominantSectors.map((d) => d.sectorId)).toEqual(['transport', 'electricity-heating']);
    expect(body.dominantSectors[0]?.cutters[0]).toMatchObject({
      cityId: 'enkoping',
      change: { changeTonnes: -8075.42, changePercent: -5.61, changeTonnesPerCapita: -0.6401 },
    });
  });

  it('answers 404 problem+json for an unknown city and 400 for an unknown parameter', async () => {
    expectProblem(await getJson(app, '/api/v1/cities/atlantis/peers'), 404, 'id');
    expectProblem(await getJson(app, '/api/v1/cities/Malmo!/peers'), 404, 'id');
    expectProblem(await getJson(app, '/api/v1/cities/malmo/peers?count=5'), 400, 'count');
    expectProblem(await getJson(app, '/api/v1/cities/malmo/peers?release=nope'), 404, 'release');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await getJson(app, '/api/v1/cities/lund/peers');
    const again = await app.request('/api/v1/cities/lund/peers', {
      headers: { 'If-None-Match': first.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/v1/sectors/changes', () => {
  it('is every city × sector change 2015→2024, equal to the differences of GET /api/v1/emissions?sectors=true', async () => {
    const result = await getJson(app, '/api/v1/sectors/changes');
    expect(result.status).toBe(200);
    const body = sectorChangesResponseSchema.parse(result.body);
    expect(body).toMatchObject({ fromYear: 2015, toYear: 2024, release: { id: 'smhi-thru2024' } });
    expect(body.cities).toHaveLength(23);
    expect(body.sectors).toHaveLength(9);
    const emissions = emissionsResponseSchema.parse((await getJson(app, '/api/v1/emissions?sectors=true')).body);
    let checked = 0;
    for (const series of emissions.series) {
      const row = body.cities.find((c) => c.cityId === series.cityId);
      const p2015 = series.points.find((p) => p.year === 2015);
      const p2024 = series.points.find((p) => p.year === 2024);
      if (!row || !p2015 || !p2024) throw new Error(`missing ${series.cityId}`);
      expect(row.total?.changeTonnes).toBe(round(p2024.tonnesCo2e - p2015.tonnesCo2e, 2));
      for (const sector of body.sectors) {
        const from = p2015.sectors?.[sector.id] ?? NaN;
        const to = p2024.sectors?.[sector.id] ?? NaN;
        const change = row.sectors[sector.id];
        expect(change?.changeTonnes, `${series.cityId} ${sector.id}`).toBe(round(to - from, 2));
        expect(change?.changePercent).toBe(from === 0 ? null : round(((to - from) / from) * 100, 2));
        const perCapita = to / (p2024.persons ?? NaN) - from / (p2015.persons ?? NaN);
        expect(change?.changeTonnesPerCapita).toBe(round(perCapita, 4));
        checked++;
      }
    }
    expect(checked).toBe(23 * 9);
  });

  it('gives no percent where a sector had 0 t in 2015, and rejects parameters it does not take', async () => {
    const body = sectorChangesResponseSchema.parse((await getJson(app, '/api/v1/sectors/changes')).body);
    expect(body.cities.find((c) => c.cityId === 'nacka')?.sectors['electricity-heating']?.changePercent).toBeNull();
    expectProblem(await getJson(app, '/api/v1/sectors/changes?unit=percent'), 400, 'unit');
    expectProblem(await getJson(app, '/api/v1/sectors/changes?release=a&release=b'), 400, 'release');
  });
});
