import { epochDayOf } from "../internal/jalaliInput";
import { calendarOption } from "./internal/calendarOption";
import { workingDaysIn } from "./internal/workingTime";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link countWorkingDaysBetween}.
 *
 * @category Calendar
 */
export interface CountWorkingDaysBetweenOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * The working days passed going from one date to another: those in (`from`, `to`], or,
 * going back, minus those in [`to`, `from`). The day you start on never counts; the day you
 * arrive on counts when it is a working day.
 *
 * So `countWorkingDaysBetween(date, addWorkingDays(date, n, { calendar }), { calendar })` is `n` for any
 * `n ≠ 0`, in either direction.
 *
 * @param from - The date counted from.
 * @param to - The date counted to.
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns The number of working days; negative when `to` is before `from`, 0 when equal.
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_calendar` for a calendar
 *   that is not valid.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * // Tasua and Ashura 1403 are Monday 04/25 and Tuesday 04/26.
 * countWorkingDaysBetween("1403/04/23", "1403/04/27", { calendar }); // => 2 (Sunday, Wednesday)
 * countWorkingDaysBetween("1403/04/27", "1403/04/23", { calendar }); // => -2 (Saturday, Sunday)
 * ```
 *
 * @category Calendar
 */
export function countWorkingDaysBetween(
  from: string,
  to: string,
  options?: CountWorkingDaysBetweenOptions,
): number {
  const cal = calendarOption(options, "countWorkingDaysBetween");
  const a = epochDayOf(from, "countWorkingDaysBetween", ["from"]);
  const b = epochDayOf(to, "countWorkingDaysBetween", ["to"]);
  return b >= a ? workingDaysIn(cal, a + 1, b + 1) : 0 - workingDaysIn(cal, b, a); // 0 - x, not -x: never -0
}
