import * as z from "zod";
import { epochDayToString } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import {
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  type WorkCalendar,
} from "../calendar/index";
import { PeygirError } from "../errors/PeygirError";
import type { JalaliDate } from "../jalali/JalaliDate";
import { epochDayWeekday, Weekday } from "../jalali/Weekday";

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
 * Options of {@link reportDueDates}.
 *
 * @category Deadlines
 */
export interface ReportDueDatesOptions {
  /** The weekday reports are due. Default `"thursday"` (Shahr-e Babak's rule). */
  readonly weekday?: Weekday;
  /** The first day of the period (inclusive). */
  readonly from: string;
  /** The last day of the period (inclusive). */
  readonly to: string;
  /** Where a due day that is not a working day goes. Default `"previous-working-day"`. */
  readonly onNonWorkingDay?: OnNonWorkingDay;
}

/** A week's nominal report day and the day the report is actually due (epoch days). */
export interface ReportWeek {
  readonly nominal: number;
  readonly due: number;
}

/**
 * The nominal report days in [from, to] and their due days, duplicates of a due day dropped.
 * Validates the options; `where` names the public caller.
 * @internal
 */
export function reportWeeks(
  calendar: WorkCalendar,
  options: ReportDueDatesOptions,
  where: string,
  pathPrefix: readonly (string | number)[],
): ReportWeek[] {
  const from = epochDayOf(options?.from, where, [...pathPrefix, "from"]);
  const to = epochDayOf(options?.to, where, [...pathPrefix, "to"]);
  const weekday = Weekday.safeParse(options.weekday ?? "thursday");
  if (!weekday.success)
    throw new PeygirError("invalid_weekday", `${where}: unknown weekday`, [
      { path: [...pathPrefix, "weekday"], message: "must be a weekday such as thursday" },
    ]);
  const rule = OnNonWorkingDay.safeParse(options.onNonWorkingDay ?? "previous-working-day");
  if (!rule.success)
    throw new PeygirError("invalid_option", `${where}: unknown onNonWorkingDay`, [
      {
        path: [...pathPrefix, "onNonWorkingDay"],
        message: 'must be "previous-working-day", "next-working-day" or "same-day"',
      },
    ]);
  const target = Weekday.options.indexOf(weekday.data);
  const first = from + ((target - Weekday.options.indexOf(epochDayWeekday(from)) + 7) % 7);
  const weeks: ReportWeek[] = [];
  const seen = new Set<number>();
  for (let nominal = first; nominal <= to; nominal += 7) {
    const date = epochDayToString(nominal);
    let due = nominal;
    if (rule.data !== "same-day" && !isWorkingDay(calendar, date)) {
      const moved =
        rule.data === "previous-working-day"
          ? previousWorkingDay(calendar, date)
          : nextWorkingDay(calendar, date);
      due = epochDayOf(moved, where);
    }
    if (seen.has(due)) continue;
    seen.add(due);
    weeks.push({ nominal, due });
  }
  return weeks;
}

/**
 * The days weekly reports are due in a period: every `weekday` (Thursday by default) from
 * `from` to `to`, moved off days the office is closed as `onNonWorkingDay` says.
 *
 * A moved day may fall just outside the period (a Thursday on `from` moved back to
 * Wednesday); two weeks moved onto one day give one due date.
 *
 * @param calendar - The work calendar.
 * @param options - {@link ReportDueDatesOptions}; `from` and `to` are required.
 * @returns The due dates, ascending.
 * @throws {@link PeygirError} `invalid_jalali_date` for a bad `from` or `to`,
 *   `invalid_weekday`, `invalid_option` for an unknown `onNonWorkingDay`.
 *
 * @example
 * ```ts
 * // In summer 1404 offices were closed on Thursdays (energy saving, 1404/02/20–06/31),
 * // so the Thursday report of 1404/05/02 is due on Wednesday 1404/05/01.
 * const calendar = createWorkCalendar({ rules: iranGovernmentRules });
 * reportDueDates(calendar, { from: "1404/04/28", to: "1404/05/10" });
 * // => ["1404/05/01", "1404/05/08"]
 * ```
 *
 * @category Deadlines
 */
export function reportDueDates(
  calendar: WorkCalendar,
  options: ReportDueDatesOptions,
): JalaliDate[] {
  return reportWeeks(calendar, options, "reportDueDates", ["options"]).map((week) =>
    epochDayToString(week.due),
  );
}
