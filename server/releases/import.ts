/**
 * The validated import, shared by the admin API and the CLI: preview (no writes) and
 * import (one transaction, or nothing when the same figures are already stored). An import
 * with large changes against the current release (warnings.ts) goes through only when the
 * coordinator confirms them with the preview's warnings hash.
 */
import {
  MAX_LISTED_WARNINGS,
  type ReleasePreview,
  type ReleaseSummary,
  type ReleaseWarning,
} from '../../contract/index.ts';
import type { Db } from '../db/connection.ts';
import type { Reference } from './figures.ts';
import { compareFigures } from './preview.ts';
import { rejectedWith, type Rejected } from './problems.ts';
import { ImplausibleFigureError, insertRelease, type NewRelease } from './insert.ts';
import {
  currentReleaseId,
  nextReleaseId,
  readReference,
  releaseSummary,
  releaseWithHash,
  storedFigures,
} from './store.ts';
import { prepareUpload, type PreparedRelease } from './upload.ts';
import { largeChanges, type Warnings } from './warnings.ts';

export interface UploadOptions {
  contentType: string | null;
  fileName: string | null;
  /** `YYYY` or `YYYY-MM-DD`; overrides the file's own date. */
  published: string | null;
  /** Today, `YYYY-MM-DD`: the published date when neither the request nor the file gives one, and the last year a file may have. */
  today: string;
}

const FORMAT_NAMES = {
  'smhi-csv': "SMHI's semicolon export",
  'smhi-xlsx': "SMHI's Excel download",
  json: 'release JSON',
} as const;

function newRelease(db: Db, prepared: PreparedRelease, options: UploadOptions): NewRelease {
  const years = prepared.figures.years;
  const last = years[years.length - 1] ?? 0;
  const published = options.published ?? prepared.publishedInFile ?? options.today;
  const file = prepared.fileName;
  return {
    id: nextReleaseId(db, last),
    label: prepared.labelInFile ?? {
      sv: `SMHI, utsläpp t.o.m. ${last} (publicerad ${published}${file ? `; fil ${file}` : ''})`,
      en: `SMHI, emissions to ${last} (published ${published}${file ? `; file ${file}` : ''})`,
    },
    published,
    origin: prepared.originInFile ?? `uploaded file ${file ?? '(unnamed)'} (${FORMAT_NAMES[prepared.format]})`,
  };
}

/** A stored release as a preview shows it: without the source and the list's own fields. */
function storedRelease({
  source: _source,
  current: _current,
  importedAt: _at,
  importedBy: _by,
  cityCount: _count,
  ...release
}: ReleaseSummary): ReleasePreview['release'] {
  return release;
}

function prepare(
  db: Db,
  bytes: Uint8Array,
  options: UploadOptions,
): { reference: Reference; prepared: PreparedRelease } | Rejected {
  const reference = readReference(db);
  const result = prepareUpload(bytes, {
    contentType: options.contentType,
    fileName: options.fileName,
    reference,
    thisYear: Number(options.today.slice(0, 4)),
  });
  return result.ok ? { reference, prepared: result.release } : result;
}

function warningsAgainstCurrent(
  db: Db,
  reference: Reference,
  prepared: PreparedRelease,
  currentId: string | null,
): Warnings {
  return largeChanges(
    currentId ? storedFigures(db, currentId) : null,
    prepared.figures,
    currentId,
    reference.cities,
    reference.sectors,
  );
}

/** The preview, without the current release's version (the API adds it). */
export type PreviewBody = Omit<ReleasePreview, 'version'>;

export function previewUpload(
  db: Db,
  bytes: Uint8Array,
  options: UploadOptions,
): Rejected | { ok: true; preview: PreviewBody } {
  const read = prepare(db, bytes, options);
  if ('ok' in read) return read;
  const { reference, prepared } = read;
  const existingId = releaseWithHash(db, prepared.contentHash);
  const existing = existingId ? releaseSummary(db, existingId) : undefined;
  const currentId = currentReleaseId(db);
  const current = currentId ? storedFigures(db, currentId) : null;
  const comparison = compareFigures(
    current,
    prepared.figures,
    new Map(reference.cities.map((c) => [c.id, c.name])),
    reference.sectors.map((s) => s.id),
  );
  // Importing a stored release's figures writes nothing, so there is nothing to confirm.
  const warnings = existing ? { all: [], hash: null } : warningsAgainstCurrent(db, reference, prepared, currentId);
  const release = existing
    ? storedRelease(existing)
    : {
        ...newRelease(db, prepared, options),
        dataThroughYear: prepared.figures.years[prepared.figures.years.length - 1] ?? 0,
        years: prepared.figures.years,
      };
  return {
    ok: true,
    preview: {
      status: existing ? 'unchanged' : 'new',
      release,
      existingReleaseId: existing?.id ?? null,
      fileName: prepared.fileName,
      format: prepared.format,
      rowCount: prepared.rowCount,
      cityIds: prepared.cityIds,
      ignoredMunicipalities: prepared.ignoredMunicipalities,
      comparedWith: currentId,
      ...comparison,
      warnings: warnings.all.slice(0, MAX_LISTED_WARNINGS),
      warningCount: warnings.all.length,
      warningsHash: warnings.hash,
    },
  };
}

/** The import would make large changes that were not confirmed: nothing was written. */
export interface Unconfirmed {
  ok: false;
  unconfirmed: true;
  warnings: ReleaseWarning[];
  warningCount: number;
}

export type ImportResult =
  | Rejected
  | Unconfirmed
  | { ok: true; status: 'created' | 'unchanged'; release: ReleaseSummary; auditId: number | null };

export interface ImportOptions extends UploadOptions {
  actor: string;
  at: string;
  /** The preview's `warningsHash` the coordinator confirmed, or null. */
  confirmWarnings: string | null;
  /** The CLI's --accept-warnings: every warning confirmed, whatever they are. */
  acceptAllWarnings?: boolean;
  /** Called inside the write transaction with the current release; throws to refuse (the API's If-Match check). */
  checkCurrent?: (currentReleaseId: string | null) => void;
}

export function importUpload(db: Db, bytes: Uint8Array, options: ImportOptions): ImportResult {
  const read = prepare(db, bytes, options);
  if ('ok' in read) return read;
  const { reference, prepared } = read;
  // Check and write under one write lock, so a CLI import racing the server cannot store the same figures twice,
  // and the current release compared with is the one replaced.
  try {
    return db
      .transaction((): ImportResult => {
        const currentId = currentReleaseId(db);
        options.checkCurrent?.(currentId);
        const existingId = releaseWithHash(db, prepared.contentHash);
        const existing = existingId ? releaseSummary(db, existingId) : undefined;
        // The same figures are already stored: nothing is written and nothing is audited.
        if (existing) return { ok: true, status: 'unchanged', release: existing, auditId: null };
        const warnings = warningsAgainstCurrent(db, reference, prepared, currentId);
        if (warnings.hash !== null && !options.acceptAllWarnings && options.confirmWarnings !== warnings.hash) {
          return {
            ok: false,
            unconfirmed: true,
            warnings: warnings.all.slice(0, MAX_LISTED_WARNINGS),
            warningCount: warnings.all.length,
          };
        }
        const release = newRelease(db, prepared, options);
        const { auditId } = insertRelease(db, prepared, release, { actor: options.actor, at: options.at });
        const summary = releaseSummary(db, release.id);
        if (!summary) throw new Error(`release ${release.id} vanished after its import`);
        return { ok: true, status: 'created', release: summary, auditId };
      })
      .immediate();
  } catch (error) {
    if (error instanceof ImplausibleFigureError) return rejectedWith(error.message);
    throw error;
  }
}
