import { toLatinDigits } from "../digits";

/**
 * The ten digits of a national ID as written (Persian or Arabic-Indic digits, spaces and
 * dashes allowed), or `undefined` when it is not ten digits.
 */
export function nationalIdDigits(id: string): string | undefined {
  const digits = toLatinDigits(id).replace(/[\s-]/g, "");
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

/**
 * The check digit of the first nine digits of a national ID (weights 10 down to 2, sum
 * modulo 11; a remainder below 2 is the check digit itself, otherwise 11 minus it).
 */
export function nationalIdCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const remainder = sum % 11;
  return remainder < 2 ? remainder : 11 - remainder;
}
