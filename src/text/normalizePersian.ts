import { notText, toLatinDigits } from "./digits";

const ZWNJ = "\u200c";

// Arabic letters that Persian writes with its own code points. Teh marbuta (ة) is left alone:
// Persian keeps it in some Arabic loanwords and it maps to ه or ت depending on the word, so a
// blind replacement would corrupt text instead of normalising it.
const LETTERS: Readonly<Record<string, string>> = {
  "\u064a": "\u06cc", // ي Arabic yeh
  "\u0649": "\u06cc", // ى alef maksura
  "\u0643": "\u06a9", // ك Arabic kaf
};
const ARABIC_LETTERS = /[\u064a\u0649\u0643]/g;

// Invisible characters that change no meaning in Persian text but break equality and search:
// zero-width space and joiner, word joiner, BOM, soft hyphen, the Arabic letter mark, the
// directional marks, embeddings, overrides and isolates, and the tatweel (kashida) that only
// stretches letters.
// (ZWJ sits outside the class: inside one, linters read it as joining its neighbours.)
const INVISIBLE =
  /[\u00ad\u061c\u0640\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|\u200d/g;

// Any run of whitespace and ZWNJ that contains whitespace: a ZWNJ next to a space joins nothing.
const SPACE_RUN = /[\s\u200c]*\s[\s\u200c]*/g;
const ZWNJ_RUN = /\u200c{2,}/g;
const EDGE_ZWNJ = /^\u200c+|\u200c+$/g;

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
 * - Runs of whitespace (including line breaks and no-break spaces) become one space, and the
 *   text is trimmed.
 *
 * The function is idempotent: normalising twice gives the same text as normalising once.
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
 * ```
 *
 * @category Text
 */
export function normalizePersian(text: string): string {
  if (typeof text !== "string") throw notText("normalizePersian");
  return toLatinDigits(text)
    .replace(ARABIC_LETTERS, (letter) => LETTERS[letter] ?? letter)
    .replace(INVISIBLE, "")
    .replace(SPACE_RUN, " ")
    .replace(ZWNJ_RUN, ZWNJ)
    .trim()
    .replace(EDGE_ZWNJ, "");
}
