const BOM = "\ufeff";
const BATCH = 1_000;
const NEEDS_QUOTES = /[",\r\n]/;
// What a spreadsheet reads as the start of a formula (OWASP "CSV injection"): = + - @, their
// full-width forms (which Excel takes as formulas under East Asian input methods), also after
// leading white space (spreadsheets may trim it), and a cell that starts with a tab or CR.
const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** A CSV cell: text, a number, a boolean, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | undefined;

/**
 * Whether a spreadsheet would take `text`, as a cell, for a formula: it starts with `=`, `+`,
 * `-` or `@` (or a full-width `＝＋－＠`), possibly after white space, or with a tab or CR.
 *
 * @example
 * ```ts
 * startsLikeFormula('=HYPERLINK("http://x","y")'); // => true
 * startsLikeFormula(" -1"); // => true
 * startsLikeFormula("hh-1"); // => false
 * ```
 */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * One CSV cell (RFC 4180): quoted only when it holds a comma, a quote or a line break, quotes
 * doubled; nothing for `undefined`. Text that a spreadsheet would take for a formula (see
 * {@link startsLikeFormula}) gets a leading `'`, as OWASP recommends, so Excel and LibreOffice
 * show it as text; numbers are written as numbers (`-3` stays a number), and a number that is
 * not finite is written as text.
 *
 * @example
 * ```ts
 * csvCell('say "hi", twice'); // => '"say ""hi"", twice"'
 * csvCell("=1+1"); // => "'=1+1"
 * csvCell(-3); // => "-3"
 * csvCell(undefined); // => ""
 * ```
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record: its cells (see {@link csvCell}) joined by commas, CRLF at the end. Written
 * by hand rather than with csv-stringify because a million-row output spends seconds in its
 * per-cell options handling.
 *
 * @example
 * ```ts
 * csvLine(["a", undefined, "b, c"]); // => 'a,,"b, c"\r\n'
 * ```
 */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ",";
    line += csvCell(cells[i]);
  }
  return `${line}\r\n`;
}

/**
 * The text of a CSV file in chunks: a UTF-8 BOM (so Excel reads Persian correctly), the
 * header line, then the rows, CRLF line ends, batched so large outputs stream.
 *
 * @example
 * ```ts
 * [...csvChunks(["id", "n"], [["a", 1]])].join(""); // => "\ufeffid,n\r\na,1\r\n"
 * ```
 */
export function csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
): Generator<string> {
  return csvLineChunks(header, linesOf(rows));
}

function* linesOf(rows: Iterable<readonly CsvCell[]>): Generator<string> {
  for (const row of rows) yield csvLine(row);
}

/**
 * {@link csvChunks} for rows already written as CSV lines (with {@link csvCell}, CRLF at the
 * end): a large output builds each line directly, without an array of cells per row.
 *
 * @example
 * ```ts
 * [...csvLineChunks(["id"], ["a\r\n"])].join(""); // => "\ufeffid\r\na\r\n"
 * ```
 */
export function* csvLineChunks(
  header: readonly string[],
  lines: Iterable<string>,
): Generator<string> {
  yield BOM + csvLine(header);
  // Joined in batches: `join` copies the lines into one flat string at once, where `+=` would
  // build a tree of a million pieces for the stream to walk when it encodes the chunk.
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === BATCH) {
      yield batch.join("");
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join("");
}

/** CSV text without the BOM, for printing to a terminal or a pipe. */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return [...csvChunks(header, rows)].join("").slice(BOM.length);
}
