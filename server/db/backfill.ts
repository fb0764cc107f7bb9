/**
 * Fills what later migrations added to a database seeded before them, as far as db owns it:
 * the 290 municipalities (migration 2). The releases' own backfill (content hashes,
 * Sweden's national series) runs after it: server/releases/backfill.ts, wired in
 * server/database.ts. The dataset is read only when something is missing.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Db } from './connection.ts';

export function insertMunicipalities(db: Db, municipalities: Dataset['municipalities']): void {
  const insert = db.prepare('INSERT INTO municipalities (kommunkod, name, lan_code) VALUES (?, ?, ?)');
  for (const m of municipalities) insert.run(m.kommunkod, m.name, m.lanCode);
}

export function backfill(db: Db, dataset: () => Dataset): void {
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM municipalities').get();
  if (count?.n === 0) db.transaction(() => insertMunicipalities(db, dataset().municipalities))();
}
