/**
 * SMHI's Excel download from Nationella emissionsdatabasen (its "getexcelfile" export): one
 * sheet with preamble rows, then the same table as the semicolon export, header
 * `Huvudsektor | Undersektor | Län | Kommun | <years>`, numbers as number cells. Read with
 * SheetJS (@e965/xlsx, as the SCB population files are) into rows of cells, which
 * smhi-table.ts interprets exactly as it does the CSV's. Problems are located by the sheet's
 * row and the cell (`Sheet1!F12`).
 *
 * Safety: the zip is checked first (zip-check.ts: unpacked size, entries, encryption);
 * SheetJS never evaluates formulas (a formula cell gives its stored value; one without is reported),
 * no styles or HTML, and reads at most MAX_SHEET_ROWS rows of a sheet; the zip check caps the
 * cells of all sheets (MAX_SHEET_CELLS), and every row is cut to the header's width, so the
 * work is bounded by the header's width × the rows.
 */
import * as XLSX from '@e965/xlsx';
import type { EmissionsTable } from './emissions-table.ts';
import { ProblemList } from './problems.ts';
import { cellText, readSmhiHeader, SmhiRows, type Cell, type Locator } from './smhi-table.ts';
import { checkZip } from './zip-check.ts';

/** SheetJS's number-format parser (SSF) has no types; the one function used here, typed. */
const isDateFormat = (format: string): boolean =>
  (XLSX.SSF as { is_date: (format: string) => boolean }).is_date(format);

/** SMHI's export of every municipality, sub-sectors included, has about 20 000 rows. */
export const MAX_SHEET_ROWS = 100_000;
/** The header is looked for in the first rows and columns, as SMHI puts it below a short preamble. */
const HEADER_SEARCH_ROWS = 50;
const HEADER_SEARCH_COLUMNS = 10;
/** Preamble rows are read for SMHI's report date, in their first cells. */
const PREAMBLE_COLUMNS = 10;
/** Four fixed columns and one per year: 1990 to 2100 fits, a row of 16 384 columns is not read whole. */
const MAX_HEADER_COLUMNS = 4 + 111;

export interface SmhiXlsxResult {
  table: EmissionsTable | null;
  problems: ProblemList;
  rowCount: number;
  reportDate: string | null;
}

/** An old binary Excel file (.xls) starts with the OLE2 signature D0 CF 11 E0. */
export const isOldExcel = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/** The sheet's name as a reference writes it: quoted when it is not a plain word. */
const sheetRef = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function readWorkbook(bytes: Uint8Array, problems: ProblemList): XLSX.WorkBook | null {
  const zipProblem = checkZip(bytes);
  if (zipProblem) {
    problems.add(null, null, zipProblem);
    return null;
  }
  try {
    return XLSX.read(bytes, {
      type: 'array',
      dense: true,
      sheetRows: MAX_SHEET_ROWS + 1,
      // Kept only to tell a formula Excel never calculated from an empty cell; never evaluated.
      cellFormula: true,
      cellHTML: false,
      cellText: false,
      // Number formats: a date-formatted cell holds a day count, not tonnes.
      cellNF: true,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
      bookFiles: false,
      bookDeps: false,
    });
  } catch (error) {
    problems.add(
      null,
      null,
      `is a zip archive but not a readable Excel workbook (${(error as Error).message.slice(0, 200)})`,
    );
    return null;
  }
}

const rowsOf = (sheet: XLSX.WorkSheet): (XLSX.CellObject[] | undefined)[] =>
  (sheet['!data'] as (XLSX.CellObject[] | undefined)[] | undefined) ?? [];
/** Excel's error codes as SheetJS gives them (the cell's `v`), by the text Excel shows. */
const EXCEL_ERRORS = new Map<number, string>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

function valueOf(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return undefined;
  if (cell.f !== undefined && (cell.v === undefined || cell.v === '')) {
    return {
      text: '',
      problem: `holds a formula without a stored value (=${cell.f.slice(0, 40)}): save the file in Excel first, which stores every formula's value`,
    };
  }
  if (cell.t === 'e') {
    const code =
      typeof cell.v === 'number'
        ? (EXCEL_ERRORS.get(cell.v) ?? `error ${cell.v}`)
        : String(cell.w ?? cell.v ?? 'error');
    return { text: code, problem: `holds an Excel error (${code}), not tonnes` };
  }
  if (cell.t === 'n' && typeof cell.z === 'string' && isDateFormat(cell.z)) {
    return {
      text: String(cell.v),
      problem: `is formatted as a date (${cell.z}), so its ${String(cell.v)} is a day, not tonnes`,
    };
  }
  return cell.v as Cell;
}

/** The first sheet with SMHI's header, and where the header is. */
function findTable(
  workbook: XLSX.WorkBook,
): { name: string; sheet: XLSX.WorkSheet; row: number; column: number } | null {
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const rows = rowsOf(sheet);
    for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
      const cells = rows[r] ?? [];
      for (let c = 0; c < Math.min(cells.length, HEADER_SEARCH_COLUMNS); c++) {
        if (cellText(valueOf(cells[c])) === 'Huvudsektor') return { name, sheet, row: r, column: c };
      }
    }
  }
  return null;
}

/**
 * A row's cells from the table's first column, at most `width` of them. A sheet's row can be
 * 16 384 columns wide with one cell in XFD, so only cells that exist are visited (Object.keys
 * of a sparse row), never every index; cells right of `width` are counted and reported once.
 */
function sparseCellReader(rows: ReturnType<typeof rowsOf>, first: number, where: Locator) {
  const beyond: { cell: string | null; count: number } = { cell: null, count: 0 };
  const cellsOf = (r: number, width: number): Cell[] => {
    const row = rows[r];
    const cells: Cell[] = new Array<Cell>(Math.max(0, Math.min(width, (row?.length ?? 0) - first))).fill(undefined);
    if (!row) return cells;
    for (const key of Object.keys(row)) {
      const c = Number(key) - first;
      if (c < 0) continue;
      const value = valueOf(row[Number(key)]);
      if (c < width) cells[c] = value;
      else if (cellText(value) !== '') {
        beyond.cell ??= where.cell(r + 1, c + 1) as string;
        beyond.count++;
      }
    }
    return cells;
  };
  return { cellsOf, beyond };
}

export function readSmhiXlsx(bytes: Uint8Array): SmhiXlsxResult {
  const problems = new ProblemList();
  const failed = (reportDate: string | null = null): SmhiXlsxResult => ({
    table: null,
    problems,
    rowCount: 0,
    reportDate,
  });
  const workbook = readWorkbook(bytes, problems);
  if (!workbook) return failed();
  const found = findTable(workbook);
  if (!found) {
    const names = workbook.SheetNames.map((n) => `'${n}'`).join(', ');
    problems.add(
      null,
      null,
      `no sheet has a header row starting with 'Huvudsektor | Undersektor | Län | Kommun' (sheets: ${names || 'none'})`,
    );
    return failed();
  }
  const { name, sheet, row: headerIndex, column: first } = found;
  const ref = sheetRef(name);
  const where: Locator = {
    cell: (row, column) => `${ref}!${XLSX.utils.encode_cell({ r: row - 1, c: first + column - 1 })}`,
    row: () => name,
    fixedWidth: false,
  };
  const rows = rowsOf(sheet);
  const { cellsOf, beyond } = sparseCellReader(rows, first, where);
  const preamble = Array.from({ length: headerIndex }, (_, r) => cellsOf(r, PREAMBLE_COLUMNS).map(cellText).join(' '));
  const reportDate = preamble.find((line) => line.startsWith('Rapportnamn'))?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  if (rows.length > MAX_SHEET_ROWS) {
    problems.add(
      null,
      name,
      `the sheet '${name}' has more than ${MAX_SHEET_ROWS} rows; SMHI's export of every municipality has about 20 000`,
    );
    return failed(reportDate);
  }
  const header = readSmhiHeader(cellsOf(headerIndex, MAX_HEADER_COLUMNS), headerIndex + 1, where, problems);
  if (!header) return failed(reportDate);
  const table = new SmhiRows(header, where, problems);
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = cellsOf(r, header.width);
    const firstText = cellText(cells[0]);
    if (firstText.startsWith('Rapportnamn')) break;
    if (cells.every((cell) => cellText(cell) === '')) continue;
    table.add(r + 1, cells);
  }
  if (beyond.cell !== null) {
    problems.add(
      null,
      name,
      `${beyond.count} cell${beyond.count > 1 ? 's' : ''} right of the last year column, the first at ${beyond.cell}: the table ends at its last year`,
    );
  }
  return { table: { ...table.finish(), sheet: name }, problems, rowCount: table.rowCount, reportDate };
}
