/**
 * GET /api/v1/programme/comparison against SMHI's raw release, added up here independently of the
 * importer and the server: the municipalities' sectors from Klimatkollen's JSON of SMHI's release,
 * the programme's names from cities-23.md, Sweden's total from SMHI's national row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programmeComparisonSchema, type ProgrammeComparison } from '../../contract/index.ts';
import { hasRealReference, REAL_REFERENCE } from '../../tests/fixtures/import/helpers.ts';
import { createTestApp, expectProblem, getJson } from '../test-helpers.ts';

const app = createTestApp();

async function comparison(query = ''): Promise<ProgrammeComparison> {
  const result = await getJson(app, `/api/v1/programme/comparison${query}`);
  expect(result.status, result.text).toBe(200);
  return programmeComparisonSchema.parse(result.body);
}

type RawEntry = { name: string; sectors: Record<string, Record<string, number>> };

const RAW = join(REAL_REFERENCE, 'raw/emissions-smhi-thru2024');
const hasRaw = hasRealReference && existsSync(join(RAW, 'municipality-sector-emissions.json'));

/** SMHI's raw release and the programme's names from cities-23.md, read when a test needs them. */
function rawRelease() {
  const raw = (file: string) => JSON.parse(readFileSync(join(RAW, file), 'utf8')) as RawEntry[];
  const municipalities = raw('municipality-sector-emissions.json');
  const programmeNames = new Set(
    readFileSync(join(REAL_REFERENCE, 'cities-23.md'), 'utf8')
      .split('\n')
      .filter((line) => /^\|\s*\d+\s*\|/.test(line))
      .map((line) => line.split('|')[2]?.trim()),
  );
  return {
    sweden: raw('national-sector-emissions.json')[0],
    inProgramme: municipalities.filter((m) => programmeNames.has(m.name)),
    rest: municipalities.filter((m) => !programmeNames.has(m.name)),
  };
}

const sumOf = (entries: RawEntry[], year: number) =>
  entries.reduce((total, e) => total + Object.values(e.sectors[String(year)] ?? {}).reduce((a, b) => a + b, 0), 0);
const change = (from: number, to: number) => Math.round(((to - from) / from) * 10000) / 100;

describe.skipIf(!hasRaw)('the programme against the rest of Sweden, checked against SMHI’s raw release', () => {
  it('adds up the 23 members and the 267 others as SMHI reports them, and takes Sweden’s total from the national row', async () => {
    const { sweden, inProgramme, rest } = rawRelease();
    expect(inProgramme).toHaveLength(23);
    expect(rest).toHaveLength(267);
    const body = await comparison();
    const [programme, others, total] = body.groups;
    expect(body.groups.map((g) => [g.id, g.municipalities])).toEqual([
      ['programme', 23],
      ['rest', 267],
      ['sweden', null],
    ]);
    expect(body.national).toEqual({ releaseId: 'smhi-thru2024', origin: expect.any(String), sameRelease: true });
    for (const year of [1990, 2015, 2024]) {
      expect(programme?.points.find((p) => p.year === year)?.tonnesCo2e).toBeCloseTo(sumOf(inProgramme, year), 1);
      expect(others?.points.find((p) => p.year === year)?.tonnesCo2e).toBeCloseTo(sumOf(rest, year), 1);
      const national = Object.values(sweden?.sectors[String(year)] ?? {}).reduce((a, b) => a + b, 0);
      expect(total?.points.find((p) => p.year === year)?.tonnesCo2e).toBeCloseTo(national, 1);
    }
    expect(programme?.changeSince1990Percent).toBe(change(sumOf(inProgramme, 1990), sumOf(inProgramme, 2024)));
    expect(others?.changeSince2015Percent).toBe(change(sumOf(rest, 2015), sumOf(rest, 2024)));
    // The programme's combined change is the overview's.
    const cities = (await getJson(app, '/api/v1/cities')).body as {
      summary: { combined: { changeSince1990Percent: number } };
    };
    expect(programme?.changeSince1990Percent).toBe(cities.summary.combined.changeSince1990Percent);
  });
});

describe('GET /api/v1/programme/comparison', () => {
  it('gives every group the same years, per person and indexed on 1990 and 2015, with the method and its caveat', async () => {
    const body = await comparison();
    for (const group of body.groups) {
      expect(group.points.map((p) => p.year)).toEqual(body.years);
      const p1990 = group.points[0];
      expect(p1990).toMatchObject({ year: 1990, index1990: 100 });
      expect(group.points.find((p) => p.year === 2015)?.index2015).toBe(100);
      const latest = group.latest;
      expect(latest?.tonnesPerCapita).toBeCloseTo((latest?.tonnesCo2e ?? 0) / (latest?.population ?? 1), 4);
    }
    // Sweden's population is all 290 municipalities', and its total more than theirs together.
    const [programme, others, sweden] = body.groups;
    expect(sweden?.latest?.population).toBe((programme?.latest?.population ?? 0) + (others?.latest?.population ?? 0));
    expect(sweden?.latest?.tonnesCo2e).toBeGreaterThan(
      (programme?.latest?.tonnesCo2e ?? 0) + (others?.latest?.tonnesCo2e ?? 0),
    );
    expect(body.caveat.sv).toMatch(/inte ett bevis på effekt/);
    expect(body.caveat.en).toMatch(/not proof of effect/);
  });

  it('takes only a stored release', async () => {
    expectProblem(await getJson(app, '/api/v1/programme/comparison?cities=lund'), 400, 'cities');
    expectProblem(await getJson(app, '/api/v1/programme/comparison?release=nope'), 404, 'release');
  });
});
