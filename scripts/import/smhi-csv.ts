/**
 * SMHI's semicolon export for the dataset builder. The reading itself is shared with the
 * server's release upload (server/releases/smhi-csv.ts), which lists every problem; the
 * builder stops at the first, naming file, row and column.
 */
import { readSmhiCsv } from '../../server/releases/smhi-csv.ts';
import type { EmissionsTable } from './emissions-table.ts';
import { ImportError } from './errors.ts';

export { looksLikeSmhiCsv } from '../../server/releases/smhi-csv.ts';

export function parseSmhiCsv(text: string, file: string): EmissionsTable {
  const { table, problems } = readSmhiCsv(text);
  const first = problems.items[0];
  if (first) throw new ImportError(file, first.message, first.row ?? undefined, first.column ?? undefined);
  if (!table) throw new ImportError(file, 'could not be read');
  // The builder keeps the figures; where each value sat in the file only serves the upload's problems.
  const kommuner = new Map([...table.kommuner].map(([name, { rows: _rows, ...kommun }]) => [name, kommun]));
  return { years: table.years, kommuner };
}
