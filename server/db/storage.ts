/**
 * What the disk under the database allows, at run time: a write that fails because the disk
 * is full or read-only becomes a problem+json saying so (507 / 503) rather than a bare 500,
 * and `/api/v1/health` reports whether a write is possible now. Reads never touch the disk
 * this way (they come from the in-memory snapshot), so they go on working.
 */
import Database from 'better-sqlite3';
import { HttpProblem } from '../http/problem.ts';
import type { Db } from './connection.ts';

/** better-sqlite3's error code (`SQLITE_FULL`, `SQLITE_READONLY_DBMOVED` …) or Node's (`ENOSPC`, `EROFS` …). */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof Database.SqliteError) return error.code;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const FULL =
  'The disk holding the database is full (or the database reached its size limit), so nothing was written. Free space on the server, then send the request again. Reading the dashboard is not affected.';
const READ_ONLY =
  "The database cannot be written: its file or file system is read-only, or the server had to open it read-only at start. Nothing was written. Make the database file and its directory writable for the server's user, then restart the server. Reading the dashboard is not affected.";
const BUSY =
  'Another process holds the database for writing (a backup or a script?). Nothing was written; try again in a few seconds.';

/** The problem a storage failure answers with, or null when the error is something else (a 500). */
export function storageProblem(error: unknown): HttpProblem | null {
  const code = errorCode(error);
  if (code === undefined) return null;
  const type = '/api/v1/problems/storage';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return new HttpProblem(507, FULL, { type, title: 'Insufficient storage' });
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new HttpProblem(503, READ_ONLY, { type, title: 'Database is read-only' });
  if (code.startsWith('SQLITE_BUSY'))
    return new HttpProblem(503, BUSY, { type, title: 'Database is busy', headers: { 'Retry-After': '5' } });
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code === 'EIO') {
    return new HttpProblem(
      503,
      `The disk under the database failed (${code}), so nothing was written. Check the server's file system (full, read-only or failing?) and its log. Reading the dashboard is not affected.`,
      {
        type,
        title: 'Database unavailable',
      },
    );
  }
  return null;
}

/** Why a write cannot happen now (a short reason), or null when one can. Writes nothing: the probe is rolled back. */
export function writeProbe(db: Db): string | null {
  if (!db.open) return 'the database is closed (the server is stopping)';
  if (db.inTransaction) return null;
  const rolledBack = new Error('write probe');
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  // Never wait for another process's lock here: a health check must answer at once.
  db.pragma('busy_timeout = 0');
  try {
    const pageBytes = db.pragma('page_size', { simple: true }) as number;
    // One page's worth: it needs a page of its own, which a full disk or a size limit refuses.
    db.transaction(() => {
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('write-probe', zeroblob(?))").run(pageBytes);
      throw rolledBack;
    })();
    return null;
  } catch (error) {
    if (error === rolledBack) return null;
    const code = errorCode(error) ?? '';
    if (code.startsWith('SQLITE_BUSY')) return null;
    if (code === 'SQLITE_FULL') return 'the disk holding the database is full (or the database reached its size limit)';
    if (code.startsWith('SQLITE_READONLY'))
      return 'the database file or its file system is read-only (make them writable, then restart the server)';
    return `a test write failed (${code || (error as Error).message})`;
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

export interface WriteStatus {
  writable: boolean;
  /** Why not, when not. */
  writeProblem?: string;
}

/**
 * Whether a write is possible: a rolled-back test write now, and the last real write's
 * failure (a full disk refuses real writes before a probe notices), until a write succeeds.
 */
export class WriteHealth {
  private lastFailure: string | null = null;

  constructor(private readonly db: Db) {}

  /** A write failed with this problem. */
  failed(problem: HttpProblem): void {
    this.lastFailure = problem.detail;
  }

  /** A write went through: an earlier failure no longer says anything. */
  succeeded(): void {
    this.lastFailure = null;
  }

  status(): WriteStatus {
    const probe = writeProbe(this.db);
    if (probe !== null) return { writable: false, writeProblem: `Writes are not possible: ${probe}.` };
    if (this.lastFailure !== null)
      return { writable: false, writeProblem: `The last write failed: ${this.lastFailure}` };
    return { writable: true };
  }
}
