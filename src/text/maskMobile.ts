import { PeygirError } from "../errors/PeygirError";
import { readMobile } from "./internal/mobile";

/**
 * Hides the middle of an Iranian mobile number for display: `0912***6789`.
 *
 * The number is first normalised like {@link normalizeMobile}; the first four and last four
 * digits stay visible.
 *
 * @param input - The mobile number as written.
 * @returns The canonical number with digits 5 to 7 replaced by `***`.
 * @throws {@link PeygirError} `invalid_mobile` when the input is not an Iranian mobile number.
 *
 * @example
 * ```ts
 * maskMobile("09123456789"); // => "0912***6789"
 * maskMobile("+98 935 111 2233"); // => "0935***2233"
 * ```
 *
 * @category Text
 */
export function maskMobile(input: string): string {
  const mobile = readMobile(input);
  if (mobile === undefined) {
    throw new PeygirError("invalid_mobile", "maskMobile: not an Iranian mobile number", [
      { path: [], message: "must be an Iranian mobile number: 09 followed by 9 digits" },
    ]);
  }
  return `${mobile.slice(0, 4)}***${mobile.slice(7)}`;
}
