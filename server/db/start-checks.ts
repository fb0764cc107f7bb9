/**
 * What start-up refuses, before SQLite is asked anything: a database file that is a
 * directory, unreadable, or empty. An empty (0-byte) file is the one SQLite itself would
 * happily treat as a new database, and seeding it would replace every import, correction
 * and audit entry the file should hold with the shipped dataset, without a word: it is
 * refused. Every refusal is one line naming the file, what is wrong and what to do.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorCode } from './storage.ts';

/** Refused at start; main.ts prints the message alone (no stack trace) and exits non-zero. */
export class DatabaseStartError extends Error {
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`the database file ${path} ${what}`);
    this.name = 'DatabaseStartError';
  }
}

const RESTORE =
  'Restore the last backup to that path (README, Operations), or move the file aside to start with a new database seeded from the shipped dataset (imports, corrections and the audit log are then lost).';

/** True when the file exists (and can be opened), false when it is to be created; throws a DatabaseStartError otherwise. */
export function checkDatabaseFile(path: string): boolean {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new DatabaseStartError(
        path,
        'is a directory. Point DATABASE_PATH to a file (it is created on first start).',
      );
    size = stat.size;
  } catch (error) {
    if (error instanceof DatabaseStartError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') return false;
    throw describeFsError(path, error);
  }
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw describeFsError(path, error);
  }
  if (size === 0) {
    throw new DatabaseStartError(
      path,
      'is empty (0 bytes), so it holds no data. It is not reseeded, because that would silently replace everything it should hold. If it was truncated, restore the last backup to that path; to start fresh on purpose, delete it (or point DATABASE_PATH to a new file) and start again.',
    );
  }
  return true;
}

/** Creates the directory of a new database file. */
export function prepareNewFile(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new DatabaseStartError(
      path,
      `cannot be created: its directory ${dirname(path)} cannot be made (${errorCode(error) ?? (error as Error).message}). Make it writable for the server's user, or point DATABASE_PATH elsewhere.`,
    );
  }
}

function describeFsError(path: string, error: unknown): DatabaseStartError {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') {
    return new DatabaseStartError(
      path,
      `cannot be read (permission denied, ${code}). Give the server's user read and write access to the file and its directory (chown or chmod), then start again.`,
    );
  }
  return new DatabaseStartError(
    path,
    `cannot be read (${code ?? (error as Error).message}). Check the path in DATABASE_PATH and the disk, then start again.`,
  );
}

/** The one-line refusal for an error SQLite raised while opening, checking or preparing the file. */
export function describeOpenError(path: string, error: unknown): DatabaseStartError {
  const code = errorCode(error) ?? '';
  const said = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
  if (code.startsWith('SQLITE_NOTADB'))
    return new DatabaseStartError(path, `is not an SQLite database (${said}). ${RESTORE}`);
  if (code.startsWith('SQLITE_CORRUPT')) return new DatabaseStartError(path, `is damaged (${said}). ${RESTORE}`);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new DatabaseStartError(
      path,
      `cannot be prepared: the disk is full (${said}). Free space on the server, then start again.`,
    );
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EROFS') {
    return new DatabaseStartError(
      path,
      `cannot be opened (${code}: ${said}). Check that the file and its directory exist and that the server's user may read and write them, then start again.`,
    );
  }
  return new DatabaseStartError(
    path,
    `cannot be used (${code}: ${said}). Check the file and the disk, or restore the last backup, then start again.`,
  );
}
