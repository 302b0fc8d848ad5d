import { epochDayToString } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import type { JalaliDate } from "../jalali/JalaliDate";
import { calendarOption } from "./internal/calendarOption";
import { nthWorkingDay } from "./internal/workingTime";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link getPreviousWorkingDay}.
 *
 * @category Calendar
 */
export interface GetPreviousWorkingDayOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * The last working day strictly before a date.
 *
 * @param date - The Jalali date.
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns The previous working day.
 * @throws {@link PeygirError} `invalid_jalali_date`, `invalid_calendar` for a calendar that
 *   is not valid, `out_of_range` when no working day precedes it from 1300 on.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * getPreviousWorkingDay("1403/04/27", { calendar }); // => "1403/04/24"
 * getPreviousWorkingDay("1403/01/05", { calendar }); // => "1402/12/28"
 * ```
 *
 * @category Calendar
 */
export function getPreviousWorkingDay(
  date: string,
  options?: GetPreviousWorkingDayOptions,
): JalaliDate {
  const cal = calendarOption(options, "getPreviousWorkingDay");
  const day = epochDayOf(date, "getPreviousWorkingDay");
  return epochDayToString(nthWorkingDay(cal, day, -1, "getPreviousWorkingDay", ["date"]));
}
