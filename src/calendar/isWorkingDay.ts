import { epochDayOf } from "../internal/jalaliInput";
import { compiledOf, isOpen } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Whether offices work on a day: not a weekend day, not a holiday, not closed by a rule or a
 * closure (a day shortened by a closure still counts).
 *
 * @param calendar - The work calendar.
 * @param date - The Jalali date.
 * @returns `true` on a working day.
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_calendar` (and the other
 *   codes of {@link createWorkCalendar}) for a calendar that is not valid.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * isWorkingDay(calendar, "1403/04/28"); // => true (a Thursday)
 * isWorkingDay(calendar, "1403/04/25"); // => false (Tasua)
 * isWorkingDay(calendar, "1403/04/29"); // => false (a Friday)
 * ```
 *
 * @category Calendar
 */
export function isWorkingDay(calendar: WorkCalendar, date: string): boolean {
  const cal = compiledOf(calendar, "isWorkingDay");
  return isOpen(cal, epochDayOf(date, "isWorkingDay"));
}
