/**
 * Problems found in an uploaded release, collected rather than thrown so a coordinator
 * sees them all at once, each located by row and column. A file can have any number of
 * problems (300 000 bad cells fit in 8 MiB): every one is counted, but only the first
 * `MAX_KEPT_PROBLEMS` are kept, so time and memory stay bounded and no list is ever
 * spread into a call's arguments.
 */
import { MAX_LISTED_PROBLEMS, type ImportProblem } from '../../contract/index.ts';

/** As many as the 422 answer lists: keeping more would only be thrown away. */
export const MAX_KEPT_PROBLEMS = MAX_LISTED_PROBLEMS;

export class ProblemList {
  /** The first problems, in the order found (at most MAX_KEPT_PROBLEMS). */
  readonly items: ImportProblem[] = [];
  #count = 0;

  add(row: number | null, column: number | string | null, message: string): void {
    this.#count++;
    if (this.items.length < MAX_KEPT_PROBLEMS) this.items.push({ row, column, message });
  }

  /** Takes over another list's problems after this one's, and its count. */
  addAll(other: ProblemList): void {
    for (const item of other.items) {
      if (this.items.length >= MAX_KEPT_PROBLEMS) break;
      this.items.push(item);
    }
    this.#count += other.size;
  }

  /** Every problem found, kept or not. */
  get size(): number {
    return this.#count;
  }
}

/** A file that cannot be imported: its first problems and how many there are in all. */
export interface Rejected {
  ok: false;
  problems: ImportProblem[];
  problemCount: number;
}

export function rejected(problems: ProblemList): Rejected {
  return { ok: false, problems: problems.items, problemCount: problems.size };
}

/** One problem about the whole upload. */
export function rejectedWith(message: string): Rejected {
  return { ok: false, problems: [{ row: null, column: null, message }], problemCount: 1 };
}

/** "row 7, column 3: …", the way the CLI and the importer print a problem. */
export function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.row !== null ? `row ${problem.row}` : null,
    problem.column !== null ? `column ${problem.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}
