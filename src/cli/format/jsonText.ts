import { escapeControls } from "./escapeControls";

/**
 * `JSON.stringify(value, null, 2)` and a line end, with the characters a terminal would obey
 * written as escapes: JSON.stringify escapes only U+0000–U+001F, and this also escapes DEL,
 * the C1 controls, the line separators and the bidi controls (see {@link escapeControls}).
 * They can only occur inside strings, where `\u009b` means what the raw character did, so the
 * JSON parses to the same value.
 *
 * @example
 * ```ts
 * jsonText({ title: "\u009b2J" }); // => '{\n  "title": "\\u009b2J"\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  return `${escapeControls(JSON.stringify(value, null, 2), { keepLayout: true })}\n`;
}
