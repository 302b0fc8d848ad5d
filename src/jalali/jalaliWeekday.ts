import { epochDayOf } from "../internal/jalaliInput";
import { epochDayWeekday, type Weekday } from "./Weekday";

/**
 * The day of the week of a Jalali date.
 *
 * @param date - The Jalali date.
 * @returns `"saturday"` … `"friday"`.
 * @throws {@link PeygirError} `invalid_jalali_date` for an invalid date.
 *
 * @example
 * ```ts
 * jalaliWeekday("1403/01/01"); // => "wednesday"
 * jalaliWeekday("1402/10/15"); // => "friday"
 * ```
 *
 * @category Jalali dates
 */
export function jalaliWeekday(date: string): Weekday {
  return epochDayWeekday(epochDayOf(date, "jalaliWeekday"));
}
