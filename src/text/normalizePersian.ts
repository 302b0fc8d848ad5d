import { easternDigitOf, notText } from "./internal/digits";
import { isControl } from "./internal/withoutControls";

const SPACE = 0x20;
const ZWNJ = 0x200c;

// What a code unit is to normalizePersian.
const KEEP = 0; // written, perhaps as another letter or digit
const DROP = 1; // removed as if it were not there
const BLANK = 2; // whitespace: part of a gap written as one space
const JOINER = 3; // ZWNJ: part of a gap written as one ZWNJ unless it holds whitespace

// JavaScript's whitespace (`\s`, what String.prototype.trim removes), without the BOM
// (U+FEFF), which is dropped as an invisible character.
function isWhitespace(code: number): boolean {
  return (
    code === SPACE ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

// Invisible characters that change no meaning in Persian text but break equality and search:
// the soft hyphen, the Arabic letter mark, the tatweel (kashida) that only stretches letters,
// zero-width space and joiner, the directional marks, embeddings, overrides and isolates, the
// word joiner and the BOM.
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x061c ||
    code === 0x0640 ||
    code === 0x200b ||
    (code >= 0x200d && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    code === 0x2060 ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function kindOf(code: number): number {
  // Printable ASCII and the Arabic letters and digits, nearly every character of real text,
  // first (the tatweel U+0640 and the letter mark U+061C lie outside these ranges).
  if ((code > SPACE && code < 0x7f) || (code >= 0x0641 && code <= 0x06ff)) return KEEP;
  if (code >= 0x0621 && code <= 0x063a) return KEEP;
  if (code === ZWNJ) return JOINER;
  if (isWhitespace(code)) return BLANK;
  if (isControl(code) || isInvisible(code)) return DROP;
  return KEEP;
}

// Arabic letters that Persian writes with its own code points, and Persian and Arabic-Indic
// digits. Teh marbuta (ة) is left alone: Persian keeps it in some Arabic loanwords and it maps
// to ه or ت depending on the word, so a blind replacement would corrupt text instead of
// normalising it.
function persianCode(code: number): number {
  if (code === 0x064a || code === 0x0649) return 0x06cc; // ي Arabic yeh, ى alef maksura: ی
  if (code === 0x0643) return 0x06a9; // ك Arabic kaf: ک
  const digit = easternDigitOf(code);
  return digit < 0 ? code : 48 + digit;
}

/**
 * Normalises Persian text so that equal words compare equal.
 *
 * - Arabic yeh and kaf (ي ى ك) become Persian yeh and kaf (ی ک); teh marbuta (ة) is kept,
 *   since no single Persian letter replaces it in every word.
 * - Persian (۰-۹) and Arabic-Indic (٠-٩) digits become Latin digits.
 * - Runs of zero-width non-joiners (ZWNJ, نیم‌فاصله) become one; a ZWNJ at either end of the
 *   text or next to a space is dropped. A ZWNJ inside a word (`می‌شود`) is kept.
 * - Other invisible characters (zero-width space and joiner, BOM, soft hyphen, bidi marks,
 *   embeddings and isolates, tatweel) are removed.
 * - Control characters are removed: the C0 controls other than whitespace (NUL, BEL, ESC, …),
 *   DEL and the C1 controls (U+0080–U+009F), so no terminal escape sequence (a window title,
 *   a cleared screen) survives in a name or a title.
 * - Runs of whitespace (including tabs, line breaks and no-break spaces) become one space, and
 *   the text is trimmed: the result is one line.
 *
 * Removed characters count as absent: `"a\u200b b"` and `"a \u200b b"` both give `"a b"`.
 * The function is idempotent (normalising twice gives the same text as normalising once) and
 * reads the text once, so its time is linear in the length of the text, whatever it holds.
 *
 * @param text - The text to normalise.
 * @returns The normalised text.
 * @throws {@link PeygirError} `invalid_input` when `text` is not a string.
 *
 * @example
 * ```ts
 * normalizePersian("  اداره  كل بهزيستي ");  // => "اداره کل بهزیستی"
 * normalizePersian("سال ۱۳۹۹");  // => "سال 1399"
 * normalizePersian("می\u200c\u200cشود \u200cاست");  // => "می\u200cشود است"
 * normalizePersian("\u001b]0;title\u0007 x");  // => "]0;title x"
 * ```
 *
 * @category Text
 */
export function normalizePersian(text: string): string {
  if (typeof text !== "string") throw notText("normalizePersian");
  let out = "";
  // text.slice(from, to) is output not yet added to `out`: a stretch written as it stands.
  let from = 0;
  let to = 0;
  // The gap since the last character written: nothing, whitespace or ZWNJs only. A gap with
  // whitespace is one space (a ZWNJ next to a space joins nothing); a gap of ZWNJs is one
  // ZWNJ; a gap at either end is dropped. (KEEP: no gap.)
  let gap = KEEP;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === BLANK) gap = BLANK;
    else if (kind === JOINER) gap = gap === BLANK ? BLANK : JOINER;
    else if (kind === KEEP) {
      const started = to > from || out.length > 0;
      const separator = !started || gap === KEEP ? -1 : gap === BLANK ? SPACE : ZWNJ;
      const written = persianCode(code);
      const asWritten =
        written === code &&
        (separator < 0 ? i === to : i === to + 1 && text.charCodeAt(to) === separator);
      if (asWritten) to = i + 1;
      else {
        out += text.slice(from, to);
        if (separator >= 0) out += String.fromCharCode(separator);
        if (written === code) {
          from = i;
          to = i + 1;
        } else {
          out += String.fromCharCode(written);
          from = i + 1;
          to = i + 1;
        }
      }
      gap = KEEP;
    }
  }
  return out + text.slice(from, to);
}
