import { escapeControls } from "./escapeControls";

// Characters that take no column on a terminal: ZWNJ/ZWJ, bidi marks, Arabic diacritics (the
// bidi embeddings and isolates never reach it: escapeControls writes them out).
const ZERO_WIDTH = /[\u200b-\u200f\u061c\u064b-\u065f\u0670\ufeff]/g;

/** The number of terminal columns `text` takes (Persian letters count one each). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text.replace(ZERO_WIDTH, "")) width++;
  return width;
}

/** Options of {@link formatTable}. */
export interface FormatTableOptions {
  /** Columns to right-align (numbers), by index. */
  readonly alignRight?: readonly number[];
}

/**
 * A plain-text table: a header, a rule, the rows, columns padded to the widest cell. Persian
 * text is printed as is (the terminal lays it out right to left); control characters in any
 * cell are escaped ({@link escapeControls}), so a cell is one line and cannot drive the
 * terminal.
 */
export function formatTable(
  rawHeader: readonly string[],
  rawRows: readonly (readonly string[])[],
  options: FormatTableOptions = {},
): string {
  const header = rawHeader.map((cell) => escapeControls(cell));
  const rows = rawRows.map((row) => row.map((cell) => escapeControls(cell)));
  const right = new Set(options.alignRight ?? []);
  // A loop, not Math.max(...cells): a spread of 200,000 rows overflows the call stack.
  const widths = header.map(displayWidth);
  for (const row of rows) {
    for (let column = 0; column < widths.length; column++) {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(row[column] ?? ""));
    }
  }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const pad = " ".repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell)));
        return right.has(column) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [
    line(header),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...rows.map(line),
  ].join("\n");
}
