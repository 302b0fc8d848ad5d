import { epochDayOf } from "../internal/jalaliInput";
import { epochDayWeekday } from "../internal/weekday";
import type { Weekday } from "./Weekday";

/**
 * The day of the week of a Jalali date.
 *
 * @param date - The Jalali date.
 * @returns `"saturday"` … `"friday"`.
 * @throws {@link PeygirError} `invalid_jalali_date` for an invalid date.
 *
 * @example
 * ```ts
 * getJalaliWeekday("1403/01/01"); // => "wednesday"
 * getJalaliWeekday("1402/10/15"); // => "friday"
 * ```
 *
 * @category Jalali dates
 */
export function getJalaliWeekday(date: string): Weekday {
  return epochDayWeekday(epochDayOf(date, "getJalaliWeekday"));
}
