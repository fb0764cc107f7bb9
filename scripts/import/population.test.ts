import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importErrorOf } from '../../tests/fixtures/import/helpers.ts';
import {
  fixtureKommuner,
  monthlyRows,
  populationScbRows,
  tabhelRows,
  writeXlsx,
} from '../../tests/fixtures/import/reference-dir.ts';
import { POPULATION_SOURCES, readPopulation } from './population.ts';

// 290 synthetic kommuner "Testby 001" … (codes 9001 …); persons = 1000 + code + (year − 1990).
const kommuner = fixtureKommuner('');
const FILES = {
  scb: POPULATION_SOURCES['scb-folkmangd-1950-2022'].file,
  tabhel2023: POPULATION_SOURCES['scb-be0101-2023'].file,
  tabhel2024: POPULATION_SOURCES['scb-be0101-2024'].file,
  monthly: POPULATION_SOURCES['scb-000007SF-2025M12'].file,
};
let dir = '';

function write(file: string, rows: unknown[][], sheet = 'Totalt') {
  writeXlsx(join(dir, file), { [sheet]: rows });
}
/** The 1-based sheet row whose column A is `value`. */
const rowWith = (rows: unknown[][], value: string) => rows.findIndex((r) => r[0] === value) + 1;
const errorFor = () => importErrorOf(() => readPopulation(dir, kommuner, 1990));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'population-'));
  write(FILES.scb, populationScbRows(kommuner), 'Tabell');
  write(FILES.tabhel2023, tabhelRows(kommuner, 2023));
  write(FILES.tabhel2024, tabhelRows(kommuner, 2024));
  write(FILES.monthly, monthlyRows(kommuner), '000007SF');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readPopulation', () => {
  it('stitches 1990–2022, 2023, 2024 and December 2025 per kommunkod, from 1990 on', () => {
    const table = readPopulation(dir, kommuner, 1990);
    expect(table.size).toBe(290);
    expect(Object.fromEntries(table.get('9001') ?? [])).toEqual({
      1990: { persons: 10001, sourceId: 'scb-folkmangd-1950-2022' },
      2022: { persons: 10033, sourceId: 'scb-folkmangd-1950-2022' },
      2023: { persons: 10034, sourceId: 'scb-be0101-2023' },
      2024: { persons: 10035, sourceId: 'scb-be0101-2024' },
      2025: { persons: 10036, sourceId: 'scb-000007SF-2025M12' },
    });
  });

  it('names file, row and column of a count that is not a whole positive number', () => {
    const rows = tabhelRows(kommuner, 2024);
    const row = rowWith(rows, '9005');
    (rows[row - 1] as unknown[])[2] = '10 009';
    write(FILES.tabhel2024, rows);
    const error = errorFor();
    expect(error).toMatchObject({ file: FILES.tabhel2024, row, column: 3 });
    expect(error.message).toBe(
      `${FILES.tabhel2024}: row ${row}, column 3: expected a population count, found "10 009"`,
    );
  });

  it('rejects zero in the 1950–2022 table, naming the year column', () => {
    const rows = populationScbRows(kommuner);
    const row = rowWith(rows, 'Testby 002');
    (rows[row - 1] as unknown[])[3] = 0; // columns: Kommun, 1950, 1990, 2022
    write(FILES.scb, rows, 'Tabell');
    expect(errorFor()).toMatchObject({ file: FILES.scb, row, column: 4 });
  });

  it('rejects a kommun name that is not in the code list', () => {
    const rows = populationScbRows(kommuner);
    const row = rowWith(rows, 'Testby 010');
    (rows[row - 1] as unknown[])[0] = 'Testby 10';
    write(FILES.scb, rows, 'Tabell');
    expect(errorFor()).toMatchObject({
      file: FILES.scb,
      row,
      problem: "unknown municipality 'Testby 10' (not in SCB's code list)",
    });
  });

  it('rejects an unknown kommunkod and a missing kommun row', () => {
    const monthly = monthlyRows(kommuner);
    const row = rowWith(monthly, '9003 Testby 003');
    (monthly[row - 1] as unknown[])[0] = '8888 Testby 003';
    write(FILES.monthly, monthly, '000007SF');
    expect(errorFor()).toMatchObject({ file: FILES.monthly, row, column: 1, problem: "unknown kommunkod '8888'" });

    write(FILES.tabhel2023, tabhelRows(kommuner.slice(1), 2023));
    expect(errorFor()).toMatchObject({
      file: FILES.tabhel2023,
      row: undefined,
      problem: 'expected 290 kommun rows, found 289',
    });
  });

  it('names a missing workbook instead of failing with a bare ENOENT', () => {
    rmSync(join(dir, FILES.tabhel2024));
    const error = errorFor();
    expect(error).toMatchObject({ file: FILES.tabhel2024, problem: 'cannot be read (ENOENT)' });
  });
});
