/**
 * CSV as spreadsheets in each language expect it (RFC 4180 quoting, CRLF line ends):
 * Swedish uses `;` between fields and a decimal comma, English `,` and a decimal point.
 * Numbers are written in full, with no thousands separators, so they parse back to the
 * exact values the chart or table shows; an empty field is a missing value. The text
 * starts with a byte-order mark so Excel reads å, ä and ö as UTF-8.
 */
import type { Lang } from '../../lib/format.ts';

/** One field: text, a number, or null for "no value". */
export type CsvCell = string | number | null;
export type CsvRow = readonly CsvCell[];

export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

export function csvDialect(lang: Lang): { separator: string; decimal: string } {
  return lang === 'sv' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/** A number in plain positional notation (never `1e-7`), hyphen-minus for negatives. */
function plainNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Outside ±1e21 toFixed also gives exponents; emission figures never get there.
  return value.toFixed(20).replace(/\.?0+$/, '');
}

function field(cell: CsvCell, separator: string, decimal: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return plainNumber(cell).replace('.', decimal);
  }
  // A text that starts like a formula is neutralised, so a spreadsheet shows it instead of running it.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows (header first) as CSV text in the language's dialect, with a BOM. */
export function toCsv(rows: readonly CsvRow[], { lang }: { lang: Lang }): string {
  const { separator, decimal } = csvDialect(lang);
  return (
    BOM + rows.map((row) => row.map((cell) => field(cell, separator, decimal)).join(separator)).join('\r\n') + '\r\n'
  );
}

/** Splits CSV text of either dialect back into rows of raw field text (quotes removed, BOM dropped). */
export function parseCsv(text: string, { lang }: { lang: Lang }): string[][] {
  const { separator } = csvDialect(lang);
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(current);
      current = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(current);
      rows.push(row);
      row = [];
      current = '';
    } else current += char;
  }
  if (current !== '' || row.length > 0) {
    row.push(current);
    rows.push(row);
  }
  return rows;
}

/** A field written by toCsv as a number again; null for an empty field. */
export function parseCsvNumber(raw: string, { lang }: { lang: Lang }): number | null {
  if (raw === '') return null;
  const { decimal } = csvDialect(lang);
  return Number(decimal === ',' ? raw.replace(',', '.') : raw);
}
