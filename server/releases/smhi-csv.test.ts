/** The shared SMHI export reader collects every problem (the dataset builder's throw-first wrapper is tested in scripts/import). */
import { describe, expect, it } from 'vitest';
import { lineOf, readFixture, withLine } from '../../tests/fixtures/import/helpers.ts';
import { readSmhiCsv } from './smhi-csv.ts';

// tests/fixtures/import/smhi-valid.csv: 7 header (1990;2005;2019), 13–14 Transporter Lund/Malmö, 25 Jordbruk Lund, 35 footer.
const valid = readFixture('smhi-valid.csv');

describe('readSmhiCsv', () => {
  it('reads a valid export with no problems, its data rows and its report date', () => {
    const result = readSmhiCsv(valid);
    expect(result.problems.items).toEqual([]);
    expect(result.rowCount).toBe(27);
    expect(result.reportDate).toBe('2021-10-14');
    expect([...(result.table?.kommuner.keys() ?? [])]).toEqual(['Lund', 'Malmö']);
  });

  it('lists every problem of every row, in file order, and keeps reading after each', () => {
    let text = withLine(valid, 13, 'Transporter;Alla;Skåne län;Lund;1000.5;-900;700,125');
    text = withLine(text, 14, 'Transporter;Alla;Skåne län;Malmö;2000;1800,5');
    text = withLine(text, 25, 'Jordbrk;Alla;Skåne län;Lund;600,75;450,5;400');
    // Line 27 (Jordbruk Malmö) becomes two more copies of line 26.
    text = withLine(text, 27, `${lineOf(valid, 26)}\r\n${lineOf(valid, 26)}`);
    text = withLine(text, 36, undefined);
    expect(readSmhiCsv(text).problems.items).toEqual([
      { row: 13, column: 5, message: "'1000.5' for 1990 is not a number with a decimal comma" },
      { row: 13, column: 6, message: "negative value '-900' for 2005" },
      { row: 14, column: null, message: 'has 6 fields, expected 7 (truncated or wrong delimiter?)' },
      { row: 25, column: 1, message: "unknown main sector 'Jordbrk'" },
      { row: 27, column: null, message: 'duplicate row for Jordbruk / Djurs matsmältning / Skåne län / Lund' },
      { row: 28, column: null, message: 'duplicate row for Jordbruk / Djurs matsmältning / Skåne län / Lund' },
      { row: 35, column: null, message: "the file ends without SMHI's footer line 'Rapportnamn:'; it looks truncated" },
    ]);
  });

  it('lists every problem of the header, then stops', () => {
    const result = readSmhiCsv(withLine(valid, 7, 'Huvudsektor;Undersektor;Kommun;Län;1990;x;2019'));
    expect(result.table).toBeNull();
    expect(result.problems.items).toEqual([
      { row: 7, column: 3, message: "expected 'Län', found 'Kommun'" },
      { row: 7, column: 4, message: "expected 'Kommun', found 'Län'" },
      { row: 7, column: 6, message: "expected a year, found 'x'" },
    ]);
  });
});
