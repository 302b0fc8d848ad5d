import type { IsoInstant } from "../entities/IsoInstant";
import { isoText } from "../internal/instant";
import { epochDayOf } from "../internal/jalaliInput";
import { calendarOption } from "./internal/calendarOption";
import { tableOf } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

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
 * Options of {@link getOfficeHours}.
 *
 * @category Calendar
 */
export interface GetOfficeHoursOptions {
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
 * getOfficeHours("1403/04/24");
 * // => { start: "2024-07-14T07:30:00+03:30", end: "2024-07-14T14:30:00+03:30" }
 * getOfficeHours("1403/04/25"); // => null (Tasua)
 * ```
 *
 * @category Calendar
 */
export function getOfficeHours(
  date: string,
  options?: GetOfficeHoursOptions,
): OfficeInterval | null {
  const cal = calendarOption(options, "getOfficeHours");
  const day = epochDayOf(date, "getOfficeHours");
  const table = tableOf(cal, day);
  const start = table.open[day - table.first] as number;
  if (Number.isNaN(start)) return null;
  return {
    start: isoText(start, cal.timeZone),
    end: isoText(table.close[day - table.first] as number, cal.timeZone),
  };
}
