/**
 * The project's own release file (`releaseFileSchema`): one entry per municipality, by
 * kommunkod or name, with year → sector id → tonnes. Problems are located by entry number
 * (row) and JSON path (column), e.g. row 4, column `emissions[3].sectors.2024.transport`.
 * Also Klimatkollen's array of SMHI figures (`[{ name, sectors: { <year>: { <Huvudsektor>: t } } }]`),
 * the form the reference data's newer releases come in.
 */
import { releaseFileSchema, type ReleaseFile } from '../../contract/index.ts';
import type { UploadEntry } from './figures.ts';
import { ProblemList } from './problems.ts';
import { sectorIdForSmhiName } from './sectors.ts';

export interface ReleaseJsonResult {
  entries: UploadEntry[];
  years: number[];
  problems: ProblemList;
  file: ReleaseFile | null;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** One entry of the project's release file, its problems added to `problems` and its years to `allYears`. */
function fileEntry(
  e: ReleaseFile['emissions'][number],
  i: number,
  sectorIds: ReadonlySet<string>,
  problems: ProblemList,
  allYears: Set<number>,
): UploadEntry {
  const row = i + 1;
  const base = `emissions[${i}]`;
  if (e.kommunkod === undefined && e.name === undefined)
    problems.add(row, base, 'an entry needs a kommunkod or a name');
  if (e.kommunkod !== undefined && !/^\d{4}$/.test(e.kommunkod))
    problems.add(row, `${base}.kommunkod`, `'${e.kommunkod}' is not a 4-digit kommunkod`);
  const entry: UploadEntry = {
    name: e.name,
    kommunkod: e.kommunkod,
    row,
    column: `${base}.${e.kommunkod !== undefined ? 'kommunkod' : 'name'}`,
    sectors: new Map(),
    totals: new Map(),
    invalid: new Set(),
    locate: (year, sectorId) => ({
      row,
      column: sectorId === null ? `${base}.totals.${year}` : `${base}.sectors.${year}.${sectorId}`,
    }),
  };
  for (const [yearKey, values] of Object.entries(e.sectors)) {
    if (!/^\d{4}$/.test(yearKey)) {
      problems.add(row, `${base}.sectors.${yearKey}`, `'${yearKey}' is not a year`);
      continue;
    }
    const year = Number(yearKey);
    allYears.add(year);
    const bySector = new Map<string, number>();
    for (const [sectorId, value] of Object.entries(values)) {
      const column = `${base}.sectors.${yearKey}.${sectorId}`;
      if (!sectorIds.has(sectorId))
        problems.add(row, column, `unknown sector id '${sectorId}' (one of ${[...sectorIds].join(', ')})`);
      else if (value < 0) {
        entry.invalid?.add(`${year}|${sectorId}`);
        problems.add(row, column, `negative value ${value}`);
      } else bySector.set(sectorId, value);
    }
    entry.sectors.set(year, bySector);
  }
  for (const [yearKey, value] of Object.entries(e.totals ?? {})) {
    const column = `${base}.totals.${yearKey}`;
    if (!/^\d{4}$/.test(yearKey)) problems.add(row, column, `'${yearKey}' is not a year`);
    else if (value < 0) problems.add(row, column, `negative value ${value}`);
    else entry.totals.set(Number(yearKey), value);
  }
  return entry;
}

export function readReleaseJson(text: string, sectorIds: ReadonlySet<string>): ReleaseJsonResult {
  const problems = new ProblemList();
  const empty = (file: ReleaseFile | null = null): ReleaseJsonResult => ({ entries: [], years: [], problems, file });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    // A parse error in the middle of the text is what a cut-off upload looks like.
    problems.add(null, null, `is not valid JSON (${message}); the file may be truncated`);
    return empty();
  }
  if (Array.isArray(data)) return readKlimatkollenArray(data, problems);
  const parsed = releaseFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const entry = issue.path[0] === 'emissions' && typeof issue.path[1] === 'number' ? issue.path[1] + 1 : null;
      problems.add(entry, issue.path.length ? jsonPath(issue.path) : null, issue.message);
    }
    return empty();
  }
  const file = parsed.data;
  const allYears = new Set<number>();
  const entries = file.emissions.map((e, i) => fileEntry(e, i, sectorIds, problems, allYears));
  if (entries.length === 0) problems.add(null, 'emissions', 'the file has no emissions');
  return { entries, years: [...allYears].sort((a, b) => a - b), problems, file };
}

/** What is wrong with a value that is no tonnage. `1e400` in JSON parses as Infinity, which JSON.stringify would show as null. */
function notTonnes(value: unknown): string {
  if (typeof value !== 'number') return `${JSON.stringify(value) ?? String(value)} is not a number`;
  if (!Number.isFinite(value)) return `${String(value)} is not a finite number of tonnes (too large for a tonnage?)`;
  return `negative value ${value}`;
}

function readKlimatkollenArray(data: unknown[], problems: ProblemList): ReleaseJsonResult {
  const allYears = new Set<number>();
  const entries: UploadEntry[] = [];
  data.forEach((item, i) => {
    const row = i + 1;
    const { name, sectors } = (typeof item === 'object' && item !== null ? item : {}) as {
      name?: unknown;
      sectors?: unknown;
    };
    if (typeof name !== 'string' || name.trim() === '')
      return problems.add(row, `[${i}].name`, "expected { name, sectors } with the municipality's name");
    if (typeof sectors !== 'object' || sectors === null)
      return problems.add(row, `[${i}].sectors`, `${name}: expected sectors by year`);
    // The file names sectors by SMHI's names; a problem points at the key as written.
    const keys = new Map<string, string>();
    const entry: UploadEntry = {
      name,
      row,
      column: `[${i}].name`,
      sectors: new Map(),
      totals: new Map(),
      invalid: new Set(),
      locate: (year, sectorId) => ({
        row,
        column: sectorId === null ? `[${i}].name` : `[${i}].sectors.${year}.${keys.get(sectorId) ?? sectorId}`,
      }),
    };
    for (const [yearKey, values] of Object.entries(sectors)) {
      const base = `[${i}].sectors.${yearKey}`;
      if (!/^\d{4}$/.test(yearKey) || typeof values !== 'object' || values === null) {
        problems.add(row, base, `${name}: '${yearKey}' is not a year with sector values`);
        continue;
      }
      const year = Number(yearKey);
      allYears.add(year);
      const bySector = new Map<string, number>();
      for (const [sectorName, value] of Object.entries(values as Record<string, unknown>)) {
        const sectorId = sectorIdForSmhiName(sectorName);
        if (sectorId) keys.set(sectorId, sectorName);
        if (!sectorId) problems.add(row, `${base}.${sectorName}`, `unknown main sector '${sectorName}'`);
        else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
          entry.invalid?.add(`${year}|${sectorId}`);
          problems.add(row, `${base}.${sectorName}`, notTonnes(value));
        } else bySector.set(sectorId, value);
      }
      entry.sectors.set(year, bySector);
    }
    entries.push(entry);
  });
  if (data.length === 0) problems.add(null, null, 'the array is empty');
  return { entries, years: [...allYears].sort((a, b) => a - b), problems, file: null };
}
