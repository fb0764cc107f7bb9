/**
 * The one interpreter of SMHI's table, whatever file it came in: the header
 * `Huvudsektor | Undersektor | Län | Kommun | <years>`, then one row per main sector, sub-sector
 * and kommun. The semicolon export (smhi-csv.ts) and the Excel download (smhi-xlsx.ts) only
 * turn their file into rows of cells; everything SMHI's rows mean is decided here, once.
 *
 * Only main-sector rows (Undersektor "Alla") of individual kommuner are kept; "Alla" in
 * Huvudsektor is SMHI's total. Every problem is collected with its row and column.
 */
import { emptyKommun, type EmissionsTable, type KommunEmissions } from './emissions-table.ts';
import type { ProblemList } from './problems.ts';
import { sectorIdForSmhiName } from './sectors.ts';

/** A sheet's cell that holds no value to read (an Excel error, a formula never calculated, a date): what it shows, and why it is no tonnage. */
export interface FlaggedCell {
  text: string;
  problem: string;
}
/** A cell as a file gives it: text (the CSV, a text cell), a number (a sheet's number cell), a flagged cell, or nothing. */
export type Cell = string | number | boolean | FlaggedCell | null | undefined;

export const FIXED_COLUMNS = ['Huvudsektor', 'Undersektor', 'Län', 'Kommun'] as const;
/** Digits with an optional decimal comma: what SMHI's export writes. */
const DECIMAL_COMMA = /^\d+(,\d+)?$/;

/** How a file names a place in it, for problems. */
export interface Locator {
  /** The column of a cell: a number for the CSV, `Sheet1!F12` for a sheet. */
  cell(row: number, column: number): number | string;
  /** The column given with a problem about a whole row: null for the CSV, the sheet's name for a sheet. */
  row(row: number): number | string | null;
  /** Whether a row must have exactly the header's number of fields (the CSV; a sheet simply has empty cells). */
  fixedWidth: boolean;
}

export const cellText = (cell: Cell): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'object' ? cell.text : String(cell).trim();

/** A value in tonnes, or what is wrong with it (the message names the value and the year). */
export function readTonnes(cell: Cell, year: number): { value: number } | { problem: string } {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { problem: `${String(cell)} for ${year} is not a finite number` };
    if (cell < 0) return { problem: `negative value ${cell} for ${year}` };
    return { value: cell };
  }
  if (cell === null || cell === undefined) return { problem: `no value for ${year} (the cell is empty)` };
  if (typeof cell === 'object') return { problem: `the cell for ${year} ${cell.problem}` };
  const raw = String(cell).trim();
  if (raw.startsWith('-') && DECIMAL_COMMA.test(raw.slice(1)))
    return { problem: `negative value '${raw}' for ${year}` };
  if (!DECIMAL_COMMA.test(raw))
    return {
      problem: `'${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}' for ${year} is not a number with a decimal comma`,
    };
  const value = Number(raw.replace(',', '.'));
  // 400 digits parse as Infinity: a number, but no tonnage.
  if (!Number.isFinite(value))
    return {
      problem: `'${raw.slice(0, 20)}…' (${raw.length} characters) for ${year} is too large to be a number of tonnes`,
    };
  return { value };
}

export interface SmhiHeader {
  years: number[];
  width: number;
}

/** Checks the header row; null (with its problems) when no row could be understood by it. */
export function readSmhiHeader(
  cells: readonly Cell[],
  row: number,
  where: Locator,
  problems: ProblemList,
): SmhiHeader | null {
  const header = cells.map(cellText);
  const before = problems.size;
  FIXED_COLUMNS.forEach((name, i) => {
    if (header[i] !== name) problems.add(row, where.cell(row, i + 1), `expected '${name}', found '${header[i] ?? ''}'`);
  });
  let last = header.length;
  // A sheet's row can end in empty cells; the CSV's cannot (they would be empty year columns, reported below).
  if (!where.fixedWidth) while (last > FIXED_COLUMNS.length && header[last - 1] === '') last--;
  const years = header.slice(FIXED_COLUMNS.length, last).map((cell, i) => {
    if (!/^\d{4}$/.test(cell))
      problems.add(row, where.cell(row, FIXED_COLUMNS.length + i + 1), `expected a year, found '${cell}'`);
    return Number(cell);
  });
  if (years.length === 0) problems.add(row, where.row(row), 'the header has no year columns');
  years.forEach((y, i) => {
    const previous = years[i - 1];
    if (previous !== undefined && y <= previous)
      problems.add(row, where.cell(row, FIXED_COLUMNS.length + i + 1), `year ${y} is out of order or repeated`);
  });
  return problems.size > before ? null : { years, width: FIXED_COLUMNS.length + years.length };
}

/** Reads data rows one at a time into an EmissionsTable. */
export class SmhiRows {
  readonly table: EmissionsTable;
  /** Data rows read (blank rows not counted). */
  rowCount = 0;
  readonly #seen = new Set<string>();
  readonly #kommunLan = new Map<string, string>();

  constructor(
    readonly header: SmhiHeader,
    readonly where: Locator,
    readonly problems: ProblemList,
  ) {
    const { years } = header;
    const columnOf = new Map(years.map((year, i) => [year, FIXED_COLUMNS.length + i + 1]));
    this.table = {
      years,
      kommuner: new Map(),
      locate: (row, year) =>
        where.cell(row, year === null ? FIXED_COLUMNS.length : (columnOf.get(year) ?? FIXED_COLUMNS.length)),
    };
  }

  add(row: number, cells: readonly Cell[]): void {
    const { header, where, problems } = this;
    this.rowCount++;
    if (where.fixedWidth && cells.length !== header.width) {
      problems.add(
        row,
        where.row(row),
        `has ${cells.length} fields, expected ${header.width} (truncated or wrong delimiter?)`,
      );
      return;
    }
    for (let c = header.width; c < cells.length; c++) {
      if (cellText(cells[c]) !== '')
        problems.add(
          row,
          where.cell(row, c + 1),
          `'${cellText(cells[c]).slice(0, 40)}' is right of the last year column`,
        );
    }
    const [main, sub, lan, kommun] = FIXED_COLUMNS.map((_, c) => cellText(cells[c]));
    let empty = false;
    FIXED_COLUMNS.forEach((name, c) => {
      if (cellText(cells[c]) === '') {
        empty = true;
        problems.add(row, where.cell(row, c + 1), `${name} is empty`);
      }
    });
    if (empty || main === undefined || sub === undefined || lan === undefined || kommun === undefined) return;
    const key = `${main}|${sub}|${lan}|${kommun}`;
    if (this.#seen.has(key)) {
      problems.add(row, where.row(row), `duplicate row for ${main} / ${sub} / ${lan} / ${kommun}`);
      return;
    }
    this.#seen.add(key);
    if (sub !== 'Alla' || kommun === 'Alla' || lan === 'Alla') return;
    const sectorId = main === 'Alla' ? null : sectorIdForSmhiName(main);
    if (sectorId === undefined) {
      problems.add(row, where.cell(row, 1), `unknown main sector '${main}'`);
      return;
    }
    const lanOf = this.#kommunLan.get(kommun);
    if (lanOf !== undefined && lanOf !== lan)
      problems.add(row, where.cell(row, 3), `${kommun} appears under both ${lanOf} and ${lan}`);
    this.#kommunLan.set(kommun, lan);
    const entry = this.table.kommuner.get(kommun) ?? emptyKommun(row);
    this.table.kommuner.set(kommun, entry);
    (entry.rows ??= new Map()).set(sectorId ?? 'total', row);
    this.#readFigures(row, cells, entry, sectorId);
  }

  /** The row's tonnes per year into the kommun's entry (its totals when `sectorId` is null); an unreadable one is a problem. */
  #readFigures(row: number, cells: readonly Cell[], entry: KommunEmissions, sectorId: string | null): void {
    const invalid = (entry.invalid ??= new Set());
    this.header.years.forEach((year, i) => {
      const column = FIXED_COLUMNS.length + i + 1;
      const read = readTonnes(cells[column - 1], year);
      if ('problem' in read) {
        invalid.add(`${year}|${sectorId ?? 'total'}`);
        this.problems.add(row, this.where.cell(row, column), read.problem);
      } else if (sectorId === null) {
        entry.totals.set(year, read.value);
      } else {
        const bySector = entry.sectors.get(year) ?? new Map<string, number>();
        bySector.set(sectorId, read.value);
        entry.sectors.set(year, bySector);
      }
    });
  }

  /** After the last row: a table without a single kommun is a problem of its own. */
  finish(): EmissionsTable {
    if (this.table.kommuner.size === 0 && this.problems.size === 0)
      this.problems.add(null, null, 'no kommun rows with Undersektor "Alla" were found');
    return this.table;
  }
}
