/**
 * Reads SMHI's own export from Nationella emissionsdatabasen ("Länsrapport"):
 * `;`-separated, decimal comma, preamble lines, then the header
 * `Huvudsektor;Undersektor;Län;Kommun;<years>`, data rows, and a footer line
 * starting `Rapportnamn:`. Only main-sector rows (Undersektor "Alla") of
 * individual kommuner are kept; "Alla" in Huvudsektor is SMHI's total.
 */
import { ImportError } from './errors.ts';
import { emptyKommun, type EmissionsTable } from './emissions-table.ts';
import { sectorIdForSmhiName } from './sectors.ts';

const FIXED_COLUMNS = ['Huvudsektor', 'Undersektor', 'Län', 'Kommun'] as const;
const NUMBER = /^\d+(,\d+)?$/;

export function looksLikeSmhiCsv(text: string): boolean {
  return /(^|\n)\s*Huvudsektor\s*[;,\t]\s*Undersektor/.test(text.slice(0, 5000));
}

export function parseSmhiCsv(text: string, file: string): EmissionsTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.startsWith('Huvudsektor'));
  if (headerIndex < 0) throw new ImportError(file, "no header line starting with 'Huvudsektor;Undersektor;Län;Kommun' was found");
  const headerLine = lines[headerIndex] ?? '';
  if (!headerLine.includes(';')) {
    const found = headerLine.includes(',') ? "','" : headerLine.includes('\t') ? 'a tab' : 'no delimiter';
    throw new ImportError(file, `the header uses ${found}; SMHI's export is separated by ';' with decimal commas`, headerIndex + 1);
  }
  const header = headerLine.split(';').map((cell) => cell.trim());
  FIXED_COLUMNS.forEach((name, i) => {
    if (header[i] !== name) throw new ImportError(file, `expected '${name}', found '${header[i] ?? ''}'`, headerIndex + 1, i + 1);
  });
  const years = header.slice(FIXED_COLUMNS.length).map((cell, i) => {
    const column = FIXED_COLUMNS.length + i + 1;
    if (!/^\d{4}$/.test(cell)) throw new ImportError(file, `expected a year, found '${cell}'`, headerIndex + 1, column);
    return Number(cell);
  });
  if (years.length === 0) throw new ImportError(file, 'the header has no year columns', headerIndex + 1);
  years.forEach((y, i) => {
    if (i > 0 && y <= (years[i - 1] ?? 0)) throw new ImportError(file, `year ${y} is out of order or repeated`, headerIndex + 1, FIXED_COLUMNS.length + i + 1);
  });

  const table: EmissionsTable = { years, kommuner: new Map() };
  const seen = new Set<string>();
  const kommunLan = new Map<string, string>();
  let footerFound = false;
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const rowNumber = i + 1;
    if (line.startsWith('Rapportnamn:')) {
      footerFound = true;
      break;
    }
    if (/^[;\s]*$/.test(line)) continue;
    const cells = line.split(';');
    if (cells.length !== header.length) {
      throw new ImportError(file, `has ${cells.length} fields, expected ${header.length} (truncated or wrong delimiter?)`, rowNumber);
    }
    const [main = '', sub = '', lan = '', kommun = ''] = cells.map((c) => c.trim());
    FIXED_COLUMNS.forEach((name, c) => {
      if (!cells[c]?.trim()) throw new ImportError(file, `${name} is empty`, rowNumber, c + 1);
    });
    const key = `${main}|${sub}|${lan}|${kommun}`;
    if (seen.has(key)) throw new ImportError(file, `duplicate row for ${main} / ${sub} / ${lan} / ${kommun}`, rowNumber);
    seen.add(key);
    if (sub !== 'Alla' || kommun === 'Alla' || lan === 'Alla') continue;
    const sectorId = main === 'Alla' ? null : sectorIdForSmhiName(main);
    if (sectorId === undefined) throw new ImportError(file, `unknown main sector '${main}'`, rowNumber, 1);
    const lanOf = kommunLan.get(kommun);
    if (lanOf !== undefined && lanOf !== lan) throw new ImportError(file, `${kommun} appears under both ${lanOf} and ${lan}`, rowNumber, 3);
    kommunLan.set(kommun, lan);
    const entry = table.kommuner.get(kommun) ?? emptyKommun(rowNumber);
    table.kommuner.set(kommun, entry);
    years.forEach((y, c) => {
      const column = FIXED_COLUMNS.length + c + 1;
      const raw = (cells[column - 1] ?? '').trim();
      if (raw.startsWith('-') && NUMBER.test(raw.slice(1))) throw new ImportError(file, `negative value '${raw}' for ${y}`, rowNumber, column);
      if (!NUMBER.test(raw)) throw new ImportError(file, `'${raw}' for ${y} is not a number with a decimal comma`, rowNumber, column);
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
    throw new ImportError(file, "the file ends without SMHI's footer line 'Rapportnamn:'; it looks truncated", lastRow);
  }
  if (table.kommuner.size === 0) throw new ImportError(file, 'no kommun rows with Undersektor "Alla" were found');
  return table;
}
