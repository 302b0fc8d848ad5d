import { epochDayOf } from "../internal/jalaliInput";
import { compiledOf, workingDaysIn } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * The working days passed going from one date to another: those in (`from`, `to`], or,
 * going back, minus those in [`to`, `from`). The day you start on never counts; the day you
 * arrive on counts when it is a working day.
 *
 * So `workingDaysBetween(calendar, date, addWorkingDays(calendar, date, n))` is `n` for any
 * `n ≠ 0`, in either direction.
 *
 * @param calendar - The work calendar.
 * @param from - The date counted from.
 * @param to - The date counted to.
 * @returns The number of working days; negative when `to` is before `from`, 0 when equal.
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_calendar` for a calendar
 *   that is not valid.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * // Tasua and Ashura 1403 are Monday 04/25 and Tuesday 04/26.
 * workingDaysBetween(calendar, "1403/04/23", "1403/04/27"); // => 2 (Sunday, Wednesday)
 * workingDaysBetween(calendar, "1403/04/27", "1403/04/23"); // => -2 (Saturday, Sunday)
 * ```
 *
 * @category Calendar
 */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  const cal = compiledOf(calendar, "workingDaysBetween");
  const a = epochDayOf(from, "workingDaysBetween", ["from"]);
  const b = epochDayOf(to, "workingDaysBetween", ["to"]);
  return b >= a ? workingDaysIn(cal, a + 1, b + 1) : 0 - workingDaysIn(cal, b, a); // 0 - x, not -x: never -0
}
