/** Parses a curated JSON file with its schema; what is wrong is an ImportError naming the file and the field. */
import type { z } from 'zod';
import { ImportError } from './errors.ts';

export function parseWith<T>(schema: z.ZodType<T>, text: string, file: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ImportError(file, issue?.message ?? 'invalid', undefined, issue?.path.join('.'));
  }
  return result.data;
}
