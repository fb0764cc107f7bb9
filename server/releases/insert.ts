/**
 * Releases in the database, written: the import (the release's rows, its audit entry and
 * the revision bump in one transaction) and the choice of the current release. A release is
 * stored beside the others, never merged.
 */
import { bumpRevision, recordAudit } from '../db/audit.ts';
import type { Db } from '../db/connection.ts';
import type { ReleaseFigures } from './figures.ts';
import { currentReleaseId } from './store.ts';
import type { PreparedRelease } from './upload.ts';

export interface NewRelease {
  id: string;
  label: { sv: string; en: string };
  published: string;
  origin: string;
}

type Who = { actor: string; at: string };

/**
 * Runs inside an import's write transaction, after the release's rows are written and before
 * its audit entry and the commit. Production sets none; the crash test sets one
 * (test-pause.ts) to hold the transaction open while it kills the process.
 */
let insideImportTransaction: (() => void) | null = null;

/** Sets, or with null clears, what runs inside every import's write transaction (tests only). */
export function setInsideImportHook(hook: (() => void) | null): void {
  insideImportTransaction = hook;
}

/** A figure no reader may see: not a finite, non-negative number of tonnes. */
export class ImplausibleFigureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImplausibleFigureError';
  }
}

/**
 * The last guard before the database: every figure must be a finite, non-negative number,
 * which JSON and the contract can carry (Infinity would reach readers as null, NaN as
 * nothing). The importer has checked this already, with locations; this catches any path
 * that did not.
 */
function assertStorable(figures: ReleaseFigures): void {
  const check = (value: number, what: string) => {
    if (!(Number.isFinite(value) && value >= 0))
      throw new ImplausibleFigureError(
        `${what} is ${String(value)}, not a finite, non-negative number of tonnes; nothing was stored`,
      );
  };
  for (const [cityId, city] of figures.cities) {
    for (const [year, values] of city.sectors)
      for (const [sectorId, tonnes] of values) check(tonnes, `${cityId} ${year} ${sectorId}`);
    for (const [year, tonnes] of city.totals) check(tonnes, `${cityId} ${year} total`);
  }
}

/** The release's row, made current. */
function writeRelease(db: Db, prepared: PreparedRelease, release: NewRelease, who: Who): void {
  const years = prepared.figures.years;
  db.prepare('UPDATE releases SET is_current = 0 WHERE is_current = 1').run();
  db.prepare(
    `INSERT INTO releases (id, source_id, label_sv, label_en, data_through_year, published, years, origin, is_current, imported_at, imported_by, content_hash)
     VALUES (?, 'smhi-ned', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  ).run(
    release.id,
    release.label.sv,
    release.label.en,
    years[years.length - 1] ?? 0,
    release.published,
    JSON.stringify(years),
    release.origin,
    who.at,
    who.actor,
    prepared.contentHash,
  );
}

/** The release's emission rows: per sector and the totals. */
function writeFigures(db: Db, releaseId: string, figures: ReleaseFigures): void {
  const emission = db.prepare(
    'INSERT INTO emissions (release_id, city_id, year, sector_id, tonnes_co2e) VALUES (?, ?, ?, ?, ?)',
  );
  const total = db.prepare('INSERT INTO emission_totals (release_id, city_id, year, tonnes_co2e) VALUES (?, ?, ?, ?)');
  for (const [cityId, city] of figures.cities) {
    for (const [year, values] of city.sectors)
      for (const [sectorId, tonnes] of values) emission.run(releaseId, cityId, year, sectorId, tonnes);
    for (const [year, tonnes] of city.totals) total.run(releaseId, cityId, year, tonnes);
  }
}

function auditImport(
  db: Db,
  prepared: PreparedRelease,
  release: NewRelease,
  who: Who,
  previous: string | null,
): number {
  const years = prepared.figures.years;
  return recordAudit(db, {
    ...who,
    action: 'release.import',
    subject: release.id,
    summary: {
      sv: `Importerade ${release.id} (${prepared.fileName ?? 'namnlös fil'}): ${prepared.cityIds.length} städer, ${years[0]}–${years[years.length - 1]}; nu aktuell i stället för ${previous ?? 'ingen'}.`,
      en: `Imported ${release.id} (${prepared.fileName ?? 'unnamed file'}): ${prepared.cityIds.length} cities, ${years[0]}–${years[years.length - 1]}; now current instead of ${previous ?? 'none'}.`,
    },
    before: { currentReleaseId: previous },
    after: {
      currentReleaseId: release.id,
      release: {
        ...release,
        years,
        format: prepared.format,
        fileName: prepared.fileName,
        contentHash: prepared.contentHash,
        cityCount: prepared.cityIds.length,
      },
    },
  });
}

/** Stores the release, makes it current, and records the import: one transaction. */
export function insertRelease(db: Db, prepared: PreparedRelease, release: NewRelease, who: Who): { auditId: number } {
  assertStorable(prepared.figures);
  return db.transaction(() => {
    const previous = currentReleaseId(db);
    writeRelease(db, prepared, release, who);
    writeFigures(db, release.id, prepared.figures);
    insideImportTransaction?.();
    const auditId = auditImport(db, prepared, release, who, previous);
    bumpRevision(db);
    return { auditId };
  })();
}

/**
 * Makes a stored release current; null audit id when it already was. `checkCurrent` is
 * called inside the transaction with the release current then, and throws to refuse.
 */
export function setCurrentRelease(
  db: Db,
  id: string,
  who: Who,
  checkCurrent?: (currentReleaseId: string | null) => void,
): { auditId: number | null } {
  return db
    .transaction(() => {
      const previous = currentReleaseId(db);
      checkCurrent?.(previous);
      if (previous === id) return { auditId: null };
      db.prepare('UPDATE releases SET is_current = 0 WHERE is_current = 1').run();
      db.prepare('UPDATE releases SET is_current = 1 WHERE id = ?').run(id);
      const auditId = recordAudit(db, {
        ...who,
        action: 'release.current',
        subject: id,
        summary: {
          sv: `Visar ${id} i stället för ${previous ?? 'ingen'}.`,
          en: `Shows ${id} instead of ${previous ?? 'none'}.`,
        },
        before: { currentReleaseId: previous },
        after: { currentReleaseId: id },
      });
      bumpRevision(db);
      return { auditId };
    })
    .immediate();
}
