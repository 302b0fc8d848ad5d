import { PeygirError } from "../errors/PeygirError";
import { nationalIdDigits } from "./internal/nationalId";

/**
 * Hides a national ID for display, keeping only its last four digits: `******6789`.
 *
 * The input may use Persian digits, spaces and dashes. The check digit is not verified, so
 * masking works on stored codes that fail validation; use {@link isValidNationalId} for that.
 *
 * @param id - The national code, ten digits.
 * @returns Six asterisks followed by the last four Latin digits.
 * @throws {@link PeygirError} `invalid_national_id` when the input is not ten digits (so a
 *   name or another value passed by mistake is never shown).
 *
 * @example
 * ```ts
 * maskNationalId("0010350829"); // => "******0829"
 * maskNationalId("۱۲۳۴۵۶۷۸۹۱"); // => "******7891"
 * ```
 *
 * @category Text
 */
export function maskNationalId(id: string): string {
  const digits = typeof id === "string" ? nationalIdDigits(id) : undefined;
  if (digits === undefined) {
    throw new PeygirError("invalid_national_id", "maskNationalId: not a 10-digit national ID", [
      { path: [], message: "must be 10 digits" },
    ]);
  }
  return `******${digits.slice(6)}`;
}
