import { resolveHeader, type TableKind } from "./columns";
import { detectFileEncoding, NotUtf8Error, type TextEncoding } from "./decode";
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
  /** The encoding the file was read in. */
  readonly encoding: TextEncoding;
}

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** The file name used in messages (default: the path). */
  readonly label?: string;
}

/**
 * Streams a CSV file of `kind` (English or Persian headers; UTF-8 with or without BOM, UTF-16
 * with BOM, or Windows-1256) through `mapRow`, collecting items and every row's problems.
 */
export async function readCsv<T>(
  path: string,
  kind: TableKind,
  mapRow: (row: CsvRow) => RowResult<T>,
  options: ReadCsvOptions = {},
): Promise<CsvResult<T>> {
  const label = options.label ?? path;
  const encoding = await detectFileEncoding(path);
  try {
    return await readCsvAs(path, encoding, kind, mapRow, label);
  } catch (error) {
    // The first 64 KiB looked like UTF-8 but a later byte is not: read again as Windows-1256.
    if (error instanceof NotUtf8Error) {
      return readCsvAs(path, "windows-1256", kind, mapRow, label);
    }
    throw error;
  }
}

async function readCsvAs<T>(
  path: string,
  encoding: TextEncoding,
  kind: TableKind,
  mapRow: (row: CsvRow) => RowResult<T>,
  label: string,
): Promise<CsvResult<T>> {
  const items: T[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
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
    await readCsvRecords(path, encoding, (record, spanned) => {
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
        if (header.unknown.length > 0) {
          process.stderr.write(
            `peygir: ${label}: ignoring unknown column${header.unknown.length > 1 ? "s" : ""} ${header.unknown.map((h) => JSON.stringify(h)).join(", ")}\n`,
          );
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
    });
  } catch (error) {
    if (error instanceof NotUtf8Error) throw error;
    const csvError = error as { code?: string; lines?: number; message?: string };
    if (typeof csvError.code === "string" && csvError.code.startsWith("CSV_")) {
      errors.push({
        file: label,
        ...(csvError.lines !== undefined ? { line: csvError.lines } : {}),
        message: `not valid CSV (${csvError.code})`,
      });
    } else throw error;
  } finally {
    progress.done();
  }
  if (names === undefined && errors.length === 0) {
    errors.push({ file: label, message: "is empty: a header line is needed" });
  }
  return { items, lines, errors, encoding };
}
