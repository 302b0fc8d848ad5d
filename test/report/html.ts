/**
 * A tiny DOM-free HTML checker for the report's own output: it reads every tag, requires each
 * to be well formed with double-quoted attributes only, and balances open and close tags. An
 * unescaped `<`, `"` or `>` from the data breaks one of these rules.
 */

const VOID = new Set(["meta", "rect", "br", "hr", "img", "input", "link"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"<>]*")*)\s*(\/?)>/y;
const ATTR = /\s+([a-zA-Z][a-zA-Z0-9:-]*)="([^"<>]*)"/g;

export interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** The elements of a document in order, or throws where the markup is not well formed. */
export function parseElements(html: string): Element[] {
  const elements: Element[] = [];
  const stack: string[] = [];
  let body = html;
  if (!body.startsWith("<!DOCTYPE html>")) throw new Error("no doctype");
  body = body.slice("<!DOCTYPE html>".length);
  // The style sheet is the only raw-text element; it must not contain "<".
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf("<", i);
    if (lt === -1) break;
    TAG.lastIndex = lt;
    const match = TAG.exec(body);
    if (match === null) throw new Error(`malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [whole, closing, rawName, attrs = "", selfClosing] = match;
    const name = (rawName ?? "").toLowerCase();
    i = lt + whole.length;
    if (closing === "/") {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${lt}`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attrs.matchAll(ATTR)) {
      if (key !== undefined && value !== undefined) {
        if (key in attributes) throw new Error(`duplicate attribute ${key} at ${lt}`);
        attributes[key.toLowerCase()] = value;
      }
    }
    elements.push({ name, attributes });
    if (name === "style") {
      const end = body.indexOf("</style>", i);
      if (end === -1 || body.slice(i, end).includes("<")) throw new Error("bad style element");
      i = end;
      stack.push(name);
    } else if (selfClosing !== "/" && !VOID.has(name)) {
      stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(", ")}`);
  return elements;
}

/** The text of the document outside tags and the style sheet, with the five entities read. */
export function textOf(html: string): string {
  return html
    .replace(/<style>[^<]*<\/style>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
