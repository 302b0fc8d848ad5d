// Characters that take no column on a terminal: ZWNJ/ZWJ, bidi marks, Arabic diacritics.
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670\ufeff]/g;

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
 * text is printed as is; the terminal lays it out right to left.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: FormatTableOptions = {},
): string {
  const right = new Set(options.alignRight ?? []);
  const widths = header.map((title, column) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ""))),
  );
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
