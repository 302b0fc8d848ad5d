const BOM = "\ufeff";
const BATCH = 10_000;
const NEEDS_QUOTES = /[",\r\n]/;

/** A CSV cell: text, a number, a boolean, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | undefined;

/**
 * One CSV record (RFC 4180): cells quoted only when they hold a comma, a quote or a line
 * break, quotes doubled, CRLF at the end. Written by hand rather than with csv-stringify
 * because a million-row output spends seconds in its per-cell options handling.
 */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (i > 0) line += ",";
    if (value === undefined) continue;
    const text = String(value);
    line += NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }
  return `${line}\r\n`;
}

/**
 * The text of a CSV file in chunks: a UTF-8 BOM (so Excel reads Persian correctly), the
 * header line, then the rows, CRLF line ends, batched so large outputs stream.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
): Generator<string> {
  yield BOM + csvLine(header);
  let batch = "";
  let count = 0;
  for (const row of rows) {
    batch += csvLine(row);
    if (++count === BATCH) {
      yield batch;
      batch = "";
      count = 0;
    }
  }
  if (batch !== "") yield batch;
}

/** CSV text without the BOM, for printing to a terminal or a pipe. */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return [...csvChunks(header, rows)].join("").slice(BOM.length);
}
