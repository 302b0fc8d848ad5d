import { epochDayToString } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import type { JalaliDate } from "./JalaliDate";

/**
 * Validates a Jalali date and returns it in canonical form `YYYY/MM/DD`.
 *
 * Accepts what the {@link JalaliDate} schema accepts: Persian or Arabic-Indic digits, `/`,
 * `-` or `.` separators, and missing zero padding.
 *
 * @param input - The date as written, e.g. `"1397/3/21"` or `"۱۴۰۳/۰۴/۲۵"`.
 * @returns The canonical date.
 * @throws {@link PeygirError} `invalid_jalali_date` when the input is not a real day of
 *   years 1300–1500 (month 13, day 32, day 31 in months 7–12, 30 Esfand of a common year).
 *
 * @example
 * ```ts
 * parseJalaliDate("1397/3/21"); // => "1397/03/21"
 * parseJalaliDate("۱۴۰۳/۱۲/۳۰"); // => "1403/12/30"
 * parseJalaliDate("1402/12/30"); // throws PeygirError (1402 is not a leap year)
 * ```
 *
 * @category Jalali dates
 */
export function parseJalaliDate(input: string): JalaliDate {
  return epochDayToString(epochDayOf(input, "parseJalaliDate", []));
}
