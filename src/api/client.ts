/**
 * The public read API: `apiGet` asks the server (through ./request.ts) or, in a static export,
 * its files, reports whether the server answered (./server-status.ts), throws an error status
 * as `ApiError` with the server's problem, and parses every payload with the contract. No UI
 * side effects. The error classes live in ./errors.ts and are re-exported here.
 */
import type { z } from 'zod';
import { errorOfAnswer, isSuccess } from './problem.ts';
import { NetworkError } from './errors.ts';
import { parseAnswer, send, type FetchLike } from './request.ts';
import { OFFLINE_CACHE_HEADER, reportServerStatus } from './server-status.ts';
import type { StaticAnswer } from './static-api.ts';

export { ApiContractError, ApiError } from './errors.ts';
export { API_BASE_URL } from './request.ts';

/**
 * Build-time switch (`VITE_STATIC_API=1`, set by `npm run export`): the API is the files of a
 * static export, read through ./static-api.ts, and nothing can be written.
 */
export const STATIC_API: boolean = import.meta.env.VITE_STATIC_API === '1';

/** The browser's fetch, or, when the server renders a page, its own API answering in-process. */
let transport: FetchLike = (url, init) => fetch(url, init);

/** Used by src/entry-server.tsx only: the server renders with its own API, not over the network. */
export function setApiTransport(next: FetchLike): void {
  transport = next;
}

/** One GET: the status and the JSON body (null when there is none or it is not JSON). */
async function getJson(path: string, signal?: AbortSignal): Promise<StaticAnswer> {
  try {
    const { status, body, headers } = await send(path, { signal, fetch: transport });
    // A gateway's 502–504 means the server behind it is down, as much as a refused connection.
    const down = headers.get(OFFLINE_CACHE_HEADER) !== null || status === 502 || status === 503 || status === 504;
    reportServerStatus(down ? 'unreachable' : 'ok');
    return { status, body };
  } catch (error) {
    if (error instanceof NetworkError) reportServerStatus('unreachable');
    throw error;
  }
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
  if (!isSuccess(status)) throw await errorOfAnswer({ status, body });
  return parseAnswer(path, body, schema);
}
