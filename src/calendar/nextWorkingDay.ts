import { epochDayToString } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import type { JalaliDate } from "../jalali/JalaliDate";
import { compiledOf, nthWorkingDay } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * The first working day strictly after a date.
 *
 * @param calendar - The work calendar.
 * @param date - The Jalali date.
 * @returns The next working day.
 * @throws {@link PeygirError} `invalid_jalali_date`, `invalid_calendar` for a calendar that
 *   is not valid, `out_of_range` when no working day follows before the end of 1500.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * nextWorkingDay(calendar, "1403/04/24"); // => "1403/04/27" (over Tasua and Ashura)
 * nextWorkingDay(calendar, "1402/12/28"); // => "1403/01/05" (29 Esfand, Nowruz 1–4)
 * ```
 *
 * @category Calendar
 */
export function nextWorkingDay(calendar: WorkCalendar, date: string): JalaliDate {
  const cal = compiledOf(calendar, "nextWorkingDay");
  const day = epochDayOf(date, "nextWorkingDay");
  return epochDayToString(nthWorkingDay(cal, day, 1, "nextWorkingDay", ["date"]));
}
