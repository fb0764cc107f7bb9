import { describe, expect, it } from 'vitest';
import { bySector, importErrorOf, lineOf, readFixture, withLine } from '../../tests/fixtures/import/helpers.ts';
import { looksLikeSmhiCsv, parseSmhiCsv } from './smhi-csv.ts';

// tests/fixtures/import/smhi-valid.csv, by line: 1–6 preamble, 7 header (1990;2005;2019),
// 8 Sweden total, 9 län total, 10–11 Lund/Malmö "Alla", 12 län Transporter, 13–14 Transporter,
// 15–16 Personbilar (sub-sector), …, 25 Jordbruk Lund, 26 Djurs matsmältning, 27 Jordbruk Malmö, …, 32–34 Utrikes transporter, 35 footer.
const FILE = 'smhi-valid.csv';
const valid = readFixture(FILE);
const parse = (text: string) => parseSmhiCsv(text, FILE);
const errorFor = (text: string) => importErrorOf(() => parse(text));

/** One year's tonnes as the table holds them, given in SECTORS' order. */
const sectors = (tonnes: number[]) => new Map(Object.entries(bySector(tonnes)));

describe('parseSmhiCsv: a valid SMHI export', () => {
  it('is the real format: CRLF, preamble, no final newline, footer', () => {
    expect(valid).toContain('\r\n');
    expect(valid.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lineOf(valid, 7)).toBe('Huvudsektor;Undersektor;Län;Kommun;1990;2005;2019');
    expect(lineOf(valid, 35)).toBe('Rapportnamn:;Länsrapport, 2021-10-14;;;;;');
    expect(looksLikeSmhiCsv(valid)).toBe(true);
  });

  it('keeps only kommun main-sector rows, with exact decimal-comma values', () => {
    const table = parse(valid);
    expect(table.years).toEqual([1990, 2005, 2019]);
    // The Sweden and län "Alla" rows are not kommuner.
    expect([...table.kommuner.keys()]).toEqual(['Lund', 'Malmö']);
    const lund = table.kommuner.get('Lund');
    expect(lund?.row).toBe(10);
    // Transport is the main-sector row (1000,5), not plus the Personbilar sub-sector (800,25).
    expect(lund?.sectors.get(1990)).toEqual(sectors([1000.5, 200.25, 300, 40.125, 50, 600.75, 70, 8.5, 0]));
    expect(lund?.sectors.get(2019)).toEqual(sectors([700.125, 100, 150, 20, 70, 400, 50, 9.875, 0]));
    expect(table.kommuner.get('Malmö')?.sectors.get(2005)).toEqual(
      sectors([1800.5, 900, 700, 300, 299.5, 90, 150, 60, 0]),
    );
    expect(table.kommuner.get('Malmö')?.sectors.get(2019)?.get('international-transport')).toBe(0.001);
  });

  it("takes SMHI's own 'Alla' totals, even where they differ from the sector sum", () => {
    const table = parse(valid);
    // Lund 1990 sectors sum to 2270,125; SMHI's total row says 2270,1251.
    expect(table.kommuner.get('Lund')?.totals).toEqual(
      new Map([
        [1990, 2270.1251],
        [2005, 1900.5],
        [2019, 1500],
      ]),
    );
    expect(table.kommuner.get('Malmö')?.totals).toEqual(
      new Map([
        [1990, 5000.75],
        [2005, 4500],
        [2019, 3999.99],
      ]),
    );
  });

  it('accepts LF line endings, a BOM, blank separator lines and a final newline', () => {
    const lf = `\uFEFF${withLine(valid, 20, `${lineOf(valid, 20)}\r\n;;;;;;\r\n`).replace(/\r\n/g, '\n')}\n`;
    expect(parseSmhiCsv(lf, FILE)).toEqual(parse(valid));
  });

  it('ignores everything after the footer', () => {
    expect(parse(`${valid}\r\nnot;data`)).toEqual(parse(valid));
  });
});

describe('parseSmhiCsv: malformed input names file, row and column', () => {
  it('rejects a comma-separated header (wrong delimiter)', () => {
    const file = 'smhi-comma-delimited.csv';
    const error = importErrorOf(() => parseSmhiCsv(readFixture(file), file));
    expect(error).toMatchObject({ file, row: 7, column: undefined });
    expect(error.message).toBe(
      `${file}: row 7: the header uses ','; SMHI's export is separated by ';' with decimal commas`,
    );
  });

  it('rejects a non-numeric value', () => {
    const file = 'smhi-bad-value.csv';
    const error = importErrorOf(() => parseSmhiCsv(readFixture(file), file));
    expect(error).toMatchObject({ file, row: 27, column: 6 });
    expect(error.message).toBe(`${file}: row 27, column 6: '9O' for 2005 is not a number with a decimal comma`);
  });

  it('rejects a decimal point, a thousands separator and an empty value', () => {
    expect(errorFor(withLine(valid, 13, 'Transporter;Alla;Skåne län;Lund;1000.5;900;700,125'))).toMatchObject({
      row: 13,
      column: 5,
    });
    expect(errorFor(withLine(valid, 13, 'Transporter;Alla;Skåne län;Lund;1000,5;1 900;700,125'))).toMatchObject({
      row: 13,
      column: 6,
    });
    expect(errorFor(withLine(valid, 14, 'Transporter;Alla;Skåne län;Malmö;2000;1800,5;'))).toMatchObject({
      row: 14,
      column: 7,
    });
  });

  it('rejects a negative value', () => {
    const error = errorFor(withLine(valid, 14, 'Transporter;Alla;Skåne län;Malmö;-5,5;1800,5;1600'));
    expect(error).toMatchObject({ file: FILE, row: 14, column: 5 });
    expect(error.message).toBe(`${FILE}: row 14, column 5: negative value '-5,5' for 1990`);
  });

  it('rejects a duplicate row', () => {
    const text = withLine(valid, 15, `${lineOf(valid, 13)}\r\n${lineOf(valid, 15)}`);
    const error = errorFor(text);
    expect(error).toMatchObject({ file: FILE, row: 15, column: undefined });
    expect(error.message).toBe(`${FILE}: row 15: duplicate row for Transporter / Alla / Skåne län / Lund`);
  });

  it('rejects a file cut off inside a row (too few fields)', () => {
    const file = 'smhi-truncated.csv';
    const error = importErrorOf(() => parseSmhiCsv(readFixture(file), file));
    expect(error).toMatchObject({ file, row: 22, column: undefined });
    expect(error.message).toBe(`${file}: row 22: has 5 fields, expected 7 (truncated or wrong delimiter?)`);
  });

  it('rejects a row with too many fields', () => {
    expect(errorFor(withLine(valid, 13, `${lineOf(valid, 13)};1`))).toMatchObject({
      row: 13,
      problem: 'has 8 fields, expected 7 (truncated or wrong delimiter?)',
    });
  });

  it('rejects a file that ends without the footer, pointing at its last line', () => {
    const withoutFooter = withLine(valid, 35, undefined);
    const message = "the file ends without SMHI's footer line 'Rapportnamn:'; it looks truncated";
    expect(errorFor(withoutFooter)).toMatchObject({ file: FILE, row: 34, column: undefined, problem: message });
    // A final newline (or trailing blank lines) does not move the row past the end of the data.
    expect(errorFor(`${withoutFooter}\r\n\r\n`)).toMatchObject({ row: 34 });
  });

  it('rejects an unknown main sector', () => {
    const error = errorFor(withLine(valid, 25, 'Jordbrk;Alla;Skåne län;Lund;600,75;450,5;400'));
    expect(error).toMatchObject({ file: FILE, row: 25, column: 1 });
    expect(error.message).toBe(`${FILE}: row 25, column 1: unknown main sector 'Jordbrk'`);
  });

  it('rejects a year header that is not a year', () => {
    const notYear = errorFor(withLine(valid, 7, 'Huvudsektor;Undersektor;Län;Kommun;1990;2005;år 2019'));
    expect(notYear).toMatchObject({ file: FILE, row: 7, column: 7 });
    expect(notYear.message).toBe(`${FILE}: row 7, column 7: expected a year, found 'år 2019'`);
  });

  it.each([
    [7, 'Huvudsektor;Undersektor;Län;Kommun;1990;2019;2005', 7, 'year 2005 is out of order or repeated'],
    [7, 'Huvudsektor;Undersektor;Län;Kommun', undefined, 'the header has no year columns'],
    [7, 'Huvudsektor;Undersektor;Kommun;Län;1990;2005;2019', 3, "expected 'Län', found 'Kommun'"],
    [13, 'Transporter;Alla;Skåne län; ;1000,5;900;700,125', 4, 'Kommun is empty'],
  ])(
    'rejects row %i as %s (a header out of order or without years, a wrong fixed column, an empty kommun)',
    (row, line, column, problem) => {
      expect(errorFor(withLine(valid, row, line))).toMatchObject({ row, column, problem });
    },
  );

  it('rejects text without a header, and a header without kommun rows', () => {
    expect(errorFor('Kommun;1990\r\nLund;1')).toMatchObject({ file: FILE, row: undefined, column: undefined });
    const headerOnly = [lineOf(valid, 7), lineOf(valid, 8), lineOf(valid, 35)].join('\r\n');
    expect(errorFor(headerOnly).problem).toBe('no kommun rows with Undersektor "Alla" were found');
  });
});
