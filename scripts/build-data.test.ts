import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../server/dataset/schema.ts';
import { FIXTURES, REAL_REFERENCE, hasRealReference } from '../tests/fixtures/import/helpers.ts';
import { buildReferenceDir } from '../tests/fixtures/import/reference-dir.ts';
import { runCapturing } from './test-support.ts';
import { main } from './build-data.ts';

/** Runs the CLI in-process, capturing what it prints. */
function run(args: string[]) {
  return runCapturing(() => main(args));
}

const readDataset = (file: string): Dataset => datasetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const series = (d: Dataset, cityId: string, releaseId = d.currentReleaseId) =>
  d.emissions.find((e) => e.cityId === cityId && e.releaseId === releaseId);

const badCsv = resolve(FIXTURES, 'smhi-bad-value.csv');
const badMessage = `${relative('.', badCsv)}: row 27, column 6: '9O' for 2005 is not a number with a decimal comma`;

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'build-data-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
let outCount = 0;
const freshOut = () => join(work, `out-${++outCount}`, 'dataset.json');

describe('options', () => {
  it('--help prints the usage and exits 0', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run data:build -- \[options\]/);
    expect(result.stdout).toContain('--release <id|file>');
    expect(result.stdout).toContain('Known ids: smhi-thru2024, smhi-thru2023, smhi-thru2019.');
    expect(result.stderr).toBe('');
  });

  it('an unknown option exits 2 with the usage', () => {
    const result = run(['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).toContain('Usage: npm run data:build');
    expect(result.stdout).toBe('');
  });

  it('a missing option value exits 2; --scope is gone (the dataset holds every municipality)', () => {
    expect(run(['--out']).code).toBe(2);
    const result = run(['--scope', 'all']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--scope'");
  });
});

describe.skipIf(!hasRealReference)('with a fixture reference folder', () => {
  let reference = '';
  beforeAll(() => {
    reference = join(work, 'reference');
    buildReferenceDir(reference);
  });

  it('writes the dataset from the default release, with exact values', () => {
    const out = freshOut();
    const result = run(['--reference', reference, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Wrote ${out}: 290 municipalities, 30 memberships in 5 cohorts, releases smhi-thru2024 (1990–2024), current smhi-thru2024.`,
    );
    expect(readdirSync(dirname(out))).toEqual(['dataset.json']); // no temporary file left behind

    const dataset = readDataset(out);
    expect(dataset.releases.map((r) => [r.id, r.years, r.dataThroughYear])).toEqual([
      ['smhi-thru2024', [1990, 2024], 2024],
    ]);
    // Every municipality, each with its figures; the programme is a relation over them.
    expect(dataset.cities).toHaveLength(290);
    expect(dataset.municipalities).toHaveLength(290);
    expect(dataset.municipalities).toContainEqual({ kommunkod: '1281', name: 'Lund', lanCode: '12' });
    expect(dataset.emissions).toHaveLength(290);
    expect(dataset.cities.find((c) => c.id === 'lund')).toEqual({
      id: 'lund',
      name: 'Lund',
      kommunkod: '1281',
      lan: { code: '12', name: 'Skåne län' },
      location: { lat: 55.702929, lon: 13.192944, kind: 'town-centre', source: expect.stringMatching(/^C1: /) },
    });
    expect(dataset.cities.find((c) => c.id === 'testby-001')?.location).toMatchObject({ kind: 'area-centroid' });
    const membership = (id: string) =>
      dataset.memberships.find((m) => m.cityId === id && !m.cohortId.startsWith('eu-'));
    expect(membership('lund')).toMatchObject({ cohortId: 'wave-1', joinedOn: '2019-01-01', joinedPrecision: 'year' });
    expect(membership('nacka')).toMatchObject({ cohortId: 'wave-2', joinedOn: '2021-10-01', joinedPrecision: 'month' });
    expect(membership('testby-001')).toBeUndefined();
    expect(dataset.memberships.filter((m) => m.cohortId === 'eu-mission-2022').map((m) => m.cityId)).toEqual([
      'gavle',
      'goteborg',
      'helsingborg',
      'lund',
      'malmo',
      'stockholm',
      'umea',
    ]);

    // Fixture tonnes: (sector index + 1) × 1000 + 1281 + year / 8; the JSON has no totals, so the sum is used.
    const lund = series(dataset, 'lund');
    expect(lund?.sectors['1990']).toMatchObject({
      transport: 2529.75,
      industry: 3529.75,
      'international-transport': 10529.75,
    });
    expect(lund?.totals).toEqual({ 1990: 58767.75, 2024: 58806 });

    // Fixture persons: 1000 + 1280 + (year − 1990).
    expect(dataset.population.find((p) => p.cityId === 'malmo')?.values).toEqual({
      1990: { persons: 2280, sourceId: 'scb-folkmangd-1950-2022' },
      2022: { persons: 2312, sourceId: 'scb-folkmangd-1950-2022' },
      2023: { persons: 2313, sourceId: 'scb-be0101-2023' },
      2024: { persons: 2314, sourceId: 'scb-be0101-2024' },
      2025: { persons: 2315, sourceId: 'scb-000007SF-2025M12' },
    });
    expect(dataset.contract.signings.filter((s) => s.signedOn === '2020-12-11')).toHaveLength(9);
  });

  it('keeps two releases side by side, the first current, never mixing their years', () => {
    const out = freshOut();
    const result = run([
      '--reference',
      reference,
      '--out',
      out,
      '--release',
      'smhi-thru2019',
      '--release',
      'smhi-thru2024',
    ]);
    expect(result.code).toBe(0);
    const dataset = readDataset(out);
    expect(dataset.currentReleaseId).toBe('smhi-thru2019');
    expect(dataset.releases.map((r) => [r.id, r.years])).toEqual([
      ['smhi-thru2019', [1990, 2019]],
      ['smhi-thru2024', [1990, 2024]],
    ]);
    expect(dataset.emissions).toHaveLength(2 * 290);
    for (const e of dataset.emissions) {
      const years = dataset.releases.find((r) => r.id === e.releaseId)?.years.map(String);
      expect(Object.keys(e.totals)).toEqual(years);
      expect(Object.keys(e.sectors)).toEqual(years);
    }
    // From SMHI's CSV: its own "Alla" row (sector sum + 1 t), and main-sector rows only (no Personbilar).
    const lund2019 = series(dataset, 'lund', 'smhi-thru2019');
    expect(lund2019?.totals).toEqual({ 1990: 58768.75, 2019: 58801.375 });
    expect(lund2019?.sectors['2019']?.transport).toBe(2533.375);
    expect(series(dataset, 'lund', 'smhi-thru2024')?.totals).toEqual({ 1990: 58767.75, 2024: 58806 });
  });

  it('fails on a malformed --release file: exit 1, names file, row and column, writes nothing', () => {
    const out = freshOut();
    const result = run(['--reference', reference, '--out', out, '--release', badCsv]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Import failed, nothing written.\n${badMessage}`);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(dirname(out))).toBe(false);
  });

  it('leaves an existing dataset byte for byte unchanged when the import fails', () => {
    const out = freshOut();
    run(['--reference', reference, '--out', out]);
    const before = readFileSync(out);
    writeFileSync(out, Buffer.concat([before, Buffer.from('\u00e5 trailing bytes\r\n')]));
    const existing = readFileSync(out);
    for (const release of [badCsv, resolve(FIXTURES, 'smhi-truncated.csv'), resolve(FIXTURES, 'smhi-truncated.json')]) {
      expect(run(['--reference', reference, '--out', out, '--release', release]).code).toBe(1);
    }
    expect(readFileSync(out).equals(existing)).toBe(true);
    expect(readdirSync(dirname(out))).toEqual(['dataset.json']);
  });

  it('names the truncated row of a cut-off CSV, and a release file that does not exist', () => {
    const truncated = resolve(FIXTURES, 'smhi-truncated.csv');
    const cut = run(['--reference', reference, '--out', freshOut(), '--release', truncated]);
    expect(cut.stderr).toContain(`${relative('.', truncated)}: row 22: has 5 fields, expected 7`);
    const missing = run(['--reference', reference, '--out', freshOut(), '--release', join(work, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.csv: cannot be read (ENOENT)');
  });

  it('fails with the file name when the reference data itself is broken', () => {
    const broken = join(work, 'broken-reference');
    cpSync(reference, broken, { recursive: true });
    rmSync(join(broken, 'raw/population/be0101_tabhel2023.xlsx'));
    const noPopulation = run(['--reference', broken, '--out', freshOut()]);
    expect(noPopulation.code).toBe(1);
    expect(noPopulation.stderr).toContain('raw/population/be0101_tabhel2023.xlsx: cannot be read (ENOENT)');

    const codes = join(broken, 'raw/codes/municipality_county.csv');
    writeFileSync(codes, readFileSync(codes, 'utf8').trimEnd().split('\n').slice(0, -1).join('\n'));
    const fewCodes = run(['--reference', broken, '--out', freshOut()]);
    expect(fewCodes.code).toBe(1);
    expect(fewCodes.stderr).toContain('raw/codes/municipality_county.csv: expected 290 kommuner, found 289');
  });
});

describe.skipIf(!hasRealReference)('with the real reference data (../shared/data)', { timeout: 60_000 }, () => {
  it('writes the dataset of all 290 municipalities from the newest release, with the roster', () => {
    const out = freshOut();
    const result = run(['--reference', REAL_REFERENCE, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const dataset = readDataset(out);
    expect(dataset.currentReleaseId).toBe('smhi-thru2024');
    expect(dataset.cities).toHaveLength(290);
    expect(dataset.cities.find((c) => c.id === 'habo')).toMatchObject({ name: 'Håbo', kommunkod: '0305' });
    expect(dataset.cities.find((c) => c.id === 'habo-0643')).toMatchObject({ name: 'Habo', kommunkod: '0643' });
    expect(dataset.municipalities).toHaveLength(290);
    expect(dataset.municipalities).toContainEqual({ kommunkod: '0180', name: 'Stockholm', lanCode: '01' });
    // The EU Mission's labels, as eu-mission.md gives them: Stockholm's stated, the third round's year inferred.
    const label = (id: string) => dataset.memberships.find((m) => m.cityId === id && m.missionLabel)?.missionLabel;
    expect(label('stockholm')).toMatchObject({ awardedOn: '2023-10-12', precision: 'day', certainty: 'stated' });
    expect(label('umea')).toMatchObject({ awardedOn: '2024-10-08', certainty: 'inferred' });
    expect(label('lund')).toBeUndefined();
    // The committed dataset is this build.
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(resolve('data/dataset.json'), 'utf8'));
    expect(series(dataset, 'lund')?.totals['1990']).toBe(334785.9);
    expect(series(dataset, 'lund')?.totals['2024']).toBe(209790.69);
    expect(dataset.population.find((p) => p.cityId === 'malmo')?.values['2024']?.persons).toBe(365644);
    const contracts = dataset.contract.signings.filter((s) => s.kind === 'contract');
    expect(contracts.filter((s) => s.signedOn === '2020-12-11')).toHaveLength(9);
    expect(new Set(contracts.filter((s) => s.signedOn <= '2022-12-31').map((s) => s.cityId)).size).toBe(23);
  });

  it("--release smhi-thru2019 uses SMHI's own 'Alla' total from the CSV", () => {
    const out = freshOut();
    expect(run(['--reference', REAL_REFERENCE, '--out', out, '--release', 'smhi-thru2019']).code).toBe(0);
    const dataset = readDataset(out);
    expect(dataset.releases.map((r) => r.id)).toEqual(['smhi-thru2019']);
    expect(series(dataset, 'lund')?.totals['1990']).toBe(330544.9646);
  });

  it('fails on a malformed --release file against the real data too, writing nothing', () => {
    const out = freshOut();
    const result = run(['--reference', REAL_REFERENCE, '--out', out, '--release', badCsv]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(badMessage);
    expect(existsSync(out)).toBe(false);
  });
});
