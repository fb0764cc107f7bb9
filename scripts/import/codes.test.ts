import { describe, expect, it } from 'vitest';
import { importErrorOf } from '../../tests/fixtures/import/helpers.ts';
import { codesCsv, type FixtureKommun } from '../../tests/fixtures/import/reference-dir.ts';
import { kommunByName, parseCodesCsv } from './codes.ts';

const FILE = 'raw/codes/municipality_county.csv';
const kommuner: FixtureKommun[] = [
  { code: '1281', name: 'Lund', lanCode: '12', lanName: 'Skåne län' },
  { code: '0180', name: 'Stockholm', lanCode: '01', lanName: 'Stockholms län' },
  ...Array.from({ length: 288 }, (_, i) => ({
    code: String(9001 + i),
    name: `Testby ${i + 1}`,
    lanCode: '99',
    lanName: 'Testlän',
  })),
];
const valid = codesCsv(kommuner);
/** Line n (1-based; 1 is the header) replaced. */
const withRow = (n: number, line: string) =>
  valid
    .split('\n')
    .map((l, i) => (i === n - 1 ? line : l))
    .join('\n');
const errorFor = (text: string) => importErrorOf(() => parseCodesCsv(text, FILE));

describe('parseCodesCsv', () => {
  it('reads the 290 kommuner by column name, keeping leading zeros and the short name', () => {
    const parsed = parseCodesCsv(valid, FILE);
    expect(parsed).toHaveLength(290);
    expect(parsed.slice(0, 2)).toEqual([
      { code: '1281', name: 'Lund', lanCode: '12', lanName: 'Skåne län' },
      { code: '0180', name: 'Stockholm', lanCode: '01', lanName: 'Stockholms län' },
    ]);
    expect(parseCodesCsv(`\uFEFF${valid.replace(/\n/g, '\r\n')}`, FILE)).toEqual(parsed);
  });

  it('rejects a missing column, naming the header row', () => {
    const error = errorFor(withRow(1, 'municipality_code,municipality_name,county_code,county_name'));
    expect(error).toMatchObject({ file: FILE, row: 1, problem: "missing column 'municipality_name_short'" });
  });

  it('rejects a bad kommunkod or länskod with row and column', () => {
    expect(errorFor(withRow(3, '180,Stockholms kommun,Stockholm,01,Stockholms län,Stockholm'))).toMatchObject({
      row: 3,
      column: 1,
      problem: "'180' is not a 4-digit kommunkod",
    });
    expect(errorFor(withRow(2, '1281,Lunds kommun,Lund,Skåne,Skåne län,Skåne'))).toMatchObject({ row: 2, column: 4 });
  });

  it('rejects a row with the wrong number of fields', () => {
    expect(errorFor(withRow(4, '9002,Testby 2 kommun,Testby 2,99'))).toMatchObject({
      row: 4,
      problem: 'has 4 fields, expected 6',
    });
  });

  it('rejects a list that is not 290 kommuner', () => {
    expect(errorFor(codesCsv(kommuner.slice(0, 289)))).toMatchObject({
      row: undefined,
      problem: 'expected 290 kommuner, found 289',
    });
  });

  it('looks kommuner up by name and names the file and row of an unknown one', () => {
    const lookup = kommunByName(parseCodesCsv(valid, FILE));
    expect(lookup(' Lund ', 'x.xlsx', 7).code).toBe('1281');
    expect(importErrorOf(() => lookup('Lunds', 'x.xlsx', 7)).message).toBe(
      "x.xlsx: row 7: unknown municipality 'Lunds' (not in SCB's code list)",
    );
  });
});
