/**
 * Authenticated calls to `/api/v1/admin/…`: bearer token from sessionStorage, payloads
 * parsed with the contract, failures thrown as `AdminApiError` carrying the server's
 * problem (a 422 upload problem keeps its list; a 429 keeps Retry-After). No UI effects.
 */
import type { z } from 'zod';
import { importProblemResponseSchema, type ImportProblemResponse } from '../../../contract/admin.ts';
import { problemSchema } from '../../../contract/common.ts';
import { API_BASE_URL, ApiContractError, ApiError } from '../../api/client.ts';
import { readAdminToken } from './admin-token.ts';

export class AdminApiError extends ApiError {
  constructor(
    status: number,
    problem: z.infer<typeof problemSchema> | null,
    message: string,
    /** The problems of a rejected upload (422), every one listed by row and column. */
    readonly importProblems: ImportProblemResponse | null = null,
    /** Seconds to wait after a 429, from Retry-After. */
    readonly retryAfterSeconds: number | null = null,
    /** A 412: the version the write was based on, the current one, and the current state ("theirs"). */
    readonly conflict: VersionConflict | null = null,
  ) {
    super(status, problem, message);
    this.name = 'AdminApiError';
  }
}

/** The body of a 412 `version-mismatch` problem (server/admin/versions.ts). */
export interface VersionConflict {
  yourVersion: string;
  currentVersion: string;
  current: unknown;
}

function conflictOf(body: unknown): VersionConflict | null {
  if (typeof body !== 'object' || body === null) return null;
  const { yourVersion, currentVersion, current } = body as Record<string, unknown>;
  return typeof yourVersion === 'string' && typeof currentVersion === 'string'
    ? { yourVersion, currentVersion, current }
    : null;
}

/** The version an `ETag` header names (`"abc"` → `abc`); null without a strong ETag. */
export function versionFromEtag(value: string | null): string | null {
  const match = /^"([^"]*)"$/.exec(value?.trim() ?? '');
  return match?.[1] ?? null;
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** Turns a non-2xx answer into the error the UI shows. */
export function errorFromAnswer(status: number, text: string, retryAfter: string | null): AdminApiError {
  const body = parseJson(text);
  const listed = importProblemResponseSchema.safeParse(body);
  const problem = problemSchema.safeParse(body);
  const detail = problem.success ? problem.data.detail : `HTTP ${status}`;
  return new AdminApiError(
    status,
    problem.success ? problem.data : null,
    detail,
    listed.success ? listed.data : null,
    parseRetryAfter(retryAfter),
    status === 412 ? conflictOf(body) : null,
  );
}

/** Parses a 2xx body with the contract. */
export function parseAnswer<S extends z.ZodType>(path: string, text: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(parseJson(text));
  if (!parsed.success) throw new ApiContractError(path, parsed.error.issues);
  return parsed.data;
}

export function notSignedIn(): AdminApiError {
  return new AdminApiError(401, null, 'Not signed in.');
}

interface AdminInit {
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** The version the write is based on, sent as `If-Match` (every admin write needs one). */
  ifMatch?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Only for signing in: the token being checked, before it is stored. */
  token?: string;
  signal?: AbortSignal;
}

export async function adminFetch<S extends z.ZodType>(
  path: string,
  schema: S,
  init: AdminInit = {},
): Promise<z.output<S>> {
  return (await adminFetchVersioned(path, schema, init)).data;
}

/** As adminFetch, with the answer's version (its `ETag`), for a later write's `If-Match`. */
export async function adminFetchVersioned<S extends z.ZodType>(
  path: string,
  schema: S,
  init: AdminInit = {},
): Promise<{ data: z.output<S>; version: string | null }> {
  const token = init.token ?? readAdminToken();
  if (!token) throw notSignedIn();
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.ifMatch !== undefined) headers['If-Match'] = `"${init.ifMatch}"`;
  let response: Response;
  try {
    response = await fetch(`${API_BASE_URL}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new AdminApiError(0, null, `The server could not be reached (${(error as Error).message}).`);
  }
  const text = await response.text();
  if (!response.ok) throw errorFromAnswer(response.status, text, response.headers.get('Retry-After'));
  return { data: parseAnswer(path, text, schema), version: versionFromEtag(response.headers.get('ETag')) };
}
