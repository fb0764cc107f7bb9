/**
 * Reads SMHI's own export from Nationella emissionsdatabasen ("Länsrapport"):
 * `;`-separated, decimal comma, preamble lines, then the header
 * `Huvudsektor;Undersektor;Län;Kommun;<years>`, data rows, and a footer line
 * starting `Rapportnamn:`. Only main-sector rows (Undersektor "Alla") of
 * individual kommuner are kept; "Alla" in Huvudsektor is SMHI's total.
 *
 * Every problem is collected (row and column, 1-based), not only the first: a
 * coordinator fixing an upload should see them all. A problem in the header stops
 * the reading, since no row can be understood without it.
 */
import { emptyKommun, type EmissionsTable } from './emissions-table.ts';
import { ProblemList } from './problems.ts';
import { sectorIdForSmhiName } from './sectors.ts';

const FIXED_COLUMNS = ['Huvudsektor', 'Undersektor', 'Län', 'Kommun'] as const;
const NUMBER = /^\d+(,\d+)?$/;

export interface SmhiCsvResult {
  /** Null when the header could not be read. */
  table: EmissionsTable | null;
  problems: ProblemList;
  /** Data rows between header and footer (blank lines not counted). */
  rowCount: number;
  /** The report date of the `Rapportnamn:` line (`Länsrapport, 2021-10-14`), when there is one. */
  reportDate: string | null;
}

export function looksLikeSmhiCsv(text: string): boolean {
  return /(^|\n)\s*Huvudsektor\s*[;,\t]\s*Undersektor/.test(text.slice(0, 5000));
}

function readHeader(lines: string[], problems: ProblemList): { index: number; header: string[]; years: number[] } | null {
  const index = lines.findIndex((line) => line.startsWith('Huvudsektor'));
  if (index < 0) {
    problems.add(null, null, "no header line starting with 'Huvudsektor;Undersektor;Län;Kommun' was found");
    return null;
  }
  const row = index + 1;
  const line = lines[index] ?? '';
  if (!line.includes(';')) {
    const found = line.includes(',') ? "','" : line.includes('\t') ? 'a tab' : 'no delimiter';
    problems.add(row, null, `the header uses ${found}; SMHI's export is separated by ';' with decimal commas`);
    return null;
  }
  const header = line.split(';').map((cell) => cell.trim());
  const before = problems.size;
  FIXED_COLUMNS.forEach((name, i) => {
    if (header[i] !== name) problems.add(row, i + 1, `expected '${name}', found '${header[i] ?? ''}'`);
  });
  const years = header.slice(FIXED_COLUMNS.length).map((cell, i) => {
    if (!/^\d{4}$/.test(cell)) problems.add(row, FIXED_COLUMNS.length + i + 1, `expected a year, found '${cell}'`);
    return Number(cell);
  });
  if (years.length === 0) problems.add(row, null, 'the header has no year columns');
  years.forEach((y, i) => {
    const previous = years[i - 1];
    if (previous !== undefined && y <= previous) problems.add(row, FIXED_COLUMNS.length + i + 1, `year ${y} is out of order or repeated`);
  });
  return problems.size > before ? null : { index, header, years };
}

export function readSmhiCsv(input: string): SmhiCsvResult {
  const problems = new ProblemList();
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  const reportDate = lines.find((line) => line.startsWith('Rapportnamn:'))?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  const head = readHeader(lines, problems);
  if (!head) return { table: null, problems, rowCount: 0, reportDate };
  const { index, header, years } = head;

  const table: EmissionsTable = { years, kommuner: new Map() };
  const seen = new Map<string, number>();
  const kommunLan = new Map<string, string>();
  let footerFound = false;
  let rowCount = 0;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const row = i + 1;
    if (line.startsWith('Rapportnamn:')) {
      footerFound = true;
      break;
    }
    if (/^[;\s]*$/.test(line)) continue;
    rowCount++;
    const cells = line.split(';');
    if (cells.length !== header.length) {
      problems.add(row, null, `has ${cells.length} fields, expected ${header.length} (truncated or wrong delimiter?)`);
      continue;
    }
    const [main = '', sub = '', lan = '', kommun = ''] = cells.map((c) => c.trim());
    const empty = FIXED_COLUMNS.filter((_, c) => !cells[c]?.trim());
    FIXED_COLUMNS.forEach((name, c) => {
      if (!cells[c]?.trim()) problems.add(row, c + 1, `${name} is empty`);
    });
    if (empty.length > 0) continue;
    const key = `${main}|${sub}|${lan}|${kommun}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(row, null, `duplicate row for ${main} / ${sub} / ${lan} / ${kommun}`);
      continue;
    }
    seen.set(key, row);
    if (sub !== 'Alla' || kommun === 'Alla' || lan === 'Alla') continue;
    const sectorId = main === 'Alla' ? null : sectorIdForSmhiName(main);
    if (sectorId === undefined) {
      problems.add(row, 1, `unknown main sector '${main}'`);
      continue;
    }
    const lanOf = kommunLan.get(kommun);
    if (lanOf !== undefined && lanOf !== lan) problems.add(row, 3, `${kommun} appears under both ${lanOf} and ${lan}`);
    kommunLan.set(kommun, lan);
    const entry = table.kommuner.get(kommun) ?? emptyKommun(row);
    table.kommuner.set(kommun, entry);
    const invalid = (entry.invalid ??= new Set());
    years.forEach((y, c) => {
      const column = FIXED_COLUMNS.length + c + 1;
      const raw = (cells[column - 1] ?? '').trim();
      const negative = raw.startsWith('-') && NUMBER.test(raw.slice(1));
      if (negative || !NUMBER.test(raw)) {
        invalid.add(`${y}|${sectorId ?? 'total'}`);
        return problems.add(row, column, negative ? `negative value '${raw}' for ${y}` : `'${raw}' for ${y} is not a number with a decimal comma`);
      }
      const value = Number(raw.replace(',', '.'));
      if (sectorId === null) {
        entry.totals.set(y, value);
      } else {
        const bySector = entry.sectors.get(y) ?? new Map<string, number>();
        bySector.set(sectorId, value);
        entry.sectors.set(y, bySector);
      }
    });
  }
  if (!footerFound) {
    // Point at the last line with content, not at the empty string after a final newline.
    let lastRow = lines.length;
    while (lastRow > 1 && (lines[lastRow - 1] ?? '').trim() === '') lastRow--;
    problems.add(lastRow, null, "the file ends without SMHI's footer line 'Rapportnamn:'; it looks truncated");
  }
  if (table.kommuner.size === 0 && problems.size === 0) problems.add(null, null, 'no kommun rows with Undersektor "Alla" were found');
  return { table, problems, rowCount, reportDate };
}
