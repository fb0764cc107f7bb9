/**
 * The validated import, shared by the admin API and the CLI: preview (no writes) and
 * import (one transaction, or nothing when the same figures are already stored).
 */
import type { ImportProblem, ReleasePreview, ReleaseSummary } from '../../contract/index.ts';
import type { Db } from '../db/open.ts';
import { compareFigures } from './preview.ts';
import { currentReleaseId, insertRelease, nextReleaseId, readReference, releaseSummary, releaseWithHash, storedFigures, type NewRelease } from './store.ts';
import { prepareUpload, type PreparedRelease } from './upload.ts';

export interface UploadOptions {
  contentType: string | null;
  fileName: string | null;
  /** `YYYY` or `YYYY-MM-DD`; overrides the file's own date. */
  published: string | null;
  /** Today, `YYYY-MM-DD`: the published date when neither the request nor the file gives one. */
  today: string;
}

type Failed = { ok: false; problems: ImportProblem[] };

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
    origin: prepared.originInFile ?? `uploaded file ${file ?? '(unnamed)'} (${prepared.format === 'json' ? 'release JSON' : "SMHI's semicolon export"})`,
  };
}

/** A stored release as a preview shows it: without the source and the list's own fields. */
function storedRelease({ source: _source, current: _current, importedAt: _at, importedBy: _by, cityCount: _count, ...release }: ReleaseSummary): ReleasePreview['release'] {
  return release;
}

export function previewUpload(db: Db, bytes: Uint8Array, options: UploadOptions): Failed | { ok: true; preview: ReleasePreview } {
  const reference = readReference(db);
  const result = prepareUpload(bytes, { contentType: options.contentType, fileName: options.fileName, reference });
  if (!result.ok) return result;
  const prepared = result.release;
  const existingId = releaseWithHash(db, prepared.contentHash);
  const existing = existingId ? releaseSummary(db, existingId) : undefined;
  const currentId = currentReleaseId(db);
  const comparison = compareFigures(
    currentId ? storedFigures(db, currentId) : null,
    prepared.figures,
    new Map(reference.cities.map((c) => [c.id, c.name])),
    reference.sectors.map((s) => s.id),
  );
  const release = existing
    ? storedRelease(existing)
    : { ...newRelease(db, prepared, options), dataThroughYear: prepared.figures.years[prepared.figures.years.length - 1] ?? 0, years: prepared.figures.years };
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
    },
  };
}

export type ImportResult = Failed | { ok: true; status: 'created' | 'unchanged'; release: ReleaseSummary; auditId: number | null };

export function importUpload(db: Db, bytes: Uint8Array, options: UploadOptions & { actor: string; at: string }): ImportResult {
  const result = prepareUpload(bytes, { contentType: options.contentType, fileName: options.fileName, reference: readReference(db) });
  if (!result.ok) return result;
  const prepared = result.release;
  // Check and write under one write lock, so a CLI import racing the server cannot store the same figures twice.
  return db.transaction((): ImportResult => {
    const existingId = releaseWithHash(db, prepared.contentHash);
    const existing = existingId ? releaseSummary(db, existingId) : undefined;
    // The same figures are already stored: nothing is written and nothing is audited.
    if (existing) return { ok: true, status: 'unchanged', release: existing, auditId: null };
    const release = newRelease(db, prepared, options);
    const { auditId } = insertRelease(db, prepared, release, { actor: options.actor, at: options.at });
    const summary = releaseSummary(db, release.id);
    if (!summary) throw new Error(`release ${release.id} vanished after its import`);
    return { ok: true, status: 'created', release: summary, auditId };
  }).immediate();
}
