/** A problem in an input file, located by file, row and column so a person can fix it. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly row?: number | string,
    readonly column?: number | string,
  ) {
    const where = [row !== undefined ? `row ${row}` : null, column !== undefined ? `column ${column}` : null]
      .filter(Boolean)
      .join(', ');
    super(`${file}${where ? `: ${where}` : ''}: ${problem}`);
    this.name = 'ImportError';
  }
}
