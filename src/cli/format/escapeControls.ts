/**
 * What may not reach a terminal as it is: the C0 controls (ESC starts escape sequences, BEL
 * ends an OSC title, CR and BS overwrite), DEL, the C1 controls (U+009B is a one-character
 * CSI, U+009D an OSC), the line and paragraph separators, and the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069), which reorder the rest of a line. The marks
 * Persian text needs (ZWNJ, ZWJ, LRM, RLM, ALM) are kept.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same but for tab, LF and CR, and a CR not before LF: a multi-line text keeps its layout.
// Two simple patterns scan JSON or CSV (a line break every few bytes) about four times as fast
// as one with an alternative.
const CONTROL_BUT_LAYOUT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const LONE_CR = /\r(?!\n)/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Options of {@link escapeControls}. */
export interface EscapeControlsOptions {
  /** Keep tab, LF and CR LF (for a multi-line text such as CSV); default false. */
  readonly keepLayout?: boolean;
}

/**
 * Text that is safe to print on a terminal: every control character (see above) is replaced
 * by its JSON-style escape (`\u001b`), so data such as a task title `"\u001b]0;pwned\u0007"`
 * can neither set the terminal's title nor clear the screen, and a line break in a file name
 * cannot forge a second message line. Every text from the data or the command line that the
 * CLI prints (table cells, file names, error messages) passes through it; the CLI's own
 * fixed texts do not need to. Linear time.
 *
 * @example
 * ```ts
 * escapeControls("\u001b]0;pwned\u0007 x"); // => "\\u001b]0;pwned\\u0007 x"
 * escapeControls("a\tb\r\nc", { keepLayout: true }); // => "a\tb\r\nc"
 * escapeControls("نیم‌فاصله"); // => "نیم‌فاصله"
 * ```
 */
export function escapeControls(text: string, options: EscapeControlsOptions = {}): string {
  if (options.keepLayout !== true) return text.replace(CONTROL, unicodeEscape);
  const crSafe = text.includes("\r") ? text.replace(LONE_CR, unicodeEscape) : text;
  return crSafe.replace(CONTROL_BUT_LAYOUT, unicodeEscape);
}
