/**
 * The audit log and the data revision. Every write calls both inside its own transaction,
 * so the change, its audit entry and the cache invalidation land together or not at all.
 */
import type { AuditAction, AuditEntry } from '../../contract/index.ts';
import type { Db } from './connection.ts';

export interface AuditInput {
  at: string;
  actor: string;
  action: AuditAction;
  subject: string;
  summary: { sv: string; en: string };
  before: unknown;
  after: unknown;
}

/** Writes one entry and returns its id. Call inside the write's transaction. */
export function recordAudit(db: Db, entry: AuditInput): number {
  const result = db
    .prepare('INSERT INTO audit (at, actor, action, subject, summary, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(
      entry.at,
      entry.actor,
      entry.action,
      entry.subject,
      JSON.stringify(entry.summary),
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
    );
  return Number(result.lastInsertRowid);
}

/** Moves the revision on, so every reader's snapshot and response cache is rebuilt. Call inside the write's transaction. */
export function bumpRevision(db: Db): void {
  db.prepare(
    "INSERT INTO meta (key, value) VALUES ('revision', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
  ).run();
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  subject: string;
  summary: string;
  before: string | null;
  after: string | null;
}

/** Newest first; `before` is an entry id from the previous page. */
export function listAudit(
  db: Db,
  limit: number,
  before: number | undefined,
): { entries: AuditEntry[]; nextBefore: number | null } {
  const rows = db
    .prepare<[number, number], AuditRow>('SELECT * FROM audit WHERE id < ? ORDER BY id DESC LIMIT ?')
    .all(before ?? Number.MAX_SAFE_INTEGER, limit + 1);
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      subject: r.subject,
      summary: JSON.parse(r.summary) as { sv: string; en: string },
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    })),
    nextBefore: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
