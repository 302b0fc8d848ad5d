/**
 * Whether a code unit is a control character that carries no text: a C0 control other than
 * the whitespace ones (tab, line feed, vertical tab, form feed, carriage return), DEL, or a
 * C1 control (U+0080–U+009F, which some terminals read as escape sequences, as ESC [).
 */
export function isControl(code: number): boolean {
  return code < 0x09 || (code > 0x0d && code < 0x20) || (code >= 0x7f && code <= 0x9f);
}

/**
 * Text kept as written except for its control characters (those `normalizePersian` removes):
 * tabs and line breaks become spaces, the other C0 controls, DEL and the C1 controls are
 * removed. For text that is shown but not compared: reasons, sources, holiday names.
 */
export function withoutControls(text: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      out += text.slice(start, i);
      if (!isControl(code)) out += " ";
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}
