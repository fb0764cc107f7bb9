import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { datasetSchema, type Dataset } from '../dataset/schema.ts';
import { MIGRATIONS } from './migrations.ts';
import { backfill } from './backfill.ts';
import { seedDataset } from './seed.ts';
import { checkDatabaseFile, DatabaseStartError, describeOpenError, prepareNewFile } from './start-checks.ts';
import { errorCode } from './storage.ts';

import type { Db } from './connection.ts';
export { DatabaseStartError } from './start-checks.ts';

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
  /** With `:memory:`: start from a copy of this serialized database (`db.serialize()`), as tests do. */
  copyOf?: Buffer;
  /** Seeds an empty database from this dataset (read lazily: only when empty). */
  dataset: Dataset | (() => Dataset);
  /**
   * What the layers above db fill in on every open, after db's own backfill (the releases'
   * content hashes and national series): server/database.ts wires it.
   */
  backfill?: Backfill;
}

/** Fills what a database seeded before a migration lacks; `dataset` reads the dataset (at most once). */
export type Backfill = (db: Db, dataset: () => Dataset) => void;

const isReadOnly = (error: unknown) => /^SQLITE_READONLY/.test(errorCode(error) ?? '');

/**
 * Connects, read-write when the file allows it: SQLite itself falls back to read-only when the
 * file cannot be opened for writing (writes then fail with SQLITE_READONLY, which the app answers
 * with 503). A WAL database cannot even be read where SQLite may not create its -wal and -shm
 * files beside it (a read-only directory or file system): that is refused, saying so.
 */
function connect(path: string, existed: boolean): Db {
  const db = new Database(path, { fileMustExist: existed });
  try {
    db.pragma('schema_version');
    return db;
  } catch (error) {
    db.close();
    const code = errorCode(error) ?? '';
    if (existed && (code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_CANTOPEN')) {
      throw new DatabaseStartError(
        path,
        `cannot be read: SQLite must create ${basename(path)}-wal and ${basename(path)}-shm beside it, even to read, and its directory ${dirname(path)} is read-only (${code}). Make that directory writable for the server's user (the file itself may stay read-only: the server then serves reads and refuses writes), then start again.`,
      );
    }
    throw error;
  }
}

const quickCheckRows = z.array(z.object({ quick_check: z.string() }));

/** `PRAGMA quick_check`: pages, records and indexes well-formed (a few milliseconds for the dashboard's data). */
function checkIntegrity(db: Db): void {
  const rows = quickCheckRows.parse(db.pragma('quick_check'));
  const first = rows[0]?.quick_check ?? 'no answer';
  if (first !== 'ok')
    throw Object.assign(new Error(`quick_check: ${first}${rows.length > 1 ? ` (and ${rows.length - 1} more)` : ''}`), {
      code: 'SQLITE_CORRUPT',
    });
}

/**
 * A file whose schema is newer than this server's migrations was written by a newer version:
 * this one would misread it (and its writes could damage it), so it is refused.
 */
function checkSchemaVersion(db: Db, path: string): void {
  const schema = db.pragma('user_version', { simple: true }) as number;
  if (schema > MIGRATIONS.length) {
    throw new DatabaseStartError(
      path,
      `was written by a newer version of the dashboard (schema ${schema}, this one knows ${MIGRATIONS.length}): run that version, or restore a backup made by this one.`,
    );
  }
}

/** Migrates and, when the database holds nothing yet, seeds it; then backfills. */
function prepare(db: Db, { dataset, backfill: backfillAbove }: OpenOptions): void {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } catch (error) {
    // A read-only database keeps its journal mode; writes will say why they cannot happen.
    if (!isReadOnly(error)) throw error;
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  let loaded: Dataset | undefined;
  // Read lazily and at most once: an existing, complete database never reads the dataset.
  const load = () => (loaded ??= typeof dataset === 'function' ? dataset() : dataset);
  const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded_from'").get();
  if (!seeded) seedDataset(db, load());
  backfill(db, load);
  backfillAbove?.(db, load);
}

/**
 * Opens (creating, migrating and seeding when new) the SQLite database. Refuses, with a
 * DatabaseStartError whose one-line message names the file, what is wrong and what to do, a
 * file that is empty (0 bytes), unreadable, damaged or not a database, written by a newer
 * version (a schema this one does not know), or one that needs upgrading but is read-only. A read-only database that needs nothing opens read-only.
 */
export function openDb(options: OpenOptions): Db {
  const { path } = options;
  if (path === ':memory:') {
    const db = options.copyOf ? new Database(options.copyOf) : new Database(path);
    prepare(db, options);
    return db;
  }
  const existed = checkDatabaseFile(path);
  if (!existed) prepareNewFile(path);
  let db: Db | undefined;
  try {
    db = connect(path, existed);
    checkIntegrity(db);
    checkSchemaVersion(db, path);
    prepare(db, options);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof DatabaseStartError) throw error;
    if (isReadOnly(error)) {
      throw new DatabaseStartError(
        path,
        `is read-only, but this version of the server must first upgrade or seed it (schema ${MIGRATIONS.length}). Make the file and its directory writable for the server's user and start again; it can be read-only afterwards.`,
      );
    }
    const code = errorCode(error) ?? '';
    if (code.startsWith('SQLITE_') || ['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EIO'].includes(code))
      throw describeOpenError(path, error);
    throw error;
  }
}
