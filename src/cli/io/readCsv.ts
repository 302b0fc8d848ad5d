import { CsvError } from "csv-parse";
import { noHeaderMessage, resolveHeader, type TableKind, unknownColumnsMessage } from "./columns";
import { formatBytes, READ_LIMITS, type ReadLimits, TextFileError } from "./decode";
import type { TextEncoding } from "./detectEncoding";
import type { RowError } from "./InputError";
import { createProgress } from "./progress";
import { readCsvRecords } from "./readCsvRecords";

/** One data row of a CSV file; read its cells by English column name with {@link cellOf}. */
export interface CsvRow {
  /** The 1-based line the row starts on. */
  readonly line: number;
  /** The cells as parsed. */
  readonly record: readonly string[];
  /** The position of each known column, by English name. */
  readonly columns: ReadonlyMap<string, number>;
}

/** The trimmed cell of column `name`, or undefined when the column is absent or empty. */
export function cellOf(row: CsvRow, name: string): string | undefined {
  const index = row.columns.get(name);
  if (index === undefined) return undefined;
  const cell = row.record[index];
  if (cell === undefined) return undefined;
  const value = cell.trim();
  return value === "" ? undefined : value;
}

/** A problem in one row, found by a row mapper. */
export interface FieldIssue {
  /** The English column name, if the problem is in one column. */
  readonly column?: string;
  /** What is wrong, without the value. */
  readonly message: string;
}

/** A row mapper's answer: the item, a row to leave out, or the problems of the row. */
export type RowResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: "skip" }
  | FieldIssueList;

/** The problems of one row. */
export interface FieldIssueList {
  readonly ok: false;
  readonly issues: readonly FieldIssue[];
}

/** What reading a CSV file gave: the items of the valid rows and the problems of the others. */
export interface CsvResult<T> {
  /** The items, in file order. */
  readonly items: T[];
  /** The line of each item (same order). */
  readonly lines: number[];
  /** Every problem found, in file order. */
  readonly errors: RowError[];
  /** What the user should know but that does not stop the command (unknown columns). */
  readonly warnings: RowError[];
  /** The encoding the file was read in. */
  readonly encoding: TextEncoding;
}

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** The file name used in messages (default: the path). */
  readonly label?: string;
  /** The largest file and record read (default: {@link READ_LIMITS}; smaller in tests). */
  readonly limits?: Pick<ReadLimits, "maxFileBytes" | "maxRecordBytes">;
}

/**
 * Streams a CSV file of `kind` (English or Persian headers; UTF-8 with or without BOM, UTF-16
 * with BOM, or Windows-1256, one encoding for the whole file) through `mapRow`, collecting
 * items and every row's problems. Whatever the bytes, problems come back as `errors` (file,
 * line, column, a reason in our words; never a cell value): invalid CSV, a record or file
 * past the limits, a line not valid in the file's encoding.
 */
export async function readCsv<T>(
  path: string,
  kind: TableKind,
  mapRow: (row: CsvRow) => RowResult<T>,
  options: ReadCsvOptions = {},
): Promise<CsvResult<T>> {
  const label = options.label ?? path;
  const limits = options.limits ?? READ_LIMITS;
  const items: T[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  let encoding: TextEncoding = "utf-8";
  const progress = createProgress(label);
  let names: readonly (string | undefined)[] | undefined;
  const columns = new Map<string, number>();
  // How the file writes each column's header, when not as its English name.
  const written = new Map<string, string>();
  const columnLabel = (name: string): string => {
    const header = written.get(name);
    return header === undefined ? name : `${header} (${name})`;
  };
  let width = 0;
  let count = 0;
  let skip = false;
  let nextLine = 1;
  try {
    const sink = (record: string[], spanned: number): void => {
      const line = nextLine;
      nextLine += spanned;
      // Empty lines arrive as [""].
      if (skip || (record.length === 1 && record[0] === "")) return;
      if (names === undefined) {
        const header = resolveHeader(kind, record);
        names = header.names;
        width = record.length;
        header.names.forEach((name, i) => {
          if (name !== undefined) columns.set(name, i);
        });
        header.names.forEach((name, i) => {
          const text = record[i]?.trim();
          if (name !== undefined && text !== undefined && text !== name) written.set(name, text);
        });
        for (const missing of header.missing) {
          errors.push({
            file: label,
            line,
            column: missing,
            message: "required column is missing",
          });
        }
        const hint = header.missing.length > 0 ? noHeaderMessage(kind, record, header) : undefined;
        if (hint !== undefined) errors.push({ file: label, line, message: hint });
        for (const duplicated of header.duplicated) {
          errors.push({
            file: label,
            line,
            column: duplicated,
            message: "column appears twice",
          });
        }
        // Rows cannot be read without their columns; the rest of the file is drained unread.
        if (header.missing.length > 0 || header.duplicated.length > 0) skip = true;
        else if (header.unknown.length > 0) {
          // The line is a header (every required column is named), so a header text that
          // looks like a field name is one and may be shown.
          warnings.push({
            file: label,
            line,
            message: unknownColumnsMessage(record, header.unknown),
          });
        }
        return;
      }
      count++;
      if ((count & 0x3fff) === 0) progress.update(count);
      if (record.length !== width) {
        errors.push({
          file: label,
          line,
          message: `has ${record.length} cells, the header has ${width}`,
        });
        return;
      }
      const result = mapRow({ line, record, columns });
      if (result.ok === true) {
        items.push(result.value);
        lines.push(line);
      } else if (result.ok === false) {
        for (const issue of result.issues) {
          errors.push({
            file: label,
            line,
            ...(issue.column !== undefined ? { column: columnLabel(issue.column) } : {}),
            message: issue.message,
          });
        }
      }
    };
    await readCsvRecords(path, "auto", sink, {
      limits,
      onEncoding: (detected) => {
        encoding = detected;
      },
    });
  } catch (error) {
    const problem = readProblem(error, nextLine, limits.maxRecordBytes);
    if (problem === undefined) throw error;
    const { index, ...rest } = problem;
    const name = index === undefined ? undefined : names?.[index];
    const column =
      index === undefined ? undefined : name !== undefined ? columnLabel(name) : String(index + 1);
    errors.push({ file: label, ...rest, ...(column !== undefined ? { column } : {}) });
  } finally {
    progress.done();
  }
  if (names === undefined && errors.length === 0) {
    errors.push({ file: label, message: "is empty: a header line is needed" });
  }
  return { items, lines, errors, warnings, encoding };
}

/** A reading failure as a problem of the file: where (line, 0-based cell index) and why. */
interface ReadProblem {
  readonly line?: number;
  readonly index?: number;
  readonly message: string;
}

// csv-parse's errors, in our words: its own messages quote the cell.
const CSV_REASONS: Readonly<Record<string, string>> = {
  INVALID_OPENING_QUOTE:
    'a quote (") inside a cell that does not start with one; put the whole cell in quotes and double the quote inside ("")',
  CSV_INVALID_CLOSING_QUOTE:
    'a quoted cell goes on after its closing quote; double a quote inside a quoted cell ("")',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'a quoted cell goes on after its closing quote; double a quote inside a quoted cell ("")',
  CSV_QUOTE_NOT_CLOSED:
    'a quoted cell in the row that starts on this line is never closed (a quote (") is missing)',
};

function readProblem(
  error: unknown,
  nextLine: number,
  maxRecordBytes: number,
): ReadProblem | undefined {
  if (error instanceof TextFileError) {
    return { ...(error.line !== undefined ? { line: error.line } : {}), message: error.message };
  }
  const code = (error as { code?: unknown } | null)?.code;
  const tooLong = code === "CSV_MAX_RECORD_SIZE";
  if (!tooLong && !(error instanceof CsvError)) return undefined;
  const { lines, index } = error as { lines?: unknown; index?: unknown };
  // csv-parse runs ahead of the rows handed out, so its own line is used where it has one,
  // except for an unclosed quote, found at the end of the file: the row it opens is the
  // useful line. PlainCsvSplitter stops at the row it refuses.
  const line =
    code === "CSV_QUOTE_NOT_CLOSED" || typeof lines !== "number" || lines < 1 ? nextLine : lines;
  if (tooLong) {
    return {
      line,
      message: `has a row longer than ${formatBytes(maxRecordBytes)}, the most peygir reads (a file without line breaks?)`,
    };
  }
  return {
    line,
    ...(typeof index === "number" && Number.isSafeInteger(index) && index >= 0 ? { index } : {}),
    message: CSV_REASONS[typeof code === "string" ? code : ""] ?? "is not valid CSV",
  };
}
