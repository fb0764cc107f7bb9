import { describe, expect, it } from 'vitest';
import { bySector, importErrorOf, readFixture } from '../../tests/fixtures/import/helpers.ts';
import { parseSmhiJson } from './smhi-json.ts';

// tests/fixtures/import/smhi-valid.json: entry 1 Lund, entry 2 Malmö; years 1990 and 2024; all nine sectors.
const FILE = 'smhi-valid.json';
const validText = readFixture(FILE);

type Entry = { name: unknown; sectors: Record<string, Record<string, unknown>> };
/** A fresh copy of the valid fixture to break in one place. */
const entries = () => JSON.parse(validText) as Entry[];
const errorFor = (data: unknown) => importErrorOf(() => parseSmhiJson(JSON.stringify(data), FILE));

describe('parseSmhiJson: a valid file', () => {
  it('reads every kommun, year and sector with exact values', () => {
    const table = parseSmhiJson(validText, FILE);
    expect(table.years).toEqual([1990, 2024]);
    expect([...table.kommuner.keys()]).toEqual(['Lund', 'Malmö']);
    const lund = table.kommuner.get('Lund');
    expect(lund?.row).toBe(1);
    expect(Object.fromEntries(lund?.sectors.get(1990) ?? [])).toEqual(
      bySector([1000.5, 200.25, 300, 40.13, 50, 600.75, 70, 8.5, 0]),
    );
    expect(Object.fromEntries(lund?.sectors.get(2024) ?? [])).toEqual(
      bySector([700.12, 100, 150, 20, 70, 400, 50, 9.88, 12.5]),
    );
    const malmo = table.kommuner.get('Malmö');
    expect(malmo?.row).toBe(2);
    expect(malmo?.sectors.get(2024)?.get('electricity-heating')).toBe(600.99);
    // The JSON has no totals; the dataset uses the sum of the sectors.
    expect(lund?.totals.size).toBe(0);
  });

  it('collects the years of all entries, ascending', () => {
    const data = entries();
    const malmo = data[1];
    if (malmo) malmo.sectors = { '2015': malmo.sectors['2024'] ?? {}, ...malmo.sectors };
    expect(parseSmhiJson(JSON.stringify(data), FILE).years).toEqual([1990, 2015, 2024]);
  });
});

describe('parseSmhiJson: malformed input names file, row (entry) and column (path)', () => {
  it('rejects invalid JSON (a truncated file)', () => {
    const file = 'smhi-truncated.json';
    const error = importErrorOf(() => parseSmhiJson(readFixture(file), file));
    expect(error).toMatchObject({ file, row: undefined, column: undefined });
    expect(error.message).toMatch(/^smhi-truncated\.json: is not valid JSON \(.+\)$/);
  });

  it('rejects an unknown sector', () => {
    const data = entries();
    const sectors2024 = data[1]?.sectors['2024'];
    if (sectors2024) sectors2024['Jordbrk'] = 5;
    const error = errorFor(data);
    expect(error).toMatchObject({ file: FILE, row: '2', column: 'sectors.2024.Jordbrk' });
    expect(error.message).toBe(`${FILE}: row 2, column sectors.2024.Jordbrk: Malmö: unknown main sector 'Jordbrk'`);
  });

  it('rejects a negative value', () => {
    const data = entries();
    const sectors1990 = data[0]?.sectors['1990'];
    if (sectors1990) sectors1990['Jordbruk'] = -3.5;
    const error = errorFor(data);
    expect(error).toMatchObject({ file: FILE, row: '1', column: 'sectors.1990.Jordbruk' });
    expect(error.message).toBe(`${FILE}: row 1, column sectors.1990.Jordbruk: Lund: negative value -3.5`);
  });

  it.each([
    ['a decimal-comma string', '600,75', 'Lund: "600,75" is not a number'],
    ['null', null, 'Lund: null is not a number'],
    ['a numeric string', '600', 'Lund: "600" is not a number'],
  ])('rejects a non-number: %s', (_label, value, problem) => {
    const data = entries();
    const sectors2024 = data[0]?.sectors['2024'];
    if (sectors2024) sectors2024['Transporter'] = value;
    expect(errorFor(data)).toMatchObject({ file: FILE, row: '1', column: 'sectors.2024.Transporter', problem });
  });

  it('rejects a duplicate kommun', () => {
    const data = entries();
    data.push(structuredClone(data[0] as Entry));
    const error = errorFor(data);
    expect(error).toMatchObject({ file: FILE, row: '3', column: 'name' });
    expect(error.message).toBe(`${FILE}: row 3, column name: duplicate entry for Lund`);
  });

  it('rejects a year key that is not a year', () => {
    const data = entries();
    const lund = data[0];
    if (lund) lund.sectors['90'] = {};
    expect(errorFor(data)).toMatchObject({ row: '1', column: 'sectors.90', problem: "Lund: '90' is not a year" });
  });

  it('rejects a missing name, missing sectors and a non-object entry', () => {
    expect(errorFor([{ sectors: {} }])).toMatchObject({ row: '1', column: 'name', problem: 'missing kommun name' });
    expect(errorFor([{ name: 'Lund' }])).toMatchObject({
      row: '1',
      column: 'sectors',
      problem: 'Lund: missing sectors',
    });
    expect(errorFor([...entries(), 42])).toMatchObject({ row: '3', column: undefined, problem: 'expected an object' });
  });

  it('rejects a top-level object, an empty array and entries without any year', () => {
    expect(errorFor({ Lund: {} })).toMatchObject({
      row: undefined,
      problem: 'expected a JSON array of { name, sectors } objects',
    });
    expect(errorFor([])).toMatchObject({ row: undefined, problem: 'the array is empty' });
    expect(errorFor([{ name: 'Lund', sectors: {} }])).toMatchObject({
      row: undefined,
      problem: 'no entry has any year in sectors',
    });
  });
});
