import { epochDayOf } from "../internal/jalaliInput";
import { calendarOption } from "./internal/calendarOption";
import { isOpen } from "./internal/workingTime";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link isWorkingDay}.
 *
 * @category Calendar
 */
export interface IsWorkingDayOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * Whether offices work on a day: not a weekend day, not a holiday, not closed by a rule or a
 * closure (a day shortened by a closure still counts).
 *
 * @param date - The Jalali date.
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns `true` on a working day.
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_calendar` (and the other
 *   codes of {@link createWorkCalendar}) for a calendar that is not valid.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * isWorkingDay("1403/04/28", { calendar }); // => true (a Thursday)
 * isWorkingDay("1403/04/25", { calendar }); // => false (Tasua)
 * isWorkingDay("1403/04/29", { calendar }); // => false (a Friday)
 * ```
 *
 * @category Calendar
 */
export function isWorkingDay(date: string, options?: IsWorkingDayOptions): boolean {
  const cal = calendarOption(options, "isWorkingDay");
  return isOpen(cal, epochDayOf(date, "isWorkingDay"));
}
