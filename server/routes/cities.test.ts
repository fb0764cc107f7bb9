/** GET /api/v1/cities and /api/v1/cities/:id against the real seeded in-memory SQLite. */
import { describe, expect, it } from 'vitest';
import {
  citiesResponseSchema,
  cityDetailResponseSchema,
  municipalitiesResponseSchema,
  type CitiesResponse,
} from '../../contract/index.ts';
import { createTestApp, expectProblem, getJson, testProgramme } from '../test-helpers.ts';

const app = createTestApp();

async function cities(query = ''): Promise<CitiesResponse> {
  const result = await getJson(app, `/api/v1/cities${query}`);
  expect(result.status, result.text).toBe(200);
  return citiesResponseSchema.parse(result.body);
}
async function city(id: string, query = '') {
  const result = await getJson(app, `/api/v1/cities/${id}${query}`);
  expect(result.status, result.text).toBe(200);
  return cityDetailResponseSchema.parse(result.body);
}

describe('GET /api/v1/cities', () => {
  it('lists the 23 cities, ordered by Swedish name, all signed today', async () => {
    const body = await cities();
    expect(body.asOf).toBe('2026-11-28');
    expect(body.cities).toHaveLength(23);
    expect(new Set(body.cities.map((c) => c.id)).size).toBe(23);
    const names = body.cities.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(names.at(-1)).toBe('Östersund');
    expect(body.summary.cityCount).toBe(23);
    expect(body.summary.signedCount).toBe(23);
    expect(body.summary.letterOfIntentCount).toBe(0);
  });

  it('names the release and the population source', async () => {
    const body = await cities();
    expect(body.release.id).toBe('smhi-thru2024');
    expect(body.release.dataThroughYear).toBe(2024);
    expect(body.release.years).toEqual([1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024]);
    expect(body.populationSource.id).toBe('scb-population');
  });

  it('?asOf=2021-10-31 gives 9 signed and 14 joined', async () => {
    const body = await cities('?asOf=2021-10-31');
    expect(body.asOf).toBe('2021-10-31');
    expect(body.summary.signedCount).toBe(9);
    expect(body.cities.filter((c) => c.contract.status === 'joined')).toHaveLength(14);
    expect(
      body.cities
        .filter((c) => c.memberships.some((m) => m.cohortId === 'wave-2'))
        .every((c) => c.contract.status === 'joined'),
    ).toBe(true);
  });

  it('?asOf=2021-12-08 gives 9 signed and 14 letters of intent', async () => {
    const body = await cities('?asOf=2021-12-08');
    expect(body.summary.signedCount).toBe(9);
    expect(body.summary.letterOfIntentCount).toBe(14);
  });

  it('?asOf=2022-12-31 gives 23 signed and signedByYear 9, 9, 23', async () => {
    const body = await cities('?asOf=2022-12-31');
    expect(body.summary.signedCount).toBe(23);
    expect(body.summary.signedByYear).toEqual([
      { year: 2020, count: 9, inferred: false },
      { year: 2021, count: 9, inferred: false },
      { year: 2022, count: 23, inferred: true },
    ]);
  });

  it('?asOf=2018-06-01 has nobody in the programme', async () => {
    const body = await cities('?asOf=2018-06-01');
    expect(body.summary.signedCount).toBe(0);
    expect(body.summary.signedByYear).toEqual([]);
    expect(body.cities.every((c) => c.contract.status === 'not-joined')).toBe(true);
  });

  it('Lund: −37.34 % since 1990 ((209790.69 − 334785.9) / 334785.9 × 100 = −37.3359…), latest 2024', async () => {
    const lund = (await cities()).cities.find((c) => c.id === 'lund');
    expect(lund).toMatchObject({
      name: 'Lund',
      inProgramme: true,
      changeSince1990Percent: -37.34,
      changeSince2015Percent: -11.56,
      latest: { year: 2024, tonnesCo2e: 209790.69, population: 131590, tonnesPerCapita: 1.5943 },
      contract: {
        status: 'signed',
        firstSignedOn: '2020-12-11',
        firstSignedDateCertainty: 'stated',
        latestVersionId: '2023',
      },
    });
  });

  it('Malmö: 2.2235 t per person in 2024 (812994.97 / 365644)', async () => {
    const malmo = (await cities()).cities.find((c) => c.id === 'malmo');
    expect(malmo?.latest).toEqual({ year: 2024, tonnesCo2e: 812994.97, population: 365644, tonnesPerCapita: 2.2235 });
  });

  it('the combined figure is the sum of the 23 cities: −37.38 % since 1990', async () => {
    const body = await cities();
    const sum = body.cities.reduce((total, c) => total + (c.latest?.tonnesCo2e ?? 0), 0);
    expect(body.summary.combined.latestYear).toBe(2024);
    expect(body.summary.combined.tonnesCo2e).toBeCloseTo(sum, 2);
    expect(body.summary.combined.changeSince1990Percent).toBe(-37.38);
  });

  it('carries the method texts and an assessment for every city', async () => {
    const body = await cities();
    expect(body.methods.trend.sv).toMatch(/2015/);
    expect(body.cities.every((c) => c.assessment.ranks.tonnesCo2e !== null)).toBe(true);
  });

  it('Malmö’s assessment: −3.59 %/yr since 2015, target −70 % on 1990 off track, reference on track', async () => {
    // ((812994.97 / 1129270.35)^(1/9) − 1) × 100 = −3.585 ; target 1233101.27 × 0.3 = 369930.38 t
    // trend (LAD slope −57580.7417 t/yr drawn from 812994.97 t in 2024): 2030 = 812994.97 − 6 × 57580.7417 = 467510.52 t
    // (−42.50 % on 2024) > 369930.38 → off track; reference: trend sum 5335951.70 ≤ budget 6193352.85 → on track.
    const malmo = (await cities()).cities.find((c) => c.id === 'malmo');
    expect(malmo?.assessment).toMatchObject({
      averageAnnualChangeSince2015Percent: -3.59,
      targetStatus: 'assessed',
      trend: {
        slopeTonnesPerYear: -57580.74,
        slopePercentPerYear: -7.08,
        projected2030Tonnes: 467510.52,
        projectedChange2030Percent: -42.5,
      },
      target: {
        targetId: 'malmo-1',
        baseYear: 1990,
        targetTonnes: 369930.38,
        projectedTonnes: 467510.52,
        status: 'off-track',
      },
      reference: { startYear: 2025, startTonnes: 755414.23, status: 'on-track' },
      ranks: { tonnesCo2e: { rank: 21, of: 23 }, tonnesPerCapita: { rank: 6, of: 23 } },
    });
  });

  it('Järfälla has the smallest 2024 total (90243.24 t): rank 1 of 23', async () => {
    const jarfalla = (await cities()).cities.find((c) => c.id === 'jarfalla');
    expect(jarfalla?.latest?.tonnesCo2e).toBe(90243.24);
    expect(jarfalla?.assessment.ranks.tonnesCo2e).toEqual({ rank: 1, of: 23 });
  });

  it('emission figures do not depend on asOf', async () => {
    const strip = (b: CitiesResponse) =>
      b.cities.map(({ contract: _contract, memberships: _memberships, ...rest }) => rest);
    expect(strip(await cities('?asOf=2021-10-31'))).toEqual(strip(await cities()));
  });
});

describe('GET /api/v1/cities: the roster', () => {
  it('lists the programme’s members on asOf: 9 before wave 2 joined (October 2021), 23 from 1 October 2021', async () => {
    const before = await cities('?asOf=2021-09-30');
    expect(before.cities.map((c) => c.id)).toEqual(testProgramme().wave1.toSorted((a, b) => a.localeCompare(b, 'sv')));
    expect(before.summary.cityCount).toBe(9);
    expect(before.summary.signedCount).toBe(9);
    const after = await cities('?asOf=2021-10-01');
    expect(after.cities).toHaveLength(23);
    expect(after.summary.cityCount).toBe(23);
    expect((await cities('?asOf=2018-12-31')).cities).toEqual([]);
  });

  it('scope=all lists every municipality, the members marked, while the summary stays the programme’s', async () => {
    const all = await cities('?scope=all');
    const members = await cities();
    expect(all.scope).toBe('all');
    expect(all.cities).toHaveLength(290);
    expect(all.cities.filter((c) => c.inProgramme).map((c) => c.id)).toEqual(members.cities.map((c) => c.id));
    expect(all.summary).toEqual(members.summary);
    const habo = all.cities.find((c) => c.id === 'habo');
    expect(habo).toMatchObject({
      name: 'Håbo',
      inProgramme: false,
      memberships: [],
      contract: { status: 'not-joined' },
    });
    // Outside the programme a municipality has its figures but no rank among the members.
    expect(habo?.latest?.tonnesCo2e).toBeGreaterThan(0);
    expect(habo?.assessment.ranks.tonnesCo2e).toBeNull();
  });

  it('gives each member its cohort, join date and its precision, and the EU Mission with its label', async () => {
    const body = await cities();
    expect(body.cohorts.map((c) => c.id)).toEqual(['wave-1', 'wave-2', 'pioneer-2024', 'twin-2024', 'eu-mission-2022']);
    const boras = body.cities.find((c) => c.id === 'boras');
    expect(boras?.memberships).toEqual([
      expect.objectContaining({
        programme: 'kns2030',
        cohortId: 'wave-2',
        joinedOn: '2021-10-01',
        joinedPrecision: 'month',
        leftOn: null,
        onAsOf: true,
      }),
    ]);
    const gavle = body.cities.find((c) => c.id === 'gavle')?.memberships.find((m) => m.programme === 'eu-mission');
    expect(gavle).toMatchObject({
      cohortId: 'eu-mission-2022',
      joinedOn: '2022-04-01',
      joinedPrecision: 'month',
      missionLabel: { awardedOn: '2024-10-08', precision: 'day', certainty: 'inferred' },
    });
    const mission = body.cities.filter((c) => c.memberships.some((m) => m.programme === 'eu-mission'));
    expect(mission.map((c) => c.name)).toEqual([
      'Gävle',
      'Göteborg',
      'Helsingborg',
      'Lund',
      'Malmö',
      'Stockholm',
      'Umeå',
    ]);
  });

  it('refuses an unknown scope with a problem naming it', async () => {
    expectProblem(await getJson(app, '/api/v1/cities?scope=everything'), 400, 'scope');
  });
});

describe('GET /api/v1/cities/:id', () => {
  it('Malmö has 3 targets, one of them primary: −70 % on 1990 by 2030', async () => {
    const body = await city('malmo');
    expect(body.city.id).toBe('malmo');
    expect(body.city.location.source).not.toBe('');
    expect(body.targets.map((t) => t.id)).toEqual(['malmo-1', 'malmo-2', 'malmo-3']);
    const primary = body.targets.filter((t) => t.primary);
    expect(primary).toHaveLength(1);
    expect(primary[0]).toMatchObject({
      scope: 'territorial',
      targetYear: 2030,
      measure: { type: 'reduction-from-base', baseYear: 1990, reductionPercent: 70 },
    });
  });

  it('Malmö signed four yearly contracts, 2020–2023, with their sources', async () => {
    const body = await city('malmo');
    expect(body.contractHistory.map((s) => [s.versionId, s.kind, s.signedOn])).toEqual([
      ['2020', 'contract', '2020-12-11'],
      ['2021', 'contract', '2021-12-08'],
      ['2022', 'contract', '2022-12-08'],
      ['2023', 'contract', '2023-12-08'],
    ]);
    const cited = new Set(body.contractHistory.flatMap((s) => s.sourceIds));
    expect(body.contractSources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });

  it('Malmö population runs 1990–2025 (SCB, 31 December), 365644 in 2024', async () => {
    const { population } = await city('malmo');
    expect(population[0]?.year).toBe(1990);
    expect(population.at(-1)?.year).toBe(2025);
    expect(population.find((p) => p.year === 2024)).toEqual({
      year: 2024,
      persons: 365644,
      sourceId: 'scb-be0101-2024',
    });
  });

  it('Borås has no verified target: targets is [] and the assessment says no-target', async () => {
    const body = await city('boras');
    expect(body.targets).toEqual([]);
    expect(body.city.assessment.targetStatus).toBe('no-target');
    expect(body.city.assessment.target).toBeNull();
    expect(body.contractHistory.map((s) => [s.versionId, s.kind])).toEqual([
      ['2021', 'letter-of-intent'],
      ['2022', 'contract'],
      ['2023', 'contract'],
    ]);
  });

  it('Stockholm’s target is a statement: no-numeric-target; Göteborg’s annual −10.3 % counts from an assumed 2020', async () => {
    expect((await city('stockholm')).city.assessment.targetStatus).toBe('no-numeric-target');
    const goteborg = await city('goteborg');
    expect(goteborg.city.assessment.target).toMatchObject({
      baseYear: 2020,
      baseYearStated: false,
      pathAnnualChangePercent: -10.3,
    });
    expect(goteborg.methods.targetPath.en).toMatch(/2020/);
  });

  it('asOf moves the standing but not the history', async () => {
    const then = await city('boras', '?asOf=2021-12-08');
    const now = await city('boras');
    expect(then.asOf).toBe('2021-12-08');
    expect(then.city.contract.status).toBe('letter-of-intent');
    expect(now.city.contract.status).toBe('signed');
    expect(then.contractHistory).toEqual(now.contractHistory);
  });

  it('the detail agrees with the list entry', async () => {
    const list = (await cities()).cities.find((c) => c.id === 'lund');
    const { city: detail } = await city('lund');
    expect({
      ...detail,
      location: { lat: detail.location.lat, lon: detail.location.lon, kind: detail.location.kind },
    }).toEqual(list);
  });

  it.each(['nope', 'Malmo', 'MALMO', 'malmö', 'malmo-', '-malmo', 'x'.repeat(200)])(
    'unknown id %s is a 404 problem naming id',
    async (id) => {
      expectProblem(await getJson(app, `/api/v1/cities/${encodeURIComponent(id)}`), 404, 'id');
    },
  );

  it('an unknown parameter on a city is a 400 problem', async () => {
    expectProblem(await getJson(app, '/api/v1/cities/malmo?from=2015'), 400, 'from');
  });
});

describe('GET /api/v1/municipalities', () => {
  it('lists all 290 in Swedish order with their memberships on asOf, small enough for a picker', async () => {
    const result = await getJson(app, '/api/v1/municipalities');
    expect(result.status, result.text).toBe(200);
    const body = municipalitiesResponseSchema.parse(result.body);
    expect(body.municipalities).toHaveLength(290);
    expect(body.municipalities.filter((m) => m.inProgramme)).toHaveLength(23);
    expect(body.municipalities.find((m) => m.id === 'habo')).toEqual({
      id: 'habo',
      name: 'Håbo',
      kommunkod: '0305',
      lan: { code: '03', name: 'Uppsala län' },
      inProgramme: false,
      memberships: [],
    });
    expect(body.municipalities.find((m) => m.id === 'lund')?.memberships).toEqual([
      { programme: 'kns2030', cohortId: 'wave-1', partnerId: null, onAsOf: true },
      { programme: 'eu-mission', cohortId: 'eu-mission-2022', partnerId: null, onAsOf: true },
    ]);
    expect(result.text.length).toBeLessThan(60_000);
    const before = municipalitiesResponseSchema.parse(
      (await getJson(app, '/api/v1/municipalities?asOf=2021-09-30')).body,
    );
    expect(before.municipalities.filter((m) => m.inProgramme)).toHaveLength(9);
    expectProblem(await getJson(app, '/api/v1/municipalities?asOf=yesterday'), 400, 'asOf');
  });
});
