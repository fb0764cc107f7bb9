/**
 * Population on 31 December per kommun, stitched from SCB's tables:
 * 1950–2022 (by name, today's borders), tabhel 2023 and 2024 (by code, län and
 * kommun rows mixed), and monthly table 000007SF for December 2025.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { ImportError } from './errors.ts';
import type { Kommun } from './codes.ts';
import { kommunByName } from './codes.ts';

export const POPULATION_SOURCES = {
  'scb-folkmangd-1950-2022': {
    file: 'raw/population/population_scb.xlsx',
    title: {
      sv: 'SCB: Folkmängden i Sveriges kommuner 1950–2022 (indelning 2023-01-01)',
      en: 'Statistics Sweden (SCB): Population in Sweden’s municipalities 1950–2022 (borders of 2023-01-01)',
    },
  },
  'scb-be0101-2023': {
    file: 'raw/population/be0101_tabhel2023.xlsx',
    title: {
      sv: 'SCB: Folkmängd i riket, län och kommuner 31 december 2023',
      en: 'Statistics Sweden (SCB): Population in the country, counties and municipalities on 31 December 2023',
    },
  },
  'scb-be0101-2024': {
    file: 'raw/population/be0101_tabhel2024.xlsx',
    title: {
      sv: 'SCB: Folkmängd i riket, län och kommuner 31 december 2024',
      en: 'Statistics Sweden (SCB): Population in the country, counties and municipalities on 31 December 2024',
    },
  },
  'scb-000007SF-2025M12': {
    file: 'raw/population/000007SF_20260416-131411.xlsx',
    title: {
      sv: 'SCB: Folkmängden per månad (000007SF), december 2025',
      en: 'Statistics Sweden (SCB): Population by month (000007SF), December 2025',
    },
  },
} as const;

export type PopulationSourceId = keyof typeof POPULATION_SOURCES;
/** kommunkod → year → persons and source. */
export type PopulationTable = Map<string, Map<number, { persons: number; sourceId: PopulationSourceId }>>;

type Row = unknown[];

function readRows(dir: string, sourceId: PopulationSourceId): { file: string; rows: Row[] } {
  const file = POPULATION_SOURCES[sourceId].file;
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(readFileSync(join(dir, file)));
  } catch (error) {
    throw new ImportError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const sheetName = workbook.SheetNames[0];
  const sheet = sheetName ? workbook.Sheets[sheetName] : undefined;
  if (!sheet) throw new ImportError(file, 'has no sheets');
  return { file, rows: XLSX.utils.sheet_to_json<Row>(sheet, { header: 1, raw: true, blankrows: true }) };
}

function persons(value: unknown, file: string, row: number, column: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new ImportError(file, `expected a population count, found ${JSON.stringify(value)}`, row, column);
  }
  return value;
}

export function readPopulation(dir: string, kommuner: readonly Kommun[], fromYear: number): PopulationTable {
  const table: PopulationTable = new Map(
    kommuner.map((k) => [k.code, new Map<number, { persons: number; sourceId: PopulationSourceId }>()]),
  );
  const set = (code: string, year: number, value: number, sourceId: PopulationSourceId) =>
    table.get(code)?.set(year, { persons: value, sourceId });
  const lookup = kommunByName(kommuner);

  {
    const { file, rows } = readRows(dir, 'scb-folkmangd-1950-2022');
    const headerIndex = rows.findIndex((r) => r[0] === 'Kommun');
    if (headerIndex < 0) throw new ImportError(file, "no header row starting with 'Kommun'");
    const years = (rows[headerIndex] ?? []).slice(1).map(Number);
    let count = 0;
    for (let i = headerIndex + 1; i < rows.length && count < kommuner.length; i++) {
      const row = rows[i] ?? [];
      if (typeof row[0] !== 'string' || row[0].trim() === '') continue;
      const kommun = lookup(row[0], file, i + 1);
      count++;
      years.forEach((year, c) => {
        if (year >= fromYear)
          set(kommun.code, year, persons(row[c + 1], file, i + 1, c + 2), 'scb-folkmangd-1950-2022');
      });
    }
    if (count !== kommuner.length)
      throw new ImportError(file, `expected ${kommuner.length} kommun rows, found ${count}`);
  }

  for (const [sourceId, year] of [
    ['scb-be0101-2023', 2023],
    ['scb-be0101-2024', 2024],
  ] as const) {
    const { file, rows } = readRows(dir, sourceId);
    let count = 0;
    rows.forEach((row, i) => {
      const code = typeof row[0] === 'string' ? row[0].trim() : '';
      if (!/^\d{4}$/.test(code)) return;
      if (!table.has(code)) throw new ImportError(file, `unknown kommunkod '${code}'`, i + 1, 1);
      set(code, year, persons(row[2], file, i + 1, 3), sourceId);
      count++;
    });
    if (count !== kommuner.length)
      throw new ImportError(file, `expected ${kommuner.length} kommun rows, found ${count}`);
  }

  {
    const sourceId = 'scb-000007SF-2025M12';
    const { file, rows } = readRows(dir, sourceId);
    let count = 0;
    rows.forEach((row, i) => {
      const match = typeof row[0] === 'string' ? /^(\d{4}) /.exec(row[0]) : null;
      if (!match?.[1]) return;
      if (!table.has(match[1])) throw new ImportError(file, `unknown kommunkod '${match[1]}'`, i + 1, 1);
      set(match[1], 2025, persons(row[3], file, i + 1, 4), sourceId);
      count++;
    });
    if (count !== kommuner.length)
      throw new ImportError(file, `expected ${kommuner.length} kommun rows, found ${count}`);
  }
  return table;
}
