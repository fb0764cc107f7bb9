/**
 * An uploaded release file, from bytes to validated figures: decoded, read as SMHI's
 * export or the project's JSON, matched to the dashboard's cities and hashed. Nothing
 * here touches the database; a file with any problem yields the full list of them.
 */
import { MAX_RELEASE_UPLOAD_BYTES, MAX_YEAR, MIN_YEAR, type ImportProblem } from '../../contract/index.ts';
import { contentHash, resolveFigures, type Reference, type ReleaseFigures, type UploadEntry } from './figures.ts';
import { ProblemList } from './problems.ts';
import { readReleaseJson } from './release-json.ts';
import { looksLikeSmhiCsv, readSmhiCsv } from './smhi-csv.ts';

export interface PreparedRelease {
  format: 'smhi-csv' | 'json';
  fileName: string | null;
  rowCount: number;
  figures: ReleaseFigures;
  /** The dashboard's cities found, in the reference's order. */
  cityIds: string[];
  ignoredMunicipalities: number;
  contentHash: string;
  /** From the file (the CSV's report date, the JSON's `published`), when it says. */
  publishedInFile: string | null;
  labelInFile: { sv: string; en: string } | null;
  originInFile: string | null;
}

export type UploadResult = { ok: true; release: PreparedRelease } | { ok: false; problems: ImportProblem[] };

export function oversizedProblem(sizeBytes: number | null): ImportProblem {
  const size = sizeBytes === null ? 'larger than that' : `${sizeBytes} bytes`;
  return { row: null, column: null, message: `the upload is ${size}; the limit is ${MAX_RELEASE_UPLOAD_BYTES} bytes (${MAX_RELEASE_UPLOAD_BYTES / 1024 / 1024} MiB)` };
}

/** UTF-8, or Windows-1252 for an export saved by a Swedish spreadsheet program. */
export function decodeUpload(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** By content first (a browser may label a file wrongly); the declared type only decides when the content does not. */
function looksLikeJson(text: string, contentType: string | null): boolean {
  if (/^\uFEFF?\s*[[{]/.test(text)) return true;
  if (looksLikeSmhiCsv(text)) return false;
  return /json/i.test(contentType ?? '');
}

function csvEntries(table: NonNullable<ReturnType<typeof readSmhiCsv>['table']>): UploadEntry[] {
  return [...table.kommuner].map(([name, k]) => ({ name, row: k.row, column: 4, sectors: k.sectors, totals: k.totals, invalid: k.invalid }));
}

export function prepareUpload(bytes: Uint8Array, options: { contentType: string | null; fileName: string | null; reference: Reference }): UploadResult {
  if (bytes.byteLength > MAX_RELEASE_UPLOAD_BYTES) return { ok: false, problems: [oversizedProblem(bytes.byteLength)] };
  if (bytes.byteLength === 0) return { ok: false, problems: [{ row: null, column: null, message: 'the upload is empty' }] };
  const text = decodeUpload(bytes);
  const { reference } = options;
  const problems = new ProblemList();
  let entries: UploadEntry[];
  let years: number[];
  let rowCount: number;
  let format: PreparedRelease['format'];
  let extras: Pick<PreparedRelease, 'publishedInFile' | 'labelInFile' | 'originInFile'>;
  if (looksLikeJson(text, options.contentType)) {
    const json = readReleaseJson(text, new Set(reference.sectors.map((s) => s.id)));
    problems.items.push(...json.problems.items);
    ({ entries, years } = json);
    rowCount = entries.length;
    format = 'json';
    extras = { publishedInFile: json.file?.published ?? null, labelInFile: json.file?.label ?? null, originInFile: json.file?.origin ?? null };
  } else {
    const csv = readSmhiCsv(text);
    problems.items.push(...csv.problems.items);
    entries = csv.table ? csvEntries(csv.table) : [];
    years = csv.table?.years ?? [];
    rowCount = csv.rowCount;
    format = 'smhi-csv';
    extras = { publishedInFile: csv.reportDate, labelInFile: null, originInFile: null };
  }
  // Without a readable header or structure, matching cities would only repeat one problem 23 times.
  if (entries.length === 0 && problems.size > 0) return { ok: false, problems: problems.items };
  if (years.length === 0) problems.add(null, null, 'the file has no years with figures');
  const outside = years.filter((y) => y < MIN_YEAR || y > MAX_YEAR);
  if (outside.length > 0) problems.add(null, null, `year${outside.length > 1 ? 's' : ''} ${outside.join(', ')} outside ${MIN_YEAR}–${MAX_YEAR}`);
  const resolved = resolveFigures(entries, years, reference, problems);
  if (problems.size > 0) return { ok: false, problems: problems.items };
  return {
    ok: true,
    release: {
      format,
      fileName: options.fileName,
      rowCount,
      figures: resolved.figures,
      cityIds: resolved.cityIds,
      ignoredMunicipalities: resolved.ignoredMunicipalities,
      contentHash: contentHash(resolved.figures, reference.sectors.map((s) => s.id)),
      ...extras,
    },
  };
}
