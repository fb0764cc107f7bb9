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
import type { Db } from '../db/connection.ts';
import { HttpProblem } from '../http/problem.ts';

/** A short, stable hash of a JSON-serialisable state (object keys in the order given). */
export function versionOf(state: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(state ?? null))
    .digest('base64url')
    .slice(0, 22);
}

/** `value` with every object's keys sorted (and undefined members dropped, as JSON does), so equal states serialise alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]),
  );
}

/** Whether two JSON-serialisable states are equal whatever order their objects' keys were built in. */
export const sameState = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The strong ETag of a version. */
export const etag = (version: string): string => `"${version}"`;

export const INVALID_IF_MATCH_TYPE = '/api/v1/problems/invalid-if-match';

/** What an `If-Match` header holds: nothing, `*`, its strong tags' versions, or why it cannot be used. */
export type IfMatch =
  { kind: 'absent' } | { kind: 'any' } | { kind: 'versions'; versions: string[] } | { kind: 'invalid'; reason: string };

// RFC 9110 §8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.
const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/;

/**
 * Parses `If-Match` (`*` or a comma-separated list of entity-tags; a comma inside quotes is
 * part of the tag). Weak tags never match under If-Match (RFC 9110 §13.1.1: strong
 * comparison), so a header with only weak tags, like one that does not parse, is invalid:
 * it is the client's mistake, not a concurrent edit.
 */
export function parseIfMatch(header: string | undefined): IfMatch {
  const value = header?.trim() ?? '';
  if (value === '') return { kind: 'absent' };
  if (value === '*') return { kind: 'any' };
  const versions: string[] = [];
  let rest = value;
  while (rest !== '') {
    const tag = ENTITY_TAG.exec(rest);
    if (!tag)
      return {
        kind: 'invalid',
        reason: `it is not a list of quoted entity-tags (found ${JSON.stringify(rest.slice(0, 40))})`,
      };
    if (!tag[1]) versions.push(tag[2] ?? '');
    rest = rest.slice(tag[0].length).trimStart();
    if (rest === '') break;
    if (!rest.startsWith(','))
      return {
        kind: 'invalid',
        reason: `entity-tags must be separated by commas (found ${JSON.stringify(rest.slice(0, 40))})`,
      };
    rest = rest.slice(1).trimStart();
  }
  if (versions.length === 0)
    return {
      kind: 'invalid',
      reason: `it holds only weak entity-tags (W/"…"), which never match under If-Match (RFC 9110 §13.1.1)`,
    };
  return { kind: 'versions', versions };
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
 * `*` matches any existing state; a header with no strong entity-tag gets 400 (the
 * client's mistake, not a concurrent edit). A write calls it through `writeIfMatch`, inside
 * its transaction, so the state compared is the state written over.
 */
export function requireVersion(c: Context, check: VersionCheck): string {
  const ifMatch = parseIfMatch(c.req.header('If-Match'));
  if (ifMatch.kind === 'invalid') {
    // Not a refusal: nobody else wrote, so it is neither a 412 nor audited as one.
    throw new HttpProblem(
      400,
      `The If-Match header cannot be used: ${ifMatch.reason}. Send the version you edited as a strong entity-tag, If-Match: "<version>", exactly as the ETag of ${check.what} read (now ${etag(check.currentVersion)}). Nothing was written.`,
      {
        type: INVALID_IF_MATCH_TYPE,
        title: 'Invalid If-Match',
        extra: { currentVersion: check.currentVersion },
      },
    );
  }
  if (ifMatch.kind === 'absent') {
    throw new HttpProblem(
      428,
      `Writing ${check.what} needs the version you edited: send If-Match: ${etag(check.currentVersion)} (the ETag of the resource as you read it). Without it a concurrent edit could be overwritten.`,
      {
        type: VERSION_REQUIRED_TYPE,
        title: 'Version required',
        extra: { currentVersion: check.currentVersion },
      },
    );
  }
  const versions = ifMatch.kind === 'any' ? ['*'] : ifMatch.versions;
  if (versions.includes('*') || versions.includes(check.currentVersion)) return check.currentVersion;
  const yourVersion = versions[0] ?? '';
  check.onConflict?.(yourVersion);
  throw new HttpProblem(
    412,
    `Someone else has changed ${check.what} since you read it: you edited version ${yourVersion || '(none)'}, the current version is ${check.currentVersion}. Nothing was written. Read the current state (it is in this answer as 'current'), then apply your change again.`,
    {
      type: VERSION_MISMATCH_TYPE,
      title: 'Edited by someone else',
      headers: { ETag: etag(check.currentVersion) },
      extra: { yourVersion, currentVersion: check.currentVersion, current: check.current },
    },
  );
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
export function writeIfMatch<S, T>(
  db: Db,
  c: Context,
  check: ConditionalWrite<S>,
  write: (current: S) => T,
): { result: T; version: string } {
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
