/**
 * The audit entry of a write refused with 412: someone else's write came first. Recorded
 * after the refused write's transaction rolled back, so the log keeps both sides: `before`
 * is theirs (the current state and its version), `after` is yours (the request and the
 * version it was based on). Reapplying lands as an ordinary entry, before = theirs again.
 */
import type { Context } from 'hono';
import { recordAudit } from '../db/audit.ts';
import type { Db } from '../db/connection.ts';
import type { AdminEnv } from './guard.ts';
import type { AdminRouteOptions } from './respond.ts';
import type { Refusal } from './versions.ts';

export interface RefusedWrite {
  /** Whose write, and when. */
  who: { actor: string; at: string };
  /** The subject the write's own entry would have had (`lund`, `lund/2026/contract`, `2026`). */
  subject: string;
  /** What it would have changed, in both languages: "Lunds mål" / "Lund's targets". */
  what: { sv: string; en: string };
  /** The request's body as sent (null for a DELETE). */
  body: unknown;
}

export function auditRefusal<S>(db: Db, c: Context, write: RefusedWrite, refusal: Refusal<S>): number {
  const yours = refusal.yourVersion || '(none)';
  return recordAudit(db, {
    ...write.who,
    action: 'write.refused',
    subject: write.subject,
    summary: {
      sv: `Avvisade en ändring av ${write.what.sv}: den utgick från version ${yours}, men nu gäller version ${refusal.currentVersion} (någon annans ändring kom först). Inget sparades.`,
      en: `Refused a change to ${write.what.en}: it was based on version ${yours}, but the current version is ${refusal.currentVersion} (someone else's change came first). Nothing was stored.`,
    },
    before: { version: refusal.currentVersion, state: refusal.current },
    after: { version: refusal.yourVersion, request: `${c.req.method} ${c.req.path}`, body: write.body },
  });
}

/** A write's `onRefused`: audits its refusal, as `who` says for the request, when it comes. */
export function refusalAuditor(
  db: Db,
  c: Context<AdminEnv>,
  who: AdminRouteOptions['who'],
  write: Omit<RefusedWrite, 'who'>,
): <S>(refusal: Refusal<S>) => number {
  return (refusal) => auditRefusal(db, c, { who: who(c), ...write }, refusal);
}
