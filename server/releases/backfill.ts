/**
 * What the releases fill in on every open of a database seeded before their migrations:
 * the content hash of every release (migration 2), so the seeded release is recognised when
 * its figures are uploaded again, and Sweden's national series (migration 3), the
 * importer's bound. server/database.ts runs it after db's own backfill.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Db } from '../db/connection.ts';
import { contentHash } from './figures.ts';
import { hasNationalSeries, insertNationalSeries } from './national.ts';
import { readReference, storedFigures } from './store.ts';

/** Hashes releases stored before hashes existed (the seeded one), so re-importing their figures is a no-op too. */
export function backfillContentHashes(db: Db): void {
  const missing = db.prepare<[], { id: string }>('SELECT id FROM releases WHERE content_hash IS NULL').all();
  if (missing.length === 0) return;
  const sectorIds = readReference(db).sectors.map((s) => s.id);
  const update = db.prepare('UPDATE releases SET content_hash = ? WHERE id = ?');
  db.transaction(() => {
    for (const { id } of missing) update.run(contentHash(storedFigures(db, id), sectorIds), id);
  })();
}

export function backfillReleases(db: Db, dataset: () => Dataset): void {
  backfillContentHashes(db);
  if (!hasNationalSeries(db)) {
    // A dataset without one (built before issue 15) leaves the importer on its fixed bound; read again at the next start.
    const national = dataset().nationalEmissions;
    if (national) db.transaction(() => insertNationalSeries(db, national))();
  }
}
