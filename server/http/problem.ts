/** RFC 9457 problem details, the one shape of every API error. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../../contract/index.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
  507: 'Insufficient storage',
};

/** Thrown by handlers and helpers; turned into a problem response by the app's error handler. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly options: {
      type?: string;
      title?: string;
      parameter?: string;
      headers?: Record<string, string>;
      /** More members of the problem document, such as an upload's `problems`. */
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function problemBody(
  status: number,
  detail: string,
  instance: string,
  options: HttpProblem['options'] = {},
): Problem {
  return {
    type: options.type ?? `/api/v1/problems/${status}`,
    title: options.title ?? TITLES[status] ?? 'Error',
    status,
    detail,
    instance,
    ...(options.parameter ? { parameter: options.parameter } : {}),
    ...options.extra,
  };
}

export function problemResponse(c: Context, problem: HttpProblem): Response {
  const path = c.req.path;
  const body = problemBody(
    problem.status,
    problem.detail,
    path.length > 200 ? `${path.slice(0, 200)}…` : path,
    problem.options,
  );
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...problem.options.headers },
  });
}
