/**
 * Fills what later migrations added to a database seeded before them: the 290 municipalities
 * and the content hash of every release (migration 2), so the seeded release is recognised
 * when its figures are uploaded again; and Sweden's national series (migration 3), the
 * importer's bound. The dataset is read only when something is missing.
 */
import type { Dataset } from '../dataset/schema.ts';
import { hasNationalSeries, insertNationalSeries } from '../releases/national.ts';
import { backfillContentHashes } from '../releases/store.ts';
import type { Db } from './connection.ts';

export function insertMunicipalities(db: Db, municipalities: Dataset['municipalities']): void {
  const insert = db.prepare('INSERT INTO municipalities (kommunkod, name, lan_code) VALUES (?, ?, ?)');
  for (const m of municipalities) insert.run(m.kommunkod, m.name, m.lanCode);
}

export function backfill(db: Db, dataset: () => Dataset): void {
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM municipalities').get() as { n: number };
  if (n === 0) db.transaction(() => insertMunicipalities(db, dataset().municipalities))();
  backfillContentHashes(db);
  if (!hasNationalSeries(db)) {
    // A dataset without one (built before issue 15) leaves the importer on its fixed bound; read again at the next start.
    const national = dataset().nationalEmissions;
    if (national) db.transaction(() => insertNationalSeries(db, national))();
  }
}
