/**
 * Fills what later migrations added to a database seeded before them, as far as db owns it:
 * the 290 municipalities (migration 2), and the programme as data (migration 6): every
 * municipality's figures for the releases the database holds, and the roster. The releases'
 * own backfill (content hashes, Sweden's national series) runs after it:
 * server/releases/backfill.ts, wired in server/database.ts. The dataset is read only when
 * something is missing.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Db } from './connection.ts';
import { insertCities, insertMunicipalities, insertRoster, seedFigures } from './seed.ts';

/** A database seeded with the programme's cities alone gets the others, with their figures, and the roster. */
function backfillRoster(db: Db, dataset: () => Dataset): void {
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM cohorts').get();
  if (count?.n !== 0) return;
  const data = dataset();
  db.transaction(() => {
    const known = new Set(
      db
        .prepare<[], { id: string }>('SELECT id FROM cities')
        .all()
        .map((c) => c.id),
    );
    const knownCodes = new Set(
      db
        .prepare<[], { kommunkod: string }>('SELECT kommunkod FROM cities')
        .all()
        .map((c) => c.kommunkod),
    );
    const missing = data.cities.filter((c) => !known.has(c.id) && !knownCodes.has(c.kommunkod));
    insertCities(db, missing);
    seedFigures(db, data, new Set(missing.map((c) => c.id)));
    insertRoster(db, data);
  })();
}

export function backfill(db: Db, dataset: () => Dataset): void {
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM municipalities').get();
  if (count?.n === 0) db.transaction(() => insertMunicipalities(db, dataset().municipalities))();
  backfillRoster(db, dataset);
}
