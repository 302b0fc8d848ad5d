import { PeygirError } from "../errors/PeygirError";

const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/**
 * The value (0–9) of a Persian (۰-۹) or Arabic-Indic (٠-٩) digit's code unit, or -1.
 * @internal
 */
export function easternDigitOf(code: number): number {
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return code - PERSIAN_ZERO;
  if (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) return code - ARABIC_ZERO;
  return -1;
}

/**
 * Replaces Persian (۰-۹) and Arabic-Indic (٠-٩) digits with Latin digits (0-9).
 *
 * Other characters are left as they are.
 *
 * @param text - The text to convert.
 * @returns The text with Latin digits only.
 * @throws {@link PeygirError} `invalid_input` when `text` is not a string.
 *
 * @example
 * ```ts
 * toLatinDigits("۱۴۰۳/۰۴/۲۵"); // => "1403/04/25"
 * toLatinDigits("٠٩١٢"); // => "0912"
 * ```
 *
 * @category Text
 */
export function toLatinDigits(text: string): string {
  if (typeof text !== "string") throw notText("toLatinDigits");
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = easternDigitOf(text.charCodeAt(i));
    if (digit >= 0) {
      out += text.slice(start, i) + String.fromCharCode(48 + digit);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * Replaces Latin (0-9) and Arabic-Indic (٠-٩) digits with Persian digits (۰-۹).
 *
 * @param text - The text (or number) to convert.
 * @returns The text with Persian digits.
 *
 * @example
 * ```ts
 * toPersianDigits("1403/04/25"); // => "۱۴۰۳/۰۴/۲۵"
 * toPersianDigits(24); // => "۲۴"
 * ```
 *
 * @category Text
 */
export function toPersianDigits(text: string | number): string {
  const source = String(text);
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code >= 48 && code <= 57) out += String.fromCharCode(PERSIAN_ZERO + code - 48);
    else if (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9)
      out += String.fromCharCode(PERSIAN_ZERO + code - ARABIC_ZERO);
    else out += source[i];
  }
  return out;
}

/**
 * The error of a text function given something other than a string.
 * @internal
 */
export function notText(functionName: string): PeygirError {
  return new PeygirError("invalid_input", `${functionName}: text must be a string`, [
    { path: ["text"], message: "must be a string" },
  ]);
}
