/**
 * Reads SMHI's own export from Nationella emissionsdatabasen ("Länsrapport"):
 * `;`-separated, decimal comma, preamble lines, then the header
 * `Huvudsektor;Undersektor;Län;Kommun;<years>`, data rows, and a footer line
 * starting `Rapportnamn:`. The lines become rows of cells here; what the rows mean is
 * read by smhi-table.ts, which the Excel download shares.
 *
 * Every problem is collected (row and column, 1-based), not only the first: a
 * coordinator fixing an upload should see them all. A problem in the header stops
 * the reading, since no row can be understood without it.
 */
import type { EmissionsTable } from './emissions-table.ts';
import { ProblemList } from './problems.ts';
import { readSmhiHeader, SmhiRows, type Locator } from './smhi-table.ts';

export interface SmhiCsvResult {
  /** Null when the header could not be read. */
  table: EmissionsTable | null;
  problems: ProblemList;
  /** Data rows between header and footer (blank lines not counted). */
  rowCount: number;
  /** The report date of the `Rapportnamn:` line (`Länsrapport, 2021-10-14`), when there is one. */
  reportDate: string | null;
}

const CSV: Locator = { cell: (_row, column) => column, row: () => null, fixedWidth: true };

export function looksLikeSmhiCsv(text: string): boolean {
  return /(^|\n)\s*Huvudsektor\s*[;,\t]\s*Undersektor/.test(text.slice(0, 5000));
}

export function readSmhiCsv(input: string): SmhiCsvResult {
  const problems = new ProblemList();
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  const reportDate = lines.find((line) => line.startsWith('Rapportnamn:'))?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  const failed = { table: null, problems, rowCount: 0, reportDate };
  const index = lines.findIndex((line) => line.startsWith('Huvudsektor'));
  if (index < 0) {
    problems.add(null, null, "no header line starting with 'Huvudsektor;Undersektor;Län;Kommun' was found");
    return failed;
  }
  const headerLine = lines[index] ?? '';
  if (!headerLine.includes(';')) {
    const found = headerLine.includes(',') ? "','" : headerLine.includes('\t') ? 'a tab' : 'no delimiter';
    problems.add(index + 1, null, `the header uses ${found}; SMHI's export is separated by ';' with decimal commas`);
    return failed;
  }
  const header = readSmhiHeader(headerLine.split(';'), index + 1, CSV, problems);
  if (!header) return failed;

  const rows = new SmhiRows(header, CSV, problems);
  let footerFound = false;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('Rapportnamn:')) {
      footerFound = true;
      break;
    }
    if (/^[;\s]*$/.test(line)) continue;
    rows.add(i + 1, line.split(';'));
  }
  if (!footerFound) {
    // Point at the last line with content, not at the empty string after a final newline.
    let lastRow = lines.length;
    while (lastRow > 1 && (lines[lastRow - 1] ?? '').trim() === '') lastRow--;
    problems.add(lastRow, null, "the file ends without SMHI's footer line 'Rapportnamn:'; it looks truncated");
  }
  return { table: rows.finish(), problems, rowCount: rows.rowCount, reportDate };
}
