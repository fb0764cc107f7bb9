/**
 * A request's query parameters parsed with a contract schema where no server runs: the static
 * copy's reader (src/api/static-api.ts) and the MSW mocks. A parameter the schema refuses is a
 * 400 problem naming it, built by contract/problem.ts. Pure: the caller hands over the
 * parameters as a plain object (`Object.fromEntries(url.searchParams)`: the last of repeats).
 */
import type { z } from 'zod';
import { invalidParameterProblem, type ProblemInit } from './problem.ts';

export type QueryResult<T> = { data: T; problem?: undefined } | { data?: undefined; problem: ProblemInit };

/** The parsed query, or the 400 problem of the first issue the schema finds. */
export function parseQueryParams<S extends z.ZodType>(
  schema: S,
  params: Record<string, string>,
): QueryResult<z.output<S>> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  const parameter = issue?.path.map(String).join('.') ?? '';
  return {
    problem: invalidParameterProblem(
      `Invalid parameter '${parameter}': ${issue?.message ?? 'invalid value'}.`,
      parameter,
    ),
  };
}
