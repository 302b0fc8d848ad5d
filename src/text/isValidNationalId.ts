import { toLatinDigits } from "./digits";

/**
 * The ten digits of a national ID as written (Persian or Arabic-Indic digits, spaces and
 * dashes allowed), or `undefined` when it is not ten digits.
 * @internal
 */
export function nationalIdDigits(id: string): string | undefined {
  const digits = toLatinDigits(id).replace(/[\s-]/g, "");
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

/**
 * The check digit of the first nine digits of a national ID (weights 10 down to 2, sum
 * modulo 11; a remainder below 2 is the check digit itself, otherwise 11 minus it).
 * @internal
 */
export function nationalIdCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const remainder = sum % 11;
  return remainder < 2 ? remainder : 11 - remainder;
}

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
