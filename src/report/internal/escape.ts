/**
 * HTML escaping for the report (private).
 *
 * Every piece of text that comes from data (names, titles, ids) passes through `esc` before
 * it is placed in the document, in element content and in double-quoted attribute values
 * alike, so a name such as `"><img src=x onerror=alert(1)>` stays text.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** The text with `& < > " '` replaced by character references. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A piece of markup already escaped (or written by the report itself). */
export type Html = string;
