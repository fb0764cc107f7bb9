/**
 * The one fetch client: base URL, throws on non-2xx with the server's problem
 * detail, parses every payload with the contract. No UI side effects.
 */
import type { z } from 'zod';
import { problemSchema, type Problem } from '../../contract/common.ts';
import { OFFLINE_CACHE_HEADER, reportServerStatus } from './server-status.ts';
import { staticAnswer, stockholmToday, type StaticAnswer } from './static-api.ts';

/** API base; empty means same origin (the server serves the SPA and the API). */
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE as string | undefined) ?? '';

/**
 * Build-time switch (`VITE_STATIC_API=1`, set by `npm run export`): the API is the files of a
 * static export, read through ./static-api.ts, and nothing can be written.
 */
export const STATIC_API: boolean = import.meta.env.VITE_STATIC_API === '1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server answered, but not in the shape the contract promises. */
export class ApiContractError extends Error {
  constructor(readonly path: string, readonly issues: z.core.$ZodIssue[]) {
    super(`The API's answer for ${path} did not match the contract: ${issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'ApiContractError';
  }
}

/** One GET: the status and the JSON body (null when there is none or it is not JSON). */
async function getJson(path: string, signal?: AbortSignal): Promise<StaticAnswer> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE_URL}${path}`, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    reportServerStatus('unreachable');
    throw new ApiError(0, null, `The server could not be reached (${(error as Error).message}).`);
  }
  // A gateway's 502–504 means the server behind it is down, as much as a refused connection.
  const down = response.headers.has(OFFLINE_CACHE_HEADER) || response.status === 502 || response.status === 503 || response.status === 504;
  reportServerStatus(down ? 'unreachable' : 'ok');
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

export async function apiGet<S extends z.ZodType>(path: string, schema: S, init: { signal?: AbortSignal } = {}): Promise<z.output<S>> {
  const { status, body } = STATIC_API ? await staticAnswer(path, getJson, { today: stockholmToday(), signal: init.signal }) : await getJson(path, init.signal);
  if (status < 200 || status > 299) {
    const problem = problemSchema.safeParse(body);
    const detail = problem.success ? problem.data.detail : `HTTP ${status}`;
    throw new ApiError(status, problem.success ? problem.data : null, detail);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiContractError(path, parsed.error.issues);
  return parsed.data;
}
