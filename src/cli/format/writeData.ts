import { escapeControls } from "./escapeControls";

/**
 * Writes command output (a table, CSV, JSON) to stdout. To a pipe or a file it goes exactly
 * as given, since it is data for another program; on a terminal its control characters are
 * escaped ({@link escapeControls}, keeping tabs and line breaks), so a cell cannot drive the
 * terminal.
 */
export function writeData(text: string): void {
  process.stdout.write(process.stdout.isTTY ? escapeControls(text, { keepLayout: true }) : text);
}
