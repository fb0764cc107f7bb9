/**
 * What a request to the API can fail with, one class per way: the server refused (`ApiError`,
 * carrying its RFC 9457 problem and the problem's extension members), the network did not
 * answer (`NetworkError`, status 0), the answer broke the contract (`ApiContractError`), or the
 * caller cancelled (the platform's `AbortError` DOMException, recognised by `isAbortError`).
 * Only types come from zod and the contract here, so the first page loads neither.
 */
import type { z } from 'zod';
import type { Problem } from '../../contract/common.ts';

/** The body of a 412 `version-mismatch` problem (server/admin/versions.ts): the write's base, the current version and state. */
export interface VersionConflict {
  yourVersion: string;
  currentVersion: string;
  current: unknown;
}

/** What an error answer carried besides its status and problem. */
export interface ApiErrorDetails {
  /** The answer's JSON body (null when there was none, or it was not JSON). */
  body?: unknown;
  /** Seconds to wait before asking again, from Retry-After (a 429 or 503). */
  retryAfterSeconds?: number | null;
}

/** The members every problem has (RFC 9457 §3.1); any other member of the body is an extension. */
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance']);

function membersOf(body: unknown): Readonly<Record<string, unknown>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).filter(([name]) => !STANDARD_MEMBERS.has(name)));
}

function conflictIn(members: Readonly<Record<string, unknown>>): VersionConflict | null {
  const { yourVersion, currentVersion, current } = members;
  return typeof yourVersion === 'string' && typeof currentVersion === 'string'
    ? { yourVersion, currentVersion, current }
    : null;
}

/** The server answered with an error status (or, as `NetworkError`, not at all). */
export class ApiError extends Error {
  /** The problem's title and detail; null when the body was no problem. */
  readonly title: string | null;
  readonly detail: string | null;
  readonly body: unknown;
  /** The problem's extension members: `problems`, `parameter`, `yourVersion`, `currentVersion`, `current`… */
  readonly members: Readonly<Record<string, unknown>>;
  readonly retryAfterSeconds: number | null;
  /** A 412's versions and current state ("theirs"); null for any other answer. */
  readonly conflict: VersionConflict | null;

  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    message: string,
    details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.title = problem?.title ?? null;
    this.detail = problem?.detail ?? null;
    this.body = details.body ?? null;
    this.members = membersOf(this.body);
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
    this.conflict = status === 412 ? conflictIn(this.members) : null;
  }
}

/** The request never got an answer: no connection, DNS, CORS, a dropped upload. Status 0. */
export class NetworkError extends ApiError {
  constructor(message: string) {
    super(0, null, message);
    this.name = 'NetworkError';
  }
}

/** The server answered, but not in the shape the contract promises. */
export class ApiContractError extends Error {
  constructor(
    readonly path: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(
      `The API's answer for ${path} did not match the contract: ${issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
    this.name = 'ApiContractError';
  }
}

/** A cancelled request: the `AbortError` DOMException fetch throws, whichever realm made it. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function abortError(message = 'The request was cancelled.'): DOMException {
  return new DOMException(message, 'AbortError');
}
