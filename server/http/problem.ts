/**
 * RFC 9457 problem details, the one shape of every API error: HttpProblem is thrown by handlers
 * and helpers, problemResponse() sends it. The document itself is built by contract/problem.ts,
 * which the static copy and the MSW mocks share.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  PROBLEM_CONTENT_TYPE,
  problemDocument,
  problemInstance,
  type Problem,
  type ProblemInit,
  type ProblemOptions,
} from '../../contract/index.ts';

export { PROBLEM_CONTENT_TYPE };

/** Thrown by handlers and helpers; turned into a problem response by the app's error handler. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly options: ProblemOptions & { headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  /** A problem a shared check (contract/) returned, to throw. */
  static from({ status, detail, options }: ProblemInit): HttpProblem {
    return new HttpProblem(status as ContentfulStatusCode, detail, options);
  }
}

/** The problem document with this `instance`; kept for callers, new code uses contract's problemDocument(). */
export function problemBody(
  status: number,
  detail: string,
  instance: string,
  options: HttpProblem['options'] = {},
): Problem {
  return problemDocument(status, detail, { ...options, instance });
}

export function problemResponse(c: Context, problem: HttpProblem): Response {
  const body = problemDocument(problem.status, problem.detail, {
    ...problem.options,
    instance: problemInstance(c.req.path),
  });
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...problem.options.headers },
  });
}
