import { epochDayToString } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import type { JalaliDate } from "../jalali/JalaliDate";
import { calendarOption } from "./internal/calendarOption";
import { nthWorkingDay } from "./internal/workingTime";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link getNextWorkingDay}.
 *
 * @category Calendar
 */
export interface GetNextWorkingDayOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * The first working day strictly after a date.
 *
 * @param date - The Jalali date.
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns The next working day.
 * @throws {@link PeygirError} `invalid_jalali_date`, `invalid_calendar` for a calendar that
 *   is not valid, `out_of_range` when no working day follows before the end of 1500.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * getNextWorkingDay("1403/04/24", { calendar }); // => "1403/04/27" (over Tasua and Ashura)
 * getNextWorkingDay("1402/12/28", { calendar }); // => "1403/01/05" (29 Esfand, Nowruz 1–4)
 * ```
 *
 * @category Calendar
 */
export function getNextWorkingDay(date: string, options?: GetNextWorkingDayOptions): JalaliDate {
  const cal = calendarOption(options, "getNextWorkingDay");
  const day = epochDayOf(date, "getNextWorkingDay");
  return epochDayToString(nthWorkingDay(cal, day, 1, "getNextWorkingDay", ["date"]));
}
