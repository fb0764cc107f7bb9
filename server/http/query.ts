/** Parses a request's query string with a contract schema, or throws a 400 problem naming the parameter. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpProblem } from './problem.ts';

const INVALID = '/api/v1/problems/invalid-parameter';

/** Echoes at most 80 characters of what the client sent. */
export function shorten(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}

export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  // Null prototype: a parameter named `__proto__` must stay an own key, so it is rejected as unknown.
  const single = Object.create(null) as Record<string, string>;
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1) {
      throw new HttpProblem(400, `Parameter '${name}' is given ${values.length} times; give it once.`, {
        type: INVALID,
        parameter: name,
      });
    }
    single[name] = values[0] ?? '';
  }
  const result = schema.safeParse(single);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const keys = issue.keys.map(shorten);
    const allowed = 'shape' in schema ? Object.keys((schema as unknown as { shape: object }).shape) : [];
    throw new HttpProblem(
      400,
      `Unknown parameter${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')}.${allowed.length ? ` Allowed: ${allowed.join(', ')}.` : ' This endpoint takes no parameters.'}`,
      { type: INVALID, parameter: keys[0] ?? '' },
    );
  }
  const parameter = String(issue?.path[0] ?? '');
  const value = single[parameter];
  const shown = value === undefined ? '' : ` (got '${shorten(value)}')`;
  throw new HttpProblem(400, `Invalid parameter '${parameter}'${shown}: ${issue?.message ?? 'invalid value'}.`, {
    type: INVALID,
    parameter,
  });
}
