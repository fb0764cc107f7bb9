/**
 * The one fetch client: base URL, throws on non-2xx with the server's problem
 * detail, parses every payload with the contract. No UI side effects.
 */
import type { z } from 'zod';
import type { Problem } from '../../contract/common.ts';
import { OFFLINE_CACHE_HEADER, reportServerStatus } from './server-status.ts';
import type { StaticAnswer } from './static-api.ts';

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

type Transport = (url: string, init: RequestInit) => Promise<Response>;

/** The browser's fetch, or, when the server renders a page, its own API answering in-process. */
let transport: Transport = (url, init) => fetch(url, init);

/** Used by src/entry-server.tsx only: the server renders with its own API, not over the network. */
export function setApiTransport(next: Transport): void {
  transport = next;
}

/** One GET: the status and the JSON body (null when there is none or it is not JSON). */
async function getJson(path: string, signal?: AbortSignal): Promise<StaticAnswer> {
  let response: Response;
  try {
    response = await transport(`${API_BASE_URL}${path}`, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    reportServerStatus('unreachable');
    throw new ApiError(0, null, `The server could not be reached (${(error as Error).message}).`);
  }
  // A gateway's 502–504 means the server behind it is down, as much as a refused connection.
  const down =
    response.headers.has(OFFLINE_CACHE_HEADER) ||
    response.status === 502 ||
    response.status === 503 ||
    response.status === 504;
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

/** A static export's answer (its reader, and the zod schemas it checks queries with, load only in such a copy). */
async function staticGet(path: string, signal?: AbortSignal): Promise<StaticAnswer> {
  const { staticAnswer, stockholmToday } = await import('./static-api.ts');
  return staticAnswer(path, getJson, { today: stockholmToday(), signal });
}

/**
 * A schema, or a function that loads one: with a loader, the contract (and zod with it) loads
 * with the first answer that needs parsing instead of with the first page's code. A page the
 * server rendered parses nothing on hydration: its data arrives already parsed.
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

export async function apiGet<S extends z.ZodType>(
  path: string,
  source: SchemaSource<S>,
  init: { signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  const { status, body } = STATIC_API ? await staticGet(path, init.signal) : await getJson(path, init.signal);
  const schema = typeof source === 'function' ? await source() : source;
  if (status < 200 || status > 299) {
    const { problemSchema } = await import('../../contract/common.ts');
    const problem = problemSchema.safeParse(body);
    const detail = problem.success ? problem.data.detail : `HTTP ${status}`;
    throw new ApiError(status, problem.success ? problem.data : null, detail);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiContractError(path, parsed.error.issues);
  return parsed.data;
}
