import { isoText } from "../internal/instant";
import { epochDayOf } from "../internal/jalaliInput";
import type { IsoInstant } from "../entities/IsoInstant";
import { tableOf } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";
import { calendarOption } from "./internal/calendarOption";

/**
 * The opening and closing instants of a day's office hours.
 *
 * @category Calendar
 */
export interface OfficeInterval {
  /** When offices open, an ISO 8601 string in the calendar's time zone. */
  readonly start: IsoInstant;
  /** When offices close, in the same form. */
  readonly end: IsoInstant;
}

/**
 * Options of {@link officeHours}.
 *
 * @category Calendar
 */
export interface OfficeHoursOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * The office hours of a day as instants, in the calendar's time zone: the calendar's hours,
 * those of the rules in force, or a closure's shortened hours.
 *
 * @param date - The Jalali date.
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns The opening and closing instants, or `null` when offices are closed that day.
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_calendar` for a calendar
 *   that is not valid.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * officeHours("1403/04/24", { calendar })?.end.toISOString(); // => "2024-07-14T11:00:00.000Z"
 * officeHours("1403/04/25", { calendar }); // => null (Tasua)
 * ```
 *
 * @category Calendar
 */
export function officeHours(date: string, options?: OfficeHoursOptions): OfficeInterval | null {
  const cal = calendarOption(options, "officeHours");
  const day = epochDayOf(date, "officeHours");
  const table = tableOf(cal, day);
  const start = table.open[day - table.first] as number;
  if (Number.isNaN(start)) return null;
  return { start: isoText(start, cal.timeZone), end: isoText(table.close[day - table.first] as number, cal.timeZone) };
}
