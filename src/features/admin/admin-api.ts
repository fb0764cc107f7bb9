/**
 * Authenticated calls to `/api/v1/admin/…` over the one request function (src/api/request.ts):
 * the bearer token from sessionStorage, payloads parsed with the contract, failures thrown as
 * `AdminApiError`, which adds a rejected upload's problem list (422) to the `ApiError` it
 * extends (status, problem, Retry-After, a 412's conflict). No UI effects.
 */
import type { z } from 'zod';
import { importProblemResponseSchema, type ImportProblemResponse } from '../../../contract/admin.ts';
import { ApiError, NetworkError, type VersionConflict } from '../../api/errors.ts';
import { parseAnswer, request, versionFromEtag, type HttpAnswer, type RequestOptions } from '../../api/request.ts';
import { readAdminToken } from './admin-token.ts';

export type { VersionConflict };
export { versionFromEtag };

export class AdminApiError extends ApiError {
  /** The problems of a rejected upload (422), every one listed by row and column. */
  readonly importProblems: ImportProblemResponse | null;

  constructor(...args: ConstructorParameters<typeof ApiError>) {
    super(...args);
    this.name = 'AdminApiError';
    const listed = importProblemResponseSchema.safeParse(this.body);
    this.importProblems = listed.success ? listed.data : null;
  }

  /** The admin view of an error answer. */
  static of(error: ApiError): AdminApiError {
    return new AdminApiError(error.status, error.problem, error.message, error);
  }
}

export function notSignedIn(): AdminApiError {
  return new AdminApiError(401, null, 'Not signed in.');
}

/** As `request`, with the stored token (or `token`, when signing in checks one) and admin errors. */
export async function adminRequest(path: string, options: RequestOptions = {}): Promise<HttpAnswer> {
  const token = options.token ?? readAdminToken();
  if (!token) throw notSignedIn();
  try {
    return await request(path, { ...options, token });
  } catch (error) {
    throw error instanceof ApiError && !(error instanceof NetworkError) ? AdminApiError.of(error) : error;
  }
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
  { body, ...init }: AdminInit = {},
): Promise<{ data: z.output<S>; version: string | null }> {
  const answer = await adminRequest(path, { ...init, json: body });
  return { data: parseAnswer(path, answer.body, schema), version: versionFromEtag(answer.headers.get('ETag')) };
}
