import * as z from "zod";
import type { WorkCalendar } from "../calendar/index";
import { epochDayToString } from "../internal/epochDay";
import type { JalaliDate } from "../jalali/JalaliDate";
import type { Weekday } from "../jalali/Weekday";
import { reportWeeks } from "./internal/reportWeeks";
import { calendarOption } from "./internal/workingTime";

/**
 * What happens to a report due on a day the office is closed: it moves to the previous
 * working day (the default: the office sends it before it closes), to the next one, or stays
 * on that day.
 *
 * @example
 * ```ts
 * OnNonWorkingDay.parse("next-working-day"); // => "next-working-day"
 * ```
 *
 * @category Deadlines
 */
export const OnNonWorkingDay = z.enum(["previous-working-day", "next-working-day", "same-day"]);

/**
 * `"previous-working-day"`, `"next-working-day"` or `"same-day"`.
 *
 * @category Deadlines
 */
export type OnNonWorkingDay = z.infer<typeof OnNonWorkingDay>;

/**
 * Options of {@link listReportDueDates}.
 *
 * @category Deadlines
 */
export interface ListReportDueDatesOptions {
  /** The weekday reports are due. Default `"thursday"` (Shahr-e Babak's rule). */
  readonly weekday?: Weekday;
  /** The work calendar. Default: the national Iranian calendar. */
  readonly calendar?: WorkCalendar;
  /** Where a due day that is not a working day goes. Default `"previous-working-day"`. */
  readonly onNonWorkingDay?: OnNonWorkingDay;
}

/**
 * The days weekly reports are due in a period: every `weekday` (Thursday by default) from
 * `from` to `to`, moved off days the office is closed as `onNonWorkingDay` says.
 *
 * A moved day may fall just outside the period (a Thursday on `from` moved back to
 * Wednesday); two weeks moved onto one day give one due date.
 *
 * @param from - The first day of the period (inclusive).
 * @param to - The last day of the period (inclusive).
 * @param options - `weekday`, `onNonWorkingDay`, `calendar`.
 * @returns The due dates, ascending.
 * @throws {@link PeygirError} `invalid_jalali_date` for a bad `from` or `to`,
 *   `invalid_weekday`, `invalid_option` for an unknown `onNonWorkingDay`.
 *
 * @example
 * ```ts
 * // In summer 1404 offices were closed on Thursdays (energy saving, 1404/02/20–06/31),
 * // so the Thursday report of 1404/05/02 is due on Wednesday 1404/05/01.
 * const calendar = createWorkCalendar({ rules: iranGovernmentRules });
 * listReportDueDates("1404/04/28", "1404/05/10", { calendar });
 * // => ["1404/05/01", "1404/05/08"]
 * ```
 *
 * @category Deadlines
 */
export function listReportDueDates(
  from: string,
  to: string,
  options?: ListReportDueDatesOptions,
): JalaliDate[] {
  const where = "listReportDueDates";
  const weeks = reportWeeks(calendarOption(options, where), from, to, options, where, {
    from: ["from"],
    to: ["to"],
    options: ["options"],
  });
  return weeks.map((week) => epochDayToString(week.due));
}
