import { epochDayToString } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import type { JalaliDate } from "../jalali/JalaliDate";
import { compiledOf, nthWorkingDay } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * The last working day strictly before a date.
 *
 * @param calendar - The work calendar.
 * @param date - The Jalali date.
 * @returns The previous working day.
 * @throws {@link PeygirError} `invalid_jalali_date`, `invalid_calendar` for a calendar that
 *   is not valid, `out_of_range` when no working day precedes it from 1300 on.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * previousWorkingDay(calendar, "1403/04/27"); // => "1403/04/24"
 * previousWorkingDay(calendar, "1403/01/05"); // => "1402/12/28"
 * ```
 *
 * @category Calendar
 */
export function previousWorkingDay(calendar: WorkCalendar, date: string): JalaliDate {
  const cal = compiledOf(calendar, "previousWorkingDay");
  const day = epochDayOf(date, "previousWorkingDay");
  return 
    epochDayToString(nthWorkingDay(cal, day, -1, "previousWorkingDay", ["date"])),
  ;
}
