/**
 * Request bodies read with a byte limit: a declared Content-Length over the limit is
 * refused without reading, and a streamed body is cut off as soon as it passes the limit,
 * so no upload is ever held in memory beyond it.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpProblem } from './problem.ts';

/**
 * The body, or why not: too large, by its declared size (`sizeBytes`) or, for a body sent
 * without one (chunked), found while reading (`sizeBytes` null: only "more than the limit" is
 * known, since the rest is never read). `limitBytes` is the limit, for the message.
 */
export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; sizeBytes: number | null; limitBytes: number };

export async function readLimitedBody(c: Context, maxBytes: number): Promise<LimitedBody> {
  const declared = c.req.header('Content-Length');
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > maxBytes)
    return { ok: false, sizeBytes: Number(declared), limitBytes: maxBytes };
  const body = c.req.raw.body;
  if (!body) return { ok: true, bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, sizeBytes: null, limitBytes: maxBytes };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** Small JSON request bodies (signings, targets): 413 when too large, 400 naming the field when invalid. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const body = await readLimitedBody(c, MAX_JSON_BODY_BYTES);
  if (!body.ok)
    throw new HttpProblem(
      413,
      `The request body is larger than ${body.limitBytes} bytes (${body.limitBytes / 1024} KiB), the limit for this request.`,
    );
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(body.bytes));
  } catch (error) {
    throw new HttpProblem(400, `The request body is not valid JSON (${(error as Error).message}).`, {
      type: '/api/v1/problems/invalid-body',
    });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const parameter = (issue?.path ?? []).map(String).join('.');
  throw new HttpProblem(
    400,
    `Invalid ${parameter ? `field '${parameter}'` : 'body'}: ${issue?.message ?? 'invalid value'}.`,
    {
      type: '/api/v1/problems/invalid-body',
      ...(parameter ? { parameter } : {}),
    },
  );
}
