import { epochDayOf } from "../internal/jalaliInput";
import { compiledOf, tableOf } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * The opening and closing instants of a day's office hours.
 *
 * @category Calendar
 */
export interface OfficeInterval {
  /** When offices open. */
  readonly start: Date;
  /** When offices close. */
  readonly end: Date;
}

/**
 * The office hours of a day as instants, in the calendar's time zone: the calendar's hours,
 * those of the rules in force, or a closure's shortened hours.
 *
 * @param calendar - The work calendar.
 * @param date - The Jalali date.
 * @returns The opening and closing instants, or `null` when offices are closed that day.
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_calendar` for a calendar
 *   that is not valid.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * officeHours(calendar, "1403/04/24")?.end.toISOString(); // => "2024-07-14T11:00:00.000Z"
 * officeHours(calendar, "1403/04/25"); // => null (Tasua)
 * ```
 *
 * @category Calendar
 */
export function officeHours(calendar: WorkCalendar, date: string): OfficeInterval | null {
  const cal = compiledOf(calendar, "officeHours");
  const day = epochDayOf(date, "officeHours");
  const table = tableOf(cal, day);
  const start = table.open[day - table.first] as number;
  if (Number.isNaN(start)) return null;
  return { start: new Date(start), end: new Date(table.close[day - table.first] as number) };
}
