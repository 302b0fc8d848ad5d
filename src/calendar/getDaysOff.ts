import { epochDayOf } from "../internal/jalaliInput";
import type { Holiday } from "./Holiday";
import { calendarOption } from "./internal/calendarOption";
import { tableOf } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";
import type { WorkClosure } from "./WorkClosure";

/**
 * A reason offices are off (or shortened) on a day: a holiday (`type: "holiday"`, with the
 * names of its occasions) or a closure (`type: "closure"`, with its reason and hours).
 *
 * @category Calendar
 */
export type DayOff = HolidayDayOff | ClosureDayOff;

/**
 * A holiday, as {@link getDaysOff} lists it.
 *
 * @category Calendar
 */
export type HolidayDayOff = Holiday & {
  /** Always `"holiday"`. */
  readonly type: "holiday";
};

/**
 * A closure, as {@link getDaysOff} lists it.
 *
 * @category Calendar
 */
export type ClosureDayOff = WorkClosure & {
  /** Always `"closure"`. */
  readonly type: "closure";
};

/**
 * Options of {@link getDaysOff}.
 *
 * @category Calendar
 */
export interface GetDaysOffOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * The holidays and the closures of a calendar on a day: holidays first, then closures in
 * the calendar's order (only those whose region contains the calendar's).
 *
 * Weekends and the days a rule closes are not listed; {@link isWorkingDay} says whether the
 * day is worked.
 *
 * @param date - The Jalali date.
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns The holidays and closures of the day; empty when there are none.
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_calendar` for a calendar
 *   that is not valid.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * getDaysOff("1403/04/26", { calendar }).map((day) => day.type === "holiday" && day.names[0]?.en);
 * // => ["Ashura (10 Muharram)"]
 * getDaysOff("1403/04/24", { calendar }); // => []
 * ```
 *
 * @category Calendar
 */
export function getDaysOff(date: string, options?: GetDaysOffOptions): DayOff[] {
  const cal = calendarOption(options, "getDaysOff");
  const day = epochDayOf(date, "getDaysOff");
  const result: DayOff[] = [];
  for (const holiday of tableOf(cal, day).holidays.get(day) ?? []) {
    result.push({ type: "holiday", ...holiday });
  }
  for (const closure of cal.closures.get(day) ?? []) result.push({ type: "closure", ...closure });
  return result;
}
