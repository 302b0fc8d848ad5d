import { PeygirError } from "../errors/PeygirError";
import { readMobile } from "./internal/mobile";

// Optional country code (98, +98 or 0098), optional trunk zero, then the ten digits 9XXXXXXXXX.

/**
 * Writes an Iranian mobile number in the canonical 11-digit form `09XXXXXXXXX`.
 *
 * Accepts `09…`, `+989…`, `00989…`, `989…` and `9…` (ten digits), Persian or Arabic-Indic
 * digits, and spaces, dashes, dots and parentheses between digits. Only the shape is checked,
 * not whether an operator has issued the number.
 *
 * @param input - The mobile number as written.
 * @returns The number as `09XXXXXXXXX` with Latin digits.
 * @throws {@link PeygirError} `invalid_mobile` when the input is not an Iranian mobile number;
 *   the message never repeats the input.
 *
 * @example
 * ```ts
 * normalizeMobile("+98 912 345 6789"); // => "09123456789"
 * normalizeMobile("۰۹۱۲-۳۴۵-۶۷۸۹"); // => "09123456789"
 * normalizeMobile("00989123456789"); // => "09123456789"
 * normalizeMobile("021 8888 7777"); // throws PeygirError (invalid_mobile)
 * ```
 *
 * @category Text
 */
export function normalizeMobile(input: string): string {
  const mobile = readMobile(input);
  if (mobile === undefined) {
    throw new PeygirError("invalid_mobile", "normalizeMobile: not an Iranian mobile number", [
      { path: [], message: "must be an Iranian mobile number: 09 followed by 9 digits" },
    ]);
  }
  return mobile;
}
