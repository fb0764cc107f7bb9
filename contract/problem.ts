/**
 * The one builder of RFC 9457 problem documents (`application/problem+json`): the server's
 * error handler, the static copy's reader (src/api/static-api.ts) and the MSW mocks all build
 * their error bodies here, so an error reads the same wherever the SPA gets it from.
 * Pure: it builds plain objects; each caller sends them its own way.
 */
import type { Problem } from './common.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** `type` URIs of the problems that are not just their status. */
export const PROBLEM_TYPES = {
  invalidParameter: '/api/v1/problems/invalid-parameter',
  unknownCity: '/api/v1/problems/unknown-city',
  unknownRelease: '/api/v1/problems/unknown-release',
} as const;

/** The title of each status when a problem names none. */
export const PROBLEM_TITLES: Readonly<Record<number, string>> = {
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

/** What a problem says beyond its status and detail; every member is optional. */
export interface ProblemOptions {
  /** Default: `/api/v1/problems/<status>`. */
  type?: string;
  /** Default: the status's title (PROBLEM_TITLES), else 'Error'. */
  title?: string;
  /** The query or path parameter that was wrong. */
  parameter?: string;
  /** More members of the problem document, such as an upload's `problems`. */
  extra?: Record<string, unknown>;
}

/** A problem before it has an `instance`: what a check returns when a request fails it. */
export interface ProblemInit {
  status: number;
  detail: string;
  options: ProblemOptions;
}

export type ProblemDocument = Problem & Record<string, unknown>;

/**
 * The problem document, members in the order type, title, status, detail, instance, parameter
 * and then `extra`. `instance` is left out when undefined.
 */
export function problemDocument(
  status: number,
  detail: string,
  options: ProblemOptions & { instance?: string } = {},
): ProblemDocument {
  return {
    type: options.type ?? `/api/v1/problems/${status}`,
    title: options.title ?? PROBLEM_TITLES[status] ?? 'Error',
    status,
    detail,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.parameter ? { parameter: options.parameter } : {}),
    ...options.extra,
  };
}

/** A request path as a problem's `instance`: at most 200 characters, then '…'. */
export function problemInstance(path: string): string {
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/** A 400 for a wrong query parameter; `parameter` is left out when empty. */
export function invalidParameterProblem(detail: string, parameter = ''): ProblemInit {
  return { status: 400, detail, options: { type: PROBLEM_TYPES.invalidParameter, parameter } };
}

/** A 404 for one city id (a path parameter); the caller shortens `shownId` as it sees fit. */
export function unknownCityProblem(shownId: string, parameter = 'id'): ProblemInit {
  return {
    status: 404,
    detail: `No city with id '${shownId}'. GET /api/v1/cities lists the ids.`,
    options: { type: PROBLEM_TYPES.unknownCity, title: 'Unknown city', parameter },
  };
}

/** A 404 for the ids of a `cities=` list that name no city; the detail names the first ten. */
export function unknownCitiesProblem(unknown: readonly string[]): ProblemInit {
  return {
    status: 404,
    detail: `Unknown city id${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 10).join(', ')}. GET /api/v1/cities lists the ids.`,
    options: { type: PROBLEM_TYPES.unknownCity, title: 'Unknown city', parameter: 'cities' },
  };
}
