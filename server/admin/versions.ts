/**
 * Optimistic concurrency for the write API (RFC 9110 §13.1.1 If-Match, RFC 6585 428).
 * A resource's version is a hash of its current state, so a read answers it as a strong
 * `ETag`, and a write must send it back in `If-Match`: a write without one gets 428, a
 * write whose version is no longer current gets 412 naming both versions (and carrying
 * the current state, so the client can show "yours" against "theirs").
 *
 * Versions are content hashes, not counters: two coordinators who arrive at the same state
 * hold the same version, and nothing needs storing.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Db } from '../db/open.ts';
import { HttpProblem } from '../http/problem.ts';

/** A short, stable hash of a JSON-serialisable state (object keys in the order given). */
export function versionOf(state: unknown): string {
  return createHash('sha256').update(JSON.stringify(state ?? null)).digest('base64url').slice(0, 22);
}

/** The strong ETag of a version. */
export const etag = (version: string): string => `"${version}"`;

/** The versions an `If-Match` header names (`*` as itself), or null when there is no header. */
export function ifMatchVersions(header: string | undefined): string[] | null {
  if (header === undefined || header.trim() === '') return null;
  if (header.trim() === '*') return ['*'];
  // Weak validators never match under If-Match (RFC 9110 §13.1.1: strong comparison).
  return header.split(',').map((part) => part.trim()).filter((part) => /^"[^"]*"$/.test(part)).map((part) => part.slice(1, -1));
}

export interface VersionCheck {
  /** What is being written, for the messages: "Malmö's targets". */
  what: string;
  /** The resource's current version. */
  currentVersion: string;
  /** The resource's current state, sent back in the 412 as `current` ("theirs"). */
  current: unknown;
  /** Called before the 412 is thrown, outside any transaction (e.g. to audit the refused write). */
  onConflict?: (yourVersion: string) => void;
}

export const VERSION_REQUIRED_TYPE = '/api/v1/problems/version-required';
export const VERSION_MISMATCH_TYPE = '/api/v1/problems/version-mismatch';

/**
 * Throws 428 when the request has no `If-Match`, 412 when it names another version.
 * `*` matches any existing state. A write calls it through `writeIfMatch`, inside its
 * transaction, so the state compared is the state written over.
 */
export function requireVersion(c: Context, check: VersionCheck): string {
  const versions = ifMatchVersions(c.req.header('If-Match'));
  if (versions === null) {
    throw new HttpProblem(428, `Writing ${check.what} needs the version you edited: send If-Match: ${etag(check.currentVersion)} (the ETag of the resource as you read it). Without it a concurrent edit could be overwritten.`, {
      type: VERSION_REQUIRED_TYPE,
      title: 'Version required',
      extra: { currentVersion: check.currentVersion },
    });
  }
  if (versions.includes('*') || versions.includes(check.currentVersion)) return check.currentVersion;
  const yourVersion = versions[0] ?? '';
  check.onConflict?.(yourVersion);
  throw new HttpProblem(412, `Someone else has changed ${check.what} since you read it: you edited version ${yourVersion || '(none)'}, the current version is ${check.currentVersion}. Nothing was written. Read the current state (it is in this answer as 'current'), then apply your change again.`, {
    type: VERSION_MISMATCH_TYPE,
    title: 'Edited by someone else',
    headers: { ETag: etag(check.currentVersion) },
    extra: { yourVersion, currentVersion: check.currentVersion, current: check.current },
  });
}

/** A write refused with 412: what it was based on, and what is there now ("theirs"). */
export interface Refusal<S> {
  yourVersion: string;
  currentVersion: string;
  current: S;
}

export interface ConditionalWrite<S> {
  /** What is being written, for the messages: "Malmö's targets". */
  what: string;
  /** Reads the resource's state; called inside the write's transaction, before and after the write. */
  read: () => S;
  /**
   * Called after a 412's transaction has rolled back, so what it records (the refusal's
   * audit entry) is kept. An error it throws replaces the 412.
   */
  onRefused?: (refusal: Refusal<S>) => void;
}

/**
 * One conditional write: in one IMMEDIATE transaction (the write lock is taken before the
 * state is read, so two racing requests are serialised and only the first can match),
 * reads the state, checks If-Match against its version (428/412), writes, and reads the
 * new version. Answers the write's result and the version after it.
 */
export function writeIfMatch<S, T>(db: Db, c: Context, check: ConditionalWrite<S>, write: (current: S) => T): { result: T; version: string } {
  // Set by requireVersion's callback inside the transaction, acted on after its rollback.
  const refused: { value: Refusal<S> | null } = { value: null };
  try {
    return db
      .transaction(() => {
        const current = check.read();
        const currentVersion = versionOf(current);
        requireVersion(c, {
          what: check.what,
          currentVersion,
          current,
          onConflict: (yourVersion) => {
            refused.value = { yourVersion, currentVersion, current };
          },
        });
        const result = write(current);
        return { result, version: versionOf(check.read()) };
      })
      .immediate();
  } catch (error) {
    if (refused.value) check.onRefused?.(refused.value);
    throw error;
  }
}
