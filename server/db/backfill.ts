/**
 * Fills what migration 2 added to a database seeded before it: the 290 municipalities
 * (from the dataset, read only when they are missing) and the content hash of every
 * release, so the seeded release is recognised when its figures are uploaded again.
 */
import type { Dataset } from '../dataset/schema.ts';
import { backfillContentHashes } from '../releases/store.ts';
import type { Db } from './open.ts';

export function insertMunicipalities(db: Db, municipalities: Dataset['municipalities']): void {
  const insert = db.prepare('INSERT INTO municipalities (kommunkod, name, lan_code) VALUES (?, ?, ?)');
  for (const m of municipalities) insert.run(m.kommunkod, m.name, m.lanCode);
}

export function backfill(db: Db, dataset: () => Dataset): void {
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM municipalities').get() as { n: number };
  if (n === 0) db.transaction(() => insertMunicipalities(db, dataset().municipalities))();
  backfillContentHashes(db);
}
