/**
 * Issue 15: a value that parses as a number but is no plausible tonnage (Infinity, 1e400,
 * negative, above Sweden's national total) is a 422 naming its row, column and bound, and
 * nothing reaches the database; the database itself refuses a non-finite figure too.
 */
import { describe, expect, it } from 'vitest';
import { importProblemResponseSchema, MAX_LISTED_PROBLEMS, MAX_RELEASE_UPLOAD_BYTES } from '../../contract/index.ts';
import {
  createAdminApp,
  expectUploadRejected,
  fingerprint,
  postRelease,
  releaseJsonFromDataset,
  smhiCsvGrid,
} from '../admin/test-support.ts';
import { expectProblem, openTestDatabase, testDataset } from '../test-helpers.ts';
import { insertRelease, ImplausibleFigureError } from './insert.ts';
import { readReference } from './store.ts';
import { prepareUpload } from './upload.ts';

const { csv, rowOf, years, columnOf, withCell } = smhiCsvGrid();
const national = testDataset().nationalEmissions;

describe('values that are not finite, non-negative tonnages', () => {
  it('400 digits (Infinity when parsed) in the CSV: 422 at its row and column', async () => {
    const row = rowOf('Transporter;Alla;Skåne län;Lund;');
    const problems = await expectUploadRejected(withCell(row, columnOf(2024), '9'.repeat(400)));
    expect(problems).toEqual([
      {
        row,
        column: columnOf(2024),
        message: "'99999999999999999999…' (400 characters) for 2024 is too large to be a number of tonnes",
      },
    ]);
  });

  it('1e400 and -5 in the release JSON: 422 at their JSON paths', async () => {
    const file = releaseJsonFromDataset();
    const lund = file.emissions.findIndex((e) => e.name === 'Lund');
    const text = JSON.stringify(file).replace(
      `"2024":{"transport":${String(file.emissions[lund]?.sectors['2024']?.transport)}`,
      '"2024":{"transport":1e400',
    );
    expect(text).toContain('1e400');
    const problems = await expectUploadRejected(text, { 'Content-Type': 'application/json' });
    expect(problems).toEqual([
      {
        row: lund + 1,
        column: `emissions[${lund}].sectors.2024.transport`,
        message: 'Infinity is not a finite number of tonnes (too large for a tonnage?)',
      },
    ]);

    (file.emissions[lund]?.sectors['2024'] as Record<string, number>).waste = -5;
    expect(await expectUploadRejected(JSON.stringify(file))).toEqual([
      { row: lund + 1, column: `emissions[${lund}].sectors.2024.waste`, message: 'negative value -5' },
    ]);
  });

  it("Klimatkollen's array with 1e400: not 'null is not a number'", async () => {
    const problems = await expectUploadRejected('[{"name":"Lund","sectors":{"2024":{"Transporter":1e400}}}]');
    expect(problems[0]).toEqual({
      row: 1,
      column: '[0].sectors.2024.Transporter',
      message: 'Infinity is not a finite number of tonnes (too large for a tonnage?)',
    });
  });
});

describe("values above Sweden's national total (SMHI's national series in the dataset)", () => {
  it('the dataset carries the national series with its source and release, and the database has it', () => {
    expect(national).toMatchObject({ sourceId: 'smhi-ned', releaseId: 'smhi-thru2024' });
    expect(national?.totals['2024']).toBeCloseTo(47_649_263.88, 1);
    expect(Object.keys(national?.totals ?? {})).toEqual(years.map(String));
    expect(readReference(openTestDatabase()).national?.years.get(1990)?.sectors.get('transport')).toBe(19_226_294.59);
  });

  it("a sector value above Sweden's for that sector and year: 422 naming the value, the bound and its source", async () => {
    const row = rowOf('Transporter;Alla;Skåne län;Lund;');
    const problems = await expectUploadRejected(withCell(row, columnOf(2024), '99000000'));
    expect(problems).toContainEqual({
      row,
      column: columnOf(2024),
      message: `Lund: Transporter 2024 is 99 000 000 t, above the bound of ${boundText(national?.sectors['2024']?.transport)}: Sweden's total for Transporter in 2024, SMHI's national series, release smhi-thru2024`,
    });
  });

  it("a city's own total above Sweden's total: 422 at the total row", async () => {
    const row = rowOf('Alla;Alla;Stockholms län;Stockholm;');
    const problems = await expectUploadRejected(withCell(row, columnOf(1990), '80000000'));
    expect(problems).toEqual([
      {
        row,
        column: columnOf(1990),
        message: `Stockholm: the total for 1990 is 80 000 000 t, above the bound of ${boundText(national?.totals['1990'])}: Sweden's total in 1990, SMHI's national series, release smhi-thru2024`,
      },
    ]);
  });

  it('a year the national series lacks: the bound is 1.5 × the nearest year, and the message says so', async () => {
    // 2020 → 2019 in the header: SMHI's newest national series has no 2019.
    const header = rowOf('Huvudsektor');
    const text = withCell(header, columnOf(2020), '2019');
    const row = rowOf('Jordbruk;Alla;Skåne län;Malmö;');
    const problems = await expectUploadRejected(withCell(row, columnOf(2020), '10000000', text));
    const bound = (national?.sectors['2020']?.agriculture ?? 0) * 1.5;
    expect(problems).toEqual([
      {
        row,
        column: columnOf(2020),
        message: `Malmö: Jordbruk 2019 is 10 000 000 t, above the bound of ${boundText(bound)}: 1.5 × Sweden's total for Jordbruk in 2020, the nearest year to 2019 in SMHI's national series, release smhi-thru2024, which has no 2019`,
      },
    ]);
  });

  it('a year after this year (2026 in tests) is refused', async () => {
    const header = rowOf('Huvudsektor');
    const problems = await expectUploadRejected(withCell(header, columnOf(2024), '2027'));
    expect(problems).toEqual([
      {
        row: null,
        column: null,
        message: "year 2027 after this year (2026); SMHI publishes a year's figures about two years later",
      },
    ]);
  });
});

describe("the main sectors against the file's own total", () => {
  it("Enköping 2024 Transporter 15 000 000 t and Industri 9 000 000 t under an unchanged 'Alla' total: 422 stating the sum, the total and the tolerance", async () => {
    const totalRow = rowOf('Alla;Alla;Uppsala län;Enköping;');
    let text = withCell(rowOf('Transporter;Alla;Uppsala län;Enköping;'), columnOf(2024), '15000000');
    text = withCell(rowOf('Industri (energi + processer);Alla;Uppsala län;Enköping;'), columnOf(2024), '9000000', text);
    const enkoping = testDataset().emissions.find((e) => e.cityId === 'enkoping');
    const total = enkoping?.totals['2024'] ?? 0;
    const sum = Object.entries(enkoping?.sectors['2024'] ?? {}).reduce(
      (a, [id, t]) => a + (id === 'transport' ? 15_000_000 : id === 'industry' ? 9_000_000 : t),
      0,
    );
    const problems = await expectUploadRejected(text);
    expect(problems).toEqual([
      {
        row: totalRow,
        column: columnOf(2024),
        message: `Enköping: the main sectors for 2024 add up to ${boundText(sum)}, the file's total is ${boundText(total)}; they may differ by at most ${boundText(Math.max(1, total * 0.0001))} (the larger of 1 t and 0.01 % of the total)`,
      },
    ]);
  });

  it('the real data is within the tolerance: every dataset release, as CSV and as JSON, is accepted', async () => {
    const { app } = createAdminApp();
    expect((await postRelease(app, csv, '/api/v1/admin/releases/preview')).status).toBe(200);
    expect(
      (
        await postRelease(app, JSON.stringify(releaseJsonFromDataset()), '/api/v1/admin/releases/preview', {
          'Content-Type': 'application/json',
        })
      ).status,
    ).toBe(200);
  });

  it('a difference of 1 t on a small total is accepted; 2 t is not', async () => {
    const row = rowOf('Alla;Alla;Uppsala län;Enköping;');
    const enkoping = testDataset().emissions.find((e) => e.cityId === 'enkoping');
    const sum = Object.values(enkoping?.sectors['2024'] ?? {}).reduce((a, t) => a + t, 0);
    const cell = (t: number) => (Math.round(t * 100) / 100).toFixed(2).replace('.', ',');
    const { app } = createAdminApp();
    const tolerance = Math.max(1, sum * 0.0001);
    expect(
      (
        await postRelease(
          app,
          withCell(row, columnOf(2024), cell(sum + tolerance - 0.01)),
          '/api/v1/admin/releases/preview',
        )
      ).status,
    ).toBe(200);
    expect(await expectUploadRejected(withCell(row, columnOf(2024), cell(sum + tolerance + 1)))).toHaveLength(1);
  });
});

describe('the last guards: the store and the database refuse what the contract cannot carry', () => {
  it('insertRelease refuses Infinity, NaN and negatives before writing anything', () => {
    const db = openTestDatabase();
    const reference = readReference(db);
    const result = prepareUpload(new TextEncoder().encode(csv), {
      contentType: 'text/csv',
      fileName: 'x.csv',
      reference,
      thisYear: 2026,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const before = fingerprint(db);
    for (const bad of [Number.POSITIVE_INFINITY, Number.NaN, -1]) {
      result.release.figures.cities.get('lund')?.sectors.get(2024)?.set('transport', bad);
      expect(() =>
        insertRelease(
          db,
          result.release,
          { id: 'smhi-bad', label: { sv: 'x', en: 'x' }, published: '2026', origin: 'test' },
          { actor: 'test', at: '2026-11-28T12:00:00Z' },
        ),
      ).toThrow(ImplausibleFigureError);
    }
    expect(fingerprint(db)).toEqual(before);
  });

  it('SQLite refuses a non-finite figure in emissions and totals (migration 3)', () => {
    const db = openTestDatabase();
    const update = (table: string, value: string) => () =>
      db.exec(`UPDATE ${table} SET tonnes_co2e = ${value} WHERE city_id = 'lund' AND year = 2024`);
    expect(update('emissions', '1e999')).toThrow(/finite, non-negative/);
    expect(update('emission_totals', '1e999')).toThrow(/finite, non-negative/);
    expect(update('emission_totals', '-1')).toThrow();
    expect(() =>
      db.exec(
        "INSERT INTO emission_totals (release_id, city_id, year, tonnes_co2e) VALUES ('smhi-thru2024', 'lund', 2031, 1e999)",
      ),
    ).toThrow(/finite, non-negative/);
  });
});

describe('problem lists that scale', () => {
  it(
    '300 000 bad cells: 422 with the full count and the first 200, not a stack overflow',
    { timeout: 60_000 },
    async () => {
      const { problems, cells } = manyBadCells();
      expect(Buffer.byteLength(problems)).toBeLessThan(MAX_RELEASE_UPLOAD_BYTES);
      const { app, db } = createAdminApp();
      const before = fingerprint(db);
      for (const path of ['/api/v1/admin/releases/preview', '/api/v1/admin/releases']) {
        const result = await postRelease(app, problems, path);
        expectProblem(result, 422);
        const body = importProblemResponseSchema.parse(result.body);
        expect(body.problems).toHaveLength(MAX_LISTED_PROBLEMS);
        // Every bad cell, plus one for the years after this year.
        expect(body.problemCount).toBe(cells + 1);
        expect(body.detail).toMatch(
          new RegExp(`^The file has ${cells + 1} problems; nothing was stored\\. First: row 8, column 5: 'x' for 1990`),
        );
      }
      expect(fingerprint(db)).toEqual(before);
    },
  );
});

/** "99 000 000 t"-style, as the importer writes a bound. */
function boundText(tonnes: number | undefined): string {
  const [whole = '', fraction] = (Math.round((tonnes ?? 0) * 100) / 100)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${fraction ? `.${fraction}` : ''} t`;
}

/** Every main-sector and total row of all 290 municipalities, 1990–2100, every value 'x': 321 900 bad cells in about 1.5 MB. */
function manyBadCells(): { problems: string; cells: number } {
  const dataset = testDataset();
  const allYears = Array.from({ length: 2100 - 1990 + 1 }, (_, i) => 1990 + i);
  const lanName = new Map(dataset.cities.map((c) => [c.lan.code, c.lan.name]));
  const sectors = ['Alla', ...dataset.sectors.map((s) => s.smhiName)];
  const values = allYears.map(() => 'x').join(';');
  const rows = dataset.municipalities.flatMap((m) =>
    sectors.map((sector) => `${sector};Alla;${lanName.get(m.lanCode) ?? `Län ${m.lanCode}`};${m.name};${values}`),
  );
  const text = [
    'Rapportnamn:;Länsrapport, 2026-06-15',
    '',
    '',
    '',
    '',
    '',
    `Huvudsektor;Undersektor;Län;Kommun;${allYears.join(';')}`,
    ...rows,
    'Rapportnamn:;Länsrapport, 2026-06-15',
  ].join('\r\n');
  return { problems: text, cells: rows.length * allYears.length };
}
