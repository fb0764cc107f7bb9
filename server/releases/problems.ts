/**
 * Problems found in an uploaded release, collected rather than thrown so a coordinator
 * sees every one at once, each located by row and column.
 */
import type { ImportProblem } from '../../contract/index.ts';

export class ProblemList {
  readonly items: ImportProblem[] = [];

  add(row: number | null, column: number | string | null, message: string): void {
    this.items.push({ row, column, message });
  }

  get size(): number {
    return this.items.length;
  }
}

/** "row 7, column 3: …", the way the CLI and the importer print a problem. */
export function describeProblem(problem: ImportProblem): string {
  const where = [problem.row !== null ? `row ${problem.row}` : null, problem.column !== null ? `column ${problem.column}` : null].filter(Boolean).join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}
