/**
 * Turns an error answer into the `ApiError` the UI shows. The body is read as an RFC 9457
 * problem when it has the problem's shape (checked with the contract's `problemSchema`): the
 * server labels it `application/problem+json`, and a static export's synthesised answers
 * (./static-api.ts) carry the same body with no header at all. The schema, and zod with it,
 * load with the first error, not with the first page.
 */
import { ApiError } from './errors.ts';

/** One answer: its status and parsed JSON body (null when none), and headers when it came over HTTP. */
export interface Answer {
  status: number;
  body: unknown;
  /** Absent for a static export's answers, which have no headers. */
  headers?: AnswerHeaders;
}

export interface AnswerHeaders {
  get(name: string): string | null;
}

/** An answer as the transports give it, always with its headers. */
export type HttpAnswer = Required<Answer>;

export const isSuccess = (status: number): boolean => status >= 200 && status <= 299;

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The error for a non-2xx answer; its message is the problem's detail, or `HTTP <status>`. */
export async function errorOfAnswer({ status, body, headers }: Answer): Promise<ApiError> {
  const { problemSchema } = await import('../../contract/common.ts');
  const problem = problemSchema.safeParse(body);
  return new ApiError(
    status,
    problem.success ? problem.data : null,
    problem.success ? problem.data.detail : `HTTP ${status}`,
    {
      body,
      retryAfterSeconds: parseRetryAfter(headers?.get('Retry-After')),
    },
  );
}

/** Parses a JSON text; an empty or malformed one is null, as an answer without a body. */
export function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
