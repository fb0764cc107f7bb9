/**
 * The one request function of the app: every call to the API (the public reads of ./client.ts,
 * the admin's reads and writes, release uploads) goes through `request` (or `send`, which does
 * not throw on an error status). It builds the headers (Accept, a bearer token, If-Match, a
 * JSON or raw body's Content-Type), sends, reads the JSON answer, and fails one way per cause:
 * `ApiError` for an error status (with the problem and its members), `NetworkError` when no
 * answer came, an `AbortError` DOMException when the signal cancelled (see ./errors.ts).
 *
 * Transport: fetch, unless the caller asks for upload progress; then XMLHttpRequest (./xhr.ts),
 * because fetch cannot report how much of a body it has sent and an 8 MB release file on a slow
 * line needs a real progress bar. Fetch stays the default, not XHR for everything, because the
 * server-side renderer swaps fetch for the server's own API answering in-process (the `fetch`
 * option, set by ./client.ts), which has no XHR equivalent, and Node has no XMLHttpRequest.
 * MSW intercepts both in tests.
 *
 * Answers are checked against the contract by the caller, with `parseAnswer`.
 */
import type { z } from 'zod';
import { abortError, ApiContractError, isAbortError, NetworkError } from './errors.ts';
import { errorOfAnswer, isSuccess, parseJson, type HttpAnswer } from './problem.ts';
import { sendWithXhr } from './xhr.ts';

/** API base; empty means same origin (the server serves the SPA and the API). */
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE as string | undefined) ?? '';

/** fetch's shape; the server's renderer passes its in-process API in its place. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON, with `Content-Type: application/json`. */
  json?: unknown;
  /** Sent as it is: a file, a blob, a form. */
  body?: XMLHttpRequestBodyInit;
  /** The raw body's Content-Type (a FormData sets its own). */
  contentType?: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** The version a write is based on, sent quoted as `If-Match`. */
  ifMatch?: string;
  /** Any other headers; they win over the ones above. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Called with the share of the body sent, 0–1. Asking for it sends with XMLHttpRequest. */
  onUploadProgress?: (fraction: number) => void;
  /** Sends instead of the global fetch (looked up at each call, so test doubles apply). */
  fetch?: FetchLike;
}

export type { HttpAnswer };

function headersOf(options: RequestOptions): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  const contentType = options.json !== undefined ? 'application/json' : options.contentType;
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  return { ...headers, ...options.headers };
}

async function sendWithFetch(url: string, init: RequestInit, send: FetchLike): Promise<HttpAnswer> {
  try {
    const response = await send(url, init);
    const text = await response.text();
    return { status: response.status, body: parseJson(text), headers: response.headers };
  } catch (error) {
    if (isAbortError(error)) throw error;
    if (init.signal?.aborted) throw abortError();
    throw new NetworkError(
      `The server could not be reached (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** One request, whatever the answer's status; throws only when there is no answer. */
export function send(path: string, options: RequestOptions = {}): Promise<HttpAnswer> {
  const url = `${API_BASE_URL}${path}`;
  const method = options.method ?? 'GET';
  const headers = headersOf(options);
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  const { signal, onUploadProgress } = options;
  if (onUploadProgress) return sendWithXhr({ method, url, headers, body, signal, onUploadProgress });
  return sendWithFetch(url, { method, headers, body, signal }, options.fetch ?? ((u, init) => fetch(u, init)));
}

/** One request; an error status throws `ApiError` with the server's problem. */
export async function request(path: string, options: RequestOptions = {}): Promise<HttpAnswer> {
  const answer = await send(path, options);
  if (!isSuccess(answer.status)) throw await errorOfAnswer(answer);
  return answer;
}

/** Checks a 2xx body against the contract; a mismatch throws `ApiContractError`. */
export function parseAnswer<S extends z.ZodType>(path: string, body: unknown, schema: S): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiContractError(path, parsed.error.issues);
  return parsed.data;
}

/** The version an `ETag` header names (`"abc"` → `abc`); null without a strong ETag. */
export function versionFromEtag(value: string | null | undefined): string | null {
  const match = /^"([^"]*)"$/.exec(value?.trim() ?? '');
  return match?.[1] ?? null;
}
