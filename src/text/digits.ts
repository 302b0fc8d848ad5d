import { PeygirError } from "../errors/PeygirError";
import { easternDigitOf, notText, PERSIAN_ZERO } from "./internal/digits";

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
 * A number is first written as JavaScript writes it (`String(n)`: `-0` as `0`, `1e21` as
 * `1e+21`, `0.5` with a point), the same in every locale and time zone. Anything other than
 * a string or a finite number is refused rather than turned into text: `String()` of a `Date`
 * depends on the time zone, and of an object on its `toString`.
 *
 * @param text - The text (or finite number) to convert.
 * @returns The text with Persian digits.
 * @throws {@link PeygirError} `invalid_input` when `text` is neither a string nor a finite
 *   number (`NaN`, `Infinity`, `null`, a `Date`, an object…).
 *
 * @example
 * ```ts
 * toPersianDigits("1403/04/25"); // => "۱۴۰۳/۰۴/۲۵"
 * toPersianDigits(24); // => "۲۴"
 * toPersianDigits(-2.5); // => "-۲.۵"
 * toPersianDigits(new Date() as never); // throws PeygirError (invalid_input)
 * ```
 *
 * @category Text
 */
export function toPersianDigits(text: string | number): string {
  let source: string;
  if (typeof text === "string") source = text;
  else if (typeof text === "number" && Number.isFinite(text)) source = String(text);
  else {
    throw new PeygirError(
      "invalid_input",
      "toPersianDigits: text must be a string or a finite number",
      [{ path: ["text"], message: "must be a string or a finite number" }],
    );
  }
  let out = "";
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const digit = code >= 48 && code <= 57 ? code - 48 : easternDigitOf(code);
    if (digit >= 0 && code !== PERSIAN_ZERO + digit) {
      out += source.slice(start, i) + String.fromCharCode(PERSIAN_ZERO + digit);
      start = i + 1;
    }
  }
  return start === 0 ? source : out + source.slice(start);
}
