import { nationalIdCheckDigit, nationalIdDigits } from "./internal/nationalId";

/**
 * Whether a text is a valid Iranian national code (کد ملی): ten digits whose last digit is the
 * check digit of the first nine.
 *
 * Persian and Arabic-Indic digits, spaces and dashes are accepted (`۰۰۱-۲۳۴۵۶۷-۸`). The ten
 * codes made of one repeated digit (`1111111111`, …) pass the checksum but are never issued,
 * so they are rejected. Codes written without their leading zeros (8 or 9 digits) are
 * rejected too: pad them first if your source drops zeros.
 *
 * @param id - The national code as written.
 * @returns `true` when the code is well formed and its check digit matches.
 *
 * @example
 * ```ts
 * isValidNationalId("0010350829"); // => true
 * isValidNationalId("۰۰۱-۰۳۵۰۸-۲۹"); // => true
 * isValidNationalId("0010350828"); // => false
 * isValidNationalId("1111111111"); // => false
 * ```
 *
 * @category Text
 */
export function isValidNationalId(id: string): boolean {
  if (typeof id !== "string") return false;
  const digits = nationalIdDigits(id);
  if (digits === undefined || /^(\d)\1{9}$/.test(digits)) return false;
  return nationalIdCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}
