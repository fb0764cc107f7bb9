/** Reads one input file of the import as text; a file that cannot be read is an ImportError naming it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ImportError } from './errors.ts';

/** `file` relative to `dir` (or absolute: a --release file may be). */
export function readInput(dir: string, file: string): string {
  try {
    // resolve, not join: a --release file may be an absolute path.
    return readFileSync(resolve(dir, file), 'utf8');
  } catch (error) {
    throw new ImportError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}
