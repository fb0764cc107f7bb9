import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { datasetSchema, type Dataset } from '../dataset/schema.ts';
import { MIGRATIONS } from './migrations.ts';
import { backfill } from './backfill.ts';
import { seedDataset } from './seed.ts';

export type Db = Database.Database;

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
}

export function readDatasetFile(path: string): Dataset {
  return datasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export interface OpenOptions {
  /** File path, or `:memory:` for tests. */
  path: string;
  /** Seeds an empty database from this dataset (read lazily: only when empty). */
  dataset: Dataset | (() => Dataset);
}

/** Opens (creating, migrating and seeding when new) the SQLite database. */
export function openDatabase({ path, dataset }: OpenOptions): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  let loaded: Dataset | undefined;
  // Read lazily and at most once: an existing, complete database never reads the dataset.
  const load = () => (loaded ??= typeof dataset === 'function' ? dataset() : dataset);
  const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded_from'").get();
  if (!seeded) seedDataset(db, load());
  backfill(db, load);
  return db;
}
