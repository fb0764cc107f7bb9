/**
 * The one fetch client: base URL, throws on non-2xx with the server's problem
 * detail, parses every payload with the contract. No UI side effects.
 */
import type { z } from 'zod';
import { problemSchema, type Problem } from '../../contract/common.ts';

/** API base; empty means same origin (the server serves the SPA and the API). */
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE as string | undefined) ?? '';

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

export async function apiGet<S extends z.ZodType>(path: string, schema: S, init: { signal?: AbortSignal } = {}): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE_URL}${path}`, { headers: { Accept: 'application/json' }, signal: init.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, null, `The server could not be reached (${(error as Error).message}).`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    const detail = problem.success ? problem.data.detail : `HTTP ${response.status}`;
    throw new ApiError(response.status, problem.success ? problem.data : null, detail);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiContractError(path, parsed.error.issues);
  return parsed.data;
}
