/**
 * An uploaded release file, from bytes to validated figures: recognised (SMHI's Excel
 * download by its zip signature, then text as SMHI's semicolon export or the project's JSON),
 * read, matched to the dashboard's cities, checked for plausible values and hashed. Nothing
 * here touches the database; a file with any problem yields its problems (the first ones
 * listed, all of them counted).
 */
import { MAX_RELEASE_UPLOAD_BYTES, MAX_YEAR, MIN_YEAR, type ImportProblem } from '../../contract/index.ts';
import type { EmissionsTable } from './emissions-table.ts';
import { contentHash, resolveFigures, type Reference, type ReleaseFigures, type UploadEntry } from './figures.ts';
import { checkPlausibility } from './plausibility.ts';
import { ProblemList, rejected, rejectedWith, type Rejected } from './problems.ts';
import { readReleaseJson } from './release-json.ts';
import { looksLikeSmhiCsv, readSmhiCsv } from './smhi-csv.ts';
import { isOldExcel, readSmhiXlsx } from './smhi-xlsx.ts';
import { isZip } from './zip-check.ts';

export type UploadFormat = 'smhi-csv' | 'smhi-xlsx' | 'json';

export interface PreparedRelease {
  format: UploadFormat;
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

export type UploadResult = { ok: true; release: PreparedRelease } | Rejected;

const MIB = 1024 * 1024;

/** The upload is too large: by its declared size when known, else by the limit it passed while streaming. */
export function oversizedProblem(sizeBytes: number | null, limitBytes = MAX_RELEASE_UPLOAD_BYTES): ImportProblem {
  const message =
    sizeBytes === null
      ? `the upload is larger than ${limitBytes / MIB} MiB (${limitBytes} bytes), the limit; reading stopped there`
      : `the upload is ${sizeBytes} bytes; the limit is ${limitBytes} bytes (${limitBytes / MIB} MiB)`;
  return { row: null, column: null, message };
}

/** UTF-8, or Windows-1252 for an export saved by a Swedish spreadsheet program. */
export function decodeUpload(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const SAVE_AS_UTF8 = `save it as UTF-8 (in Excel: Save as → "CSV UTF-8", which writes ';' with Swedish settings), or upload SMHI's .xlsx download as it is`;

/**
 * A UTF-16 file (Excel's "Unicode text", Windows "Unicode") read as UTF-8 is NULs between
 * letters: no header is ever found. Recognised by its byte-order mark, or by NULs in every
 * other byte of its start.
 */
export function utf16Problem(bytes: Uint8Array): string | null {
  const named = (encoding: string, how: string) =>
    `the file is encoded as ${encoding} (${how}), which the importer does not read: ${SAVE_AS_UTF8}`;
  // UTF-32 LE's mark begins with UTF-16 LE's, so it is recognised first.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return named('UTF-32 little-endian', 'it starts with the byte-order mark FF FE 00 00');
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
    return named('UTF-32 big-endian', 'it starts with the byte-order mark 00 00 FE FF');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return named('UTF-16 little-endian', 'it starts with the byte-order mark FF FE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return named('UTF-16 big-endian', 'it starts with the byte-order mark FE FF');
  const start = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < start.length; i++) {
    if (start[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = start.length / 2;
  if (half >= 8 && (odd > 0.3 * half || even > 0.3 * half)) {
    return named(
      odd > even ? 'UTF-16 little-endian' : 'UTF-16 big-endian',
      `every other byte is 0, without a byte-order mark`,
    );
  }
  return null;
}

/** By content first (a browser may label a file wrongly); the declared type only decides when the content does not. */
function looksLikeJson(text: string, contentType: string | null): boolean {
  if (/^\uFEFF?\s*[[{]/.test(text)) return true;
  if (looksLikeSmhiCsv(text)) return false;
  return /json/i.test(contentType ?? '');
}

function tableEntries(table: EmissionsTable): UploadEntry[] {
  return [...table.kommuner].map(([name, k]) => ({
    name,
    row: k.row,
    column: table.locate?.(k.row, null) ?? 4,
    wholeRow: table.sheet ?? null,
    sectors: k.sectors,
    totals: k.totals,
    invalid: k.invalid,
    locate: (year: number, sectorId: string | null) => {
      const row = k.rows?.get(sectorId ?? 'total') ?? k.row;
      return { row, column: table.locate?.(row, year) ?? null };
    },
  }));
}

interface Read {
  format: UploadFormat;
  entries: UploadEntry[];
  years: number[];
  rowCount: number;
  problems: ProblemList;
  extras: Pick<PreparedRelease, 'publishedInFile' | 'labelInFile' | 'originInFile'>;
}

const noExtras = { publishedInFile: null, labelInFile: null, originInFile: null };

/** The file read in its format, or the single problem that it is in none of them. */
function readUpload(
  bytes: Uint8Array,
  contentType: string | null,
  fileName: string | null,
  sectorIds: ReadonlySet<string>,
): Read | Rejected {
  if (isZip(bytes)) {
    const xlsx = readSmhiXlsx(bytes);
    const entries = xlsx.table ? tableEntries(xlsx.table) : [];
    return {
      format: 'smhi-xlsx',
      entries,
      years: xlsx.table?.years ?? [],
      rowCount: xlsx.rowCount,
      problems: xlsx.problems,
      extras: { ...noExtras, publishedInFile: xlsx.reportDate },
    };
  }
  if (isOldExcel(bytes))
    return rejectedWith(
      "the file is an old Excel workbook (.xls); open it in Excel and save it as .xlsx, or upload SMHI's .xlsx download as it is",
    );
  if (/\.xlsx$/i.test(fileName ?? ''))
    return rejectedWith(
      `${fileName} is named .xlsx but is not an Excel workbook (it does not start with a zip archive's signature 'PK'); it may be damaged or renamed from another format`,
    );
  const encoding = utf16Problem(bytes);
  if (encoding) return rejectedWith(encoding);
  const text = decodeUpload(bytes);
  if (looksLikeJson(text, contentType)) {
    const json = readReleaseJson(text, sectorIds);
    const extras = {
      publishedInFile: json.file?.published ?? null,
      labelInFile: json.file?.label ?? null,
      originInFile: json.file?.origin ?? null,
    };
    return {
      format: 'json',
      entries: json.entries,
      years: json.years,
      rowCount: json.entries.length,
      problems: json.problems,
      extras,
    };
  }
  const csv = readSmhiCsv(text);
  const entries = csv.table ? tableEntries(csv.table) : [];
  return {
    format: 'smhi-csv',
    entries,
    years: csv.table?.years ?? [],
    rowCount: csv.rowCount,
    problems: csv.problems,
    extras: { ...noExtras, publishedInFile: csv.reportDate },
  };
}

export interface UploadContext {
  contentType: string | null;
  fileName: string | null;
  reference: Reference;
  /** This year (the server's today): a file cannot have figures for a later year. */
  thisYear: number;
}

export function prepareUpload(bytes: Uint8Array, options: UploadContext): UploadResult {
  if (bytes.byteLength > MAX_RELEASE_UPLOAD_BYTES)
    return { ok: false, problems: [oversizedProblem(bytes.byteLength)], problemCount: 1 };
  if (bytes.byteLength === 0) return rejectedWith('the upload is empty');
  const { reference, thisYear } = options;
  const read = readUpload(bytes, options.contentType, options.fileName, new Set(reference.sectors.map((s) => s.id)));
  if ('ok' in read) return read;
  const { entries, years, problems } = read;
  // Without a readable header or structure, matching cities would only repeat one problem 23 times.
  if (entries.length === 0 && problems.size > 0) return rejected(problems);
  if (years.length === 0) problems.add(null, null, 'the file has no years with figures');
  const outside = years.filter((y) => y < MIN_YEAR || y > MAX_YEAR);
  if (outside.length > 0)
    problems.add(
      null,
      null,
      `year${outside.length > 1 ? 's' : ''} ${outside.join(', ')} outside ${MIN_YEAR}–${MAX_YEAR}`,
    );
  const future = years.filter((y) => y > thisYear && y <= MAX_YEAR);
  if (future.length > 0)
    problems.add(
      null,
      null,
      `year${future.length > 1 ? 's' : ''} ${future.join(', ')} after this year (${thisYear}); SMHI publishes a year's figures about two years later`,
    );
  const resolved = resolveFigures(entries, years, reference, problems);
  checkPlausibility(entries, reference.national, reference.sectors, problems);
  if (problems.size > 0) return rejected(problems);
  return {
    ok: true,
    release: {
      format: read.format,
      fileName: options.fileName,
      rowCount: read.rowCount,
      figures: resolved.figures,
      cityIds: resolved.cityIds,
      ignoredMunicipalities: resolved.ignoredMunicipalities,
      contentHash: contentHash(
        resolved.figures,
        reference.sectors.map((s) => s.id),
      ),
      ...read.extras,
    },
  };
}
