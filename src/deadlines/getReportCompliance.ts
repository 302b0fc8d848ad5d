import * as z from "zod";
import type { WorkCalendar } from "../calendar/index";
import type { AgencyInput } from "../entities/Agency";
import type { InstantInput } from "../entities/IsoInstant";
import type { WeeklyReportInput } from "../entities/WeeklyReport";
import { PeygirError } from "../errors/PeygirError";
import { epochDayToString, MS_PER_DAY } from "../internal/epochDay";
import { instantMs } from "../internal/instant";
import { localToUtc } from "../internal/timeZone";
import type { JalaliDate } from "../jalali/JalaliDate";
import type { Weekday } from "../jalali/Weekday";
import { reportWeeks } from "./internal/reportWeeks";
import { calendarOption, closeOfDay, dayOfDate } from "./internal/workingTime";
import type { OnNonWorkingDay } from "./listReportDueDates";

/**
 * The state of one week's report: `"on-time"` (sent by the close of office hours on the due
 * day), `"late"`, `"missing"` (not sent, due time passed) or `"pending"` (due time still
 * ahead).
 *
 * @example
 * ```ts
 * ReportWeekState.options; // => ["on-time", "late", "missing", "pending"]
 * ```
 *
 * @category Deadlines
 */
export const ReportWeekState = z.enum(["on-time", "late", "missing", "pending"]);

/**
 * `"on-time"`, `"late"`, `"missing"` or `"pending"`.
 *
 * @category Deadlines
 */
export type ReportWeekState = z.infer<typeof ReportWeekState>;

/**
 * Options of {@link getReportCompliance}.
 *
 * @category Deadlines
 */
export interface GetReportComplianceOptions {
  /** The reports sent (by any agency; others are ignored). */
  readonly reports: readonly WeeklyReportInput[];
  /** The first day of the period (inclusive). */
  readonly from: string;
  /** The last day of the period (inclusive). */
  readonly to: string;
  /** The instant asked about; reports sent after it are ignored. */
  readonly now: InstantInput;
  /** The work calendar. Default: the national Iranian calendar. */
  readonly calendar?: WorkCalendar;
  /** The weekday reports are due. Default `"thursday"`. */
  readonly weekday?: Weekday;
  /** Where a due day that is not a working day goes. Default `"previous-working-day"`. */
  readonly onNonWorkingDay?: OnNonWorkingDay;
}

/**
 * One agency's weekly-report record over a period.
 *
 * @category Deadlines
 */
export interface ReportCompliance {
  /** The agency. */
  readonly agencyId: string;
  /** The weeks whose due time has passed (on time + late + missing). */
  readonly due: number;
  /** The reports sent by the close of office hours on the due day. */
  readonly onTime: number;
  /** The reports sent after that but by `now`. */
  readonly late: number;
  /** The weeks without a report by `now`. */
  readonly missing: number;
  /** `onTime / due`, 1 when nothing was due yet. */
  readonly onTimeRate: number;
  /** Every week of the period, pending ones included, in date order. */
  readonly weeks: readonly {
    /** The day the report is due. */
    readonly due: JalaliDate;
    /** The state of that week's report. */
    readonly state: ReportWeekState;
  }[];
}

/**
 * Measures how each agency keeps the weekly report rule ("every office sends its weekly
 * physical and performance report every Thursday", Shahr-e Babak's administrative council).
 *
 * The due dates are those of {@link listReportDueDates}. A report answers the due date in its
 * `week` field (a report naming the nominal weekday of a moved week counts for it too); the
 * earliest one sent by `now` decides the week: on time when sent by the close of office hours
 * on the due day (the end of the day when the office is closed that day), late otherwise.
 * Weeks whose due time is after `now` are `pending` and not counted.
 *
 * @param agencies - The agencies that owe reports, in the order wanted in the answer.
 * @param options - The reports, the period (`from`, `to`), `now`, and `calendar`, `weekday`,
 *   `onNonWorkingDay`.
 * @returns One record per agency, in the order of `agencies`.
 * @throws {@link PeygirError} `invalid_jalali_date` for a bad `from`, `to` or report `week`,
 *   `invalid_instant` for a bad `now` or `submittedAt`, `invalid_weekday`, `invalid_option`,
 *   `invalid_input` for an agency or report without an id, `invalid_calendar` for a calendar
 *   that is not an object.
 *
 * @example
 * ```ts
 * const agencies = [{ id: "edu", name: "آموزش و پرورش", region: { province: "کرمان" } }];
 * const [edu] = getReportCompliance(agencies, {
 *   reports: [
 *     // Thursday 1403/05/04 at 11:00: on time (the office closes at 14:30).
 *     { id: "r1", agencyId: "edu", week: "1403/05/04", submittedAt: "2024-07-25T11:00:00+03:30" },
 *     // The 1403/05/11 report came on Saturday: late.
 *     { id: "r2", agencyId: "edu", week: "1403/05/11", submittedAt: "2024-08-03T09:00:00+03:30" },
 *   ],
 *   from: "1403/05/01",
 *   to: "1403/05/31",
 *   now: "2024-08-10T12:00:00+03:30", // Saturday 1403/05/20
 * });
 * edu?.weeks.map((week) => week.state);
 * // => ["on-time", "late", "missing", "pending"]
 * edu?.onTimeRate; // => 0.3333333333333333
 * ```
 *
 * @category Deadlines
 */
export function getReportCompliance(
  agencies: readonly AgencyInput[],
  options: GetReportComplianceOptions,
): ReportCompliance[] {
  const where = "getReportCompliance";
  if (typeof options !== "object" || options === null)
    throw new PeygirError("invalid_option", `${where}: options must be an object`, [
      { path: ["options"], message: "must be an object with reports, from, to and now" },
    ]);
  const nowMs = instantMs(options.now, where, ["options", "now"]);
  const cal = calendarOption(options, where);
  const weeks = reportWeeks(cal, options.from, options.to, options, where, {
    from: ["options", "from"],
    to: ["options", "to"],
    options: ["options"],
  });
  const dueMsOf = weeks.map((week) => {
    const close = closeOfDay(cal, week.due);
    return Number.isNaN(close) ? localToUtc(cal.timeZone, (week.due + 1) * MS_PER_DAY) : close;
  });
  const weekIndex = new Map<number, number>();
  weeks.forEach((week, i) => {
    weekIndex.set(week.nominal, i);
  });
  weeks.forEach((week, i) => {
    weekIndex.set(week.due, i);
  });

  // agency → week index → earliest submission by now
  const earliest = new Map<string, Map<number, number>>();
  if (!Array.isArray(options.reports))
    throw new PeygirError("invalid_input", `${where}: reports must be an array`, [
      { path: ["options", "reports"], message: "must be an array of weekly reports" },
    ]);
  options.reports.forEach((report, i) => {
    if (typeof report !== "object" || report === null || typeof report.agencyId !== "string")
      throw new PeygirError("invalid_input", `${where}: a report has no agencyId`, [
        { path: ["options", "reports", i, "agencyId"], message: "must be a non-empty string" },
      ]);
    const day = dayOfDate(report.week);
    if (Number.isNaN(day))
      throw new PeygirError("invalid_jalali_date", `${where}: invalid report week`, [
        { path: ["options", "reports", i, "week"], message: "must be a Jalali date YYYY/MM/DD" },
      ]);
    const sent = instantMs(report.submittedAt, where, ["options", "reports", i, "submittedAt"]);
    const index = weekIndex.get(day);
    if (index === undefined || sent > nowMs) return;
    let byWeek = earliest.get(report.agencyId);
    if (byWeek === undefined) {
      byWeek = new Map();
      earliest.set(report.agencyId, byWeek);
    }
    const previous = byWeek.get(index);
    if (previous === undefined || sent < previous) byWeek.set(index, sent);
  });

  if (!Array.isArray(agencies))
    throw new PeygirError("invalid_input", `${where}: agencies must be an array`, [
      { path: ["agencies"], message: "must be an array of agencies" },
    ]);
  return agencies.map((agency, a): ReportCompliance => {
    if (typeof agency !== "object" || agency === null || typeof agency.id !== "string")
      throw new PeygirError("invalid_input", `${where}: an agency has no id`, [
        { path: ["agencies", a, "id"], message: "must be a non-empty string" },
      ]);
    const sentBy = earliest.get(agency.id);
    let onTime = 0;
    let late = 0;
    let missing = 0;
    const states = weeks.map((week, i) => {
      const dueMs = dueMsOf[i] as number;
      let state: ReportWeekState;
      const sent = sentBy?.get(i);
      if (dueMs > nowMs) state = "pending";
      else if (sent === undefined) {
        state = "missing";
        missing++;
      } else if (sent <= dueMs) {
        state = "on-time";
        onTime++;
      } else {
        state = "late";
        late++;
      }
      return { due: epochDayToString(week.due), state };
    });
    const due = onTime + late + missing;
    return {
      agencyId: agency.id,
      due,
      onTime,
      late,
      missing,
      onTimeRate: due === 0 ? 1 : onTime / due,
      weeks: states,
    };
  });
}
