import { PeygirError } from "../errors/PeygirError";
import { isLeapYear, MAX_JALALI_YEAR, MIN_JALALI_YEAR } from "../internal/epochDay";

/**
 * Whether a Jalali year has 366 days (Esfand has 30 days instead of 29).
 *
 * @param year - A Jalali year from 1300 to 1500.
 * @returns `true` for a leap year.
 * @throws {@link PeygirError} `out_of_range` for a year outside 1300–1500 or not an integer.
 *
 * @example
 * ```ts
 * isJalaliLeapYear(1403); // => true
 * isJalaliLeapYear(1402); // => false
 * isJalaliLeapYear(1408); // => true
 * ```
 *
 * @category Jalali dates
 */
export function isJalaliLeapYear(year: number): boolean {
  if (!Number.isInteger(year) || year < MIN_JALALI_YEAR || year > MAX_JALALI_YEAR) {
    throw new PeygirError("out_of_range", "isJalaliLeapYear: year outside 1300–1500", [
      {
        path: ["year"],
        message: `must be an integer from ${MIN_JALALI_YEAR} to ${MAX_JALALI_YEAR}`,
      },
    ]);
  }
  return isLeapYear(year);
}
