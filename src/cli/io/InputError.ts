/** One problem in an input file: where it is (line, column) and what is wrong, never the value. */
export interface RowError {
  /** The file, as given on the command line. */
  readonly file: string;
  /** The 1-based line in the file (CSV), if known. */
  readonly line?: number;
  /** The element index (JSON arrays), if known. */
  readonly index?: number;
  /** The column (CSV header, English name) or JSON path, if the problem is in one field. */
  readonly column?: string;
  /** What is wrong, without the offending value. */
  readonly message: string;
}

/** Input files the CLI cannot use: every problem found, reported at once, exit code 1. */
export class InputError extends Error {
  constructor(readonly errors: readonly RowError[]) {
    super(`${errors.length} problem${errors.length === 1 ? "" : "s"} in the input`);
    this.name = "InputError";
  }
}

/** One line per problem: `file:line: column: message`. */
export function formatRowError(error: RowError): string {
  const where =
    error.line !== undefined
      ? `${error.file}:${error.line}`
      : error.index !== undefined
        ? `${error.file}[${error.index}]`
        : error.file;
  const column = error.column !== undefined ? ` column ${error.column}:` : "";
  return `${where}:${column} ${error.message}`;
}
