import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_REFERENCE, hasRealReference, importErrorOf } from '../../tests/fixtures/import/helpers.ts';
import { parseCitiesMarkdown } from './cities-md.ts';

const FILE = 'cities-23.md';
const HEADER =
  '| # | Kommun | Kommunkod | Län (code) | Wave | First Klimatkontrakt 2030 signed | Town centre (seat) | Lat | Lon | Coord. source |';

/** A synthetic table row; city n (1-based) sits on line n + 4 of `table()`. */
function cells(n: number): string[] {
  const wave1 = n <= 9;
  return [
    String(n),
    `Stad ${n}`,
    String(9000 + n),
    'Testlän (99)',
    wave1 ? '1 (2019)' : '2 (2021)',
    wave1 ? '2020-12-11' : '2022-12-08 †',
    `Stad ${n}`,
    String(56 + n / 10),
    String(12 + n / 10),
    n === 3 ? 'C3' : 'C1',
  ];
}
const row = (c: string[]) => `| ${c.join(' | ')} |`;

function table(change?: { city: number; cell: number; value: string } | { city: number; line: string }): string {
  const rows = Array.from({ length: 23 }, (_, i) => {
    const n = i + 1;
    if (change?.city !== n) return row(cells(n));
    if ('line' in change) return change.line;
    const c = cells(n);
    c[change.cell - 1] = change.value;
    return row(c);
  });
  return [
    '# Cities',
    '',
    HEADER,
    `|${'---|'.repeat(10)}`,
    ...rows,
    '',
    '| not | a | numbered | row |',
    'Text after the table.',
  ].join('\n');
}
const errorFor = (text: string) => importErrorOf(() => parseCitiesMarkdown(text, FILE));

describe('parseCitiesMarkdown', () => {
  it('reads the 23 numbered table rows and nothing else', () => {
    const cities = parseCitiesMarkdown(table(), FILE);
    expect(cities).toHaveLength(23);
    expect(cities[0]).toEqual({
      name: 'Stad 1',
      kommunkod: '9001',
      wave: 1,
      firstSigned: '2020-12-11',
      lat: 56.1,
      lon: 12.1,
      coordinateSource: 'C1: sphrak/svenska-stader (Apache-2.0), cross-checked within 1.8 km',
    });
    // "2022-12-08 †" keeps only the date; C3 maps to its documented source.
    expect(cities[9]).toMatchObject({ kommunkod: '9010', wave: 2, firstSigned: '2022-12-08' });
    expect(cities[2]?.coordinateSource).toMatch(/^C3: en\.wikipedia "Järfälla Municipality"/);
  });

  it('accepts CRLF line endings', () => {
    expect(parseCitiesMarkdown(table().replace(/\n/g, '\r\n'), FILE)).toEqual(parseCitiesMarkdown(table(), FILE));
  });

  it.each([
    [3, 'A123', "'A123' is not a kommunkod"],
    [5, '3 (2025)', "'3 (2025)' is not a wave"],
    [6, 'december 2020', "'december 2020' is not a date"],
    [8, 'north', "'north' is not a latitude"],
    [9, '12,5', "'12,5' is not a longitude"],
    [10, 'C2', "unknown coordinate source 'C2'"],
  ])('names row and column %i for a bad cell', (column, value, problem) => {
    const error = errorFor(table({ city: 7, cell: column, value }));
    expect(error).toMatchObject({ file: FILE, row: 11, column, problem });
    expect(error.message).toBe(`${FILE}: row 11, column ${column}: ${problem}`);
  });

  // Number('') is 0: an empty coordinate used to pass as 0 and only failed later in the schema.
  it.each([
    [8, 'latitude'],
    [9, 'longitude'],
  ])('rejects an empty coordinate in column %i', (column, what) => {
    expect(errorFor(table({ city: 4, cell: column, value: '' }))).toMatchObject({
      row: 8,
      column,
      problem: `'' is not a ${what}`,
    });
  });

  it('rejects a row with a missing cell', () => {
    const c = cells(12);
    c.splice(6, 1);
    expect(errorFor(table({ city: 12, line: row(c) }))).toMatchObject({
      row: 16,
      column: undefined,
      problem: 'expected 10 table cells, found 9',
    });
  });

  it('rejects a table without exactly 23 cities', () => {
    const short = table()
      .split('\n')
      .filter((line) => !line.startsWith('| 23 |'))
      .join('\n');
    expect(errorFor(short)).toMatchObject({
      file: FILE,
      row: undefined,
      problem: 'expected the 23 programme cities, found 22',
    });
  });

  it.skipIf(!hasRealReference)('reads the real cities-23.md', () => {
    const cities = parseCitiesMarkdown(readFileSync(join(REAL_REFERENCE, FILE), 'utf8'), FILE);
    expect(cities.map((c) => c.name)).toEqual([
      'Enköping',
      'Göteborg',
      'Järfälla',
      'Lund',
      'Malmö',
      'Stockholm',
      'Umeå',
      'Uppsala',
      'Växjö',
      'Borås',
      'Borlänge',
      'Eskilstuna',
      'Gävle',
      'Helsingborg',
      'Kalmar',
      'Karlstad',
      'Kristianstad',
      'Linköping',
      'Mariestad',
      'Nacka',
      'Skellefteå',
      'Örebro',
      'Östersund',
    ]);
    expect(cities.filter((c) => c.wave === 1 && c.firstSigned === '2020-12-11')).toHaveLength(9);
    expect(cities.find((c) => c.name === 'Lund')).toMatchObject({ kommunkod: '1281', lat: 55.702929, lon: 13.192944 });
    expect(cities.find((c) => c.name === 'Mariestad')).toMatchObject({
      lat: 58.70194,
      coordinateSource: expect.stringMatching(/^C4:/),
    });
  });
});
