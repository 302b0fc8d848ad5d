import type { WorkCalendar } from "../calendar/index";
import type { AgencyInput } from "../entities/Agency";
import type { InstantInput } from "../entities/IsoInstant";
import type { SponsorshipInput } from "../entities/Sponsorship";
import type { TaskInput } from "../entities/Task";
import type { WeeklyReportInput } from "../entities/WeeklyReport";
import { PeygirError } from "../errors/PeygirError";
import { epochDayToString } from "../internal/epochDay";
import { instantMs } from "../internal/instant";
import type { Weekday } from "../jalali/Weekday";
import type { DeadlineState, DeadlineStatus } from "./DeadlineState";
import { getReportCompliance } from "./getReportCompliance";
import { rethrowAt } from "./internal/rethrowAt";
import { statusAt } from "./internal/statusAt";
import { calendarOption, dayOfDate, localDay } from "./internal/workingTime";
import type { OnNonWorkingDay } from "./listReportDueDates";

/**
 * Options of {@link getAgencyScorecards}.
 *
 * @category Deadlines
 */
export interface GetAgencyScorecardsOptions {
  /** Their tasks (tasks of other agencies are ignored). */
  readonly tasks: readonly TaskInput[];
  /** Their sponsorships of needy households, if sponsorship is to be scored. */
  readonly sponsorships?: readonly SponsorshipInput[];
  /** Their weekly reports; when given, each card gets a `reports` part. */
  readonly reports?: readonly WeeklyReportInput[];
  /** The instant asked about (required: peygir never reads the clock). */
  readonly now: InstantInput;
  /** The work calendar. Default: the Iranian one. */
  readonly calendar?: WorkCalendar;
  /** The households each agency should sponsor when it has no `sponsorshipQuota`. Default 5. */
  readonly perAgency?: number;
  /** The first day weekly reports are counted from. Default: the earliest `week` reported. */
  readonly reportsFrom?: string;
  /** The weekday reports are due. Default `"thursday"`. */
  readonly weekday?: Weekday;
  /** Where a report day that is not a working day goes. Default `"previous-working-day"`. */
  readonly onNonWorkingDay?: OnNonWorkingDay;
  /** The fraction of the time allowed after which a task is due soon. Default 0.75. */
  readonly warnAt?: number;
}

/**
 * How one agency keeps its duties: tasks by state, punctuality, sponsorship quota and weekly
 * reports.
 *
 * @category Deadlines
 */
export interface AgencyScorecard {
  /** The agency. */
  readonly agencyId: string;
  /** How many of its tasks are in each state. */
  readonly tasks: Readonly<Record<DeadlineState, number>>;
  /** Adherence: tasks done on time over all due by now (done + overdue); null if none due. */
  readonly onTimeRate: number | null;
  /** How many of its tasks are overdue. */
  readonly overdue: number;
  /** The overdue task with the earliest due instant (by id on a tie), `null` when none. */
  readonly oldestOverdueTaskId: string | null;
  /** Needy households under its coverage against its quota. */
  readonly sponsorship: {
    /** `sponsorshipQuota` of the agency, else `perAgency`. */
    readonly quota: number;
    /** Sponsorships active on the day of `now`. */
    readonly active: number;
    /** `max(0, quota − active)`. */
    readonly shortfall: number;
  };
  /** Its weekly-report record from `reportsFrom` to the day of `now` (when reports given). */
  readonly reports?: {
    /** On-time reports over the weeks due. */
    readonly onTimeRate: number;
    /** Weeks without a report. */
    readonly missing: number;
  };
}

function emptyCounts(): Record<DeadlineState, number> {
  return { open: 0, "due-soon": 0, overdue: 0, "done-on-time": 0, "done-late": 0, cancelled: 0 };
}

/**
 * One scorecard per agency, worst first: the follow-up picture a governor's office needs
 * before an administrative council ("managers must adhere to implementing council
 * resolutions").
 *
 * Task states come from {@link getDeadlineStatus} at `now`; a sponsorship counts as active when
 * its status is `"active"` and the day of `now` lies in [since, until]; the report part (only
 * when `reports` is given) comes from {@link getReportCompliance} over [reportsFrom, day of now].
 *
 * `onTimeRate` is done on time over everything due by now (done + overdue), `null` when
 * nothing was due. Cards are sorted worst first by: more overdue tasks, lower on-time rate
 * (`null` best), more missing reports, lower report on-time rate, larger sponsorship
 * shortfall, then agency id, so the order is deterministic.
 *
 * @param agencies - The agencies to score (every one given gets a card).
 * @param options - The tasks, `now`, and `sponsorships`, `reports`, `calendar`, `perAgency`,
 *   `reportsFrom`, `weekday`, `onNonWorkingDay`, `warnAt`.
 * @returns The scorecards, worst first.
 * @throws {@link PeygirError} the codes of {@link getDeadlineStatus} (paths start with
 *   `options`, `tasks`, index) and {@link getReportCompliance}; `invalid_option` for a `perAgency` that is
 *   not a whole number ≥ 0; `invalid_input` for an agency quota that is not one, a task that
 *   is not an object, a task of a scored agency without an id, or `sponsorships` or
 *   `reports` that are not arrays; `invalid_jalali_date` for a bad sponsorship `since` or
 *   `until`.
 *
 * @example
 * ```ts
 * const agencies = [
 *   { id: "edu", name: "آموزش و پرورش", region: { province: "کرمان" } },
 *   { id: "water", name: "آبفا", region: { province: "کرمان" }, sponsorshipQuota: 3 },
 * ];
 * const cards = getAgencyScorecards(agencies, {
 *   tasks: [
 *     { id: "a", agencyId: "edu", title: "پاسخ", issuedAt: "2024-07-13T09:00:00+03:30",
 *       deadline: { type: "hours", hours: 24 }, completedAt: "2024-07-13T15:00:00+03:30" },
 *     { id: "b", agencyId: "water", title: "پاسخ", issuedAt: "2024-07-13T09:00:00+03:30",
 *       deadline: { type: "hours", hours: 24 } },
 *   ],
 *   sponsorships: [
 *     { id: "s1", agencyId: "edu", householdId: "h1", since: "1403/01/15", status: "active" },
 *   ],
 *   now: "2024-07-16T10:00:00+03:30",
 * });
 * cards.map((c) => [c.agencyId, c.overdue, c.onTimeRate, c.sponsorship.shortfall]);
 * // => [["water", 1, 0, 3], ["edu", 0, 1, 4]]
 * ```
 *
 * @category Deadlines
 */
export function getAgencyScorecards(
  agencies: readonly AgencyInput[],
  options: GetAgencyScorecardsOptions,
): AgencyScorecard[] {
  const where = "getAgencyScorecards";
  if (typeof options !== "object" || options === null)
    throw new PeygirError("invalid_option", `${where}: options must be an object`, [
      { path: ["options"], message: "must be an object with tasks and now" },
    ]);
  const input = options;
  const nowMs = instantMs(input.now, where, ["options", "now"]);
  const perAgency = input.perAgency ?? 5;
  if (!Number.isInteger(perAgency) || perAgency < 0)
    throw new PeygirError("invalid_option", `${where}: perAgency must be a whole number`, [
      { path: ["options", "perAgency"], message: "must be an integer 0 or more" },
    ]);
  const warnAt = input.warnAt ?? 0.75;
  // typeof first: comparing an object calls its toString, which JSON can make a non-function.
  if (typeof warnAt !== "number" || !(warnAt >= 0 && warnAt <= 1))
    throw new PeygirError("invalid_option", `${where}: warnAt must be from 0 to 1`, [
      { path: ["options", "warnAt"], message: "must be a number from 0 to 1" },
    ]);
  const cal = calendarOption(options, where);
  const today = localDay(cal, nowMs, where, ["options", "now"]);
  if (!Array.isArray(agencies) || !Array.isArray(input.tasks))
    throw new PeygirError("invalid_input", `${where}: agencies and tasks must be arrays`, [
      {
        path: Array.isArray(agencies) ? ["options", "tasks"] : ["agencies"],
        message: "must be an array",
      },
    ]);
  for (const name of ["sponsorships", "reports"] as const) {
    if (input[name] !== undefined && !Array.isArray(input[name]))
      throw new PeygirError("invalid_input", `${where}: ${name} must be an array`, [
        { path: ["options", name], message: "must be an array" },
      ]);
  }

  interface Tally {
    counts: Record<DeadlineState, number>;
    oldestId: string | null;
    oldestDue: number;
    active: number;
  }
  const tallies = new Map<string, Tally>();
  agencies.forEach((agency, i) => {
    if (
      typeof agency !== "object" ||
      agency === null ||
      typeof agency.id !== "string" ||
      agency.id === ""
    )
      throw new PeygirError("invalid_input", `${where}: an agency has no id`, [
        { path: ["agencies", i, "id"], message: "must be a non-empty string" },
      ]);
    const quota = agency.sponsorshipQuota;
    if (quota !== undefined && !(Number.isInteger(quota) && quota >= 0))
      throw new PeygirError("invalid_input", `${where}: an agency has a bad quota`, [
        { path: ["agencies", i, "sponsorshipQuota"], message: "must be a whole number ≥ 0" },
      ]);
    tallies.set(agency.id, { counts: emptyCounts(), oldestId: null, oldestDue: 0, active: 0 });
  });

  input.tasks.forEach((task, i) => {
    if (typeof task !== "object" || task === null)
      throw new PeygirError("invalid_input", `${where}: a task is not an object`, [
        { path: ["options", "tasks", i], message: "must be a task object" },
      ]);
    const tally = tallies.get(task.agencyId);
    if (tally === undefined) return;
    // The id names the oldest overdue task on the card.
    if (typeof task.id !== "string" || task.id === "")
      throw new PeygirError("invalid_input", `${where}: a task has no id`, [
        { path: ["options", "tasks", i, "id"], message: "must be a non-empty string" },
      ]);
    let status: DeadlineStatus;
    try {
      status = statusAt(task, nowMs, cal, warnAt, where);
    } catch (error) {
      rethrowAt(error, where, ["options", "tasks", i]);
    }
    tally.counts[status.state]++;
    if (status.state === "overdue") {
      const due = Date.parse(status.dueAt as string);
      if (
        tally.oldestId === null ||
        due < tally.oldestDue ||
        (due === tally.oldestDue && task.id < tally.oldestId)
      ) {
        tally.oldestId = task.id;
        tally.oldestDue = due;
      }
    }
  });

  (input.sponsorships ?? []).forEach((sponsorship, i) => {
    const tally = tallies.get(sponsorship?.agencyId);
    if (tally === undefined || sponsorship.status !== "active") return;
    const since = dayOfDate(sponsorship.since);
    const until =
      sponsorship.until === undefined ? Number.POSITIVE_INFINITY : dayOfDate(sponsorship.until);
    if (Number.isNaN(since) || Number.isNaN(until))
      throw new PeygirError("invalid_jalali_date", `${where}: invalid sponsorship date`, [
        {
          path: ["options", "sponsorships", i, Number.isNaN(since) ? "since" : "until"],
          message: "must be a Jalali date YYYY/MM/DD",
        },
      ]);
    if (since <= today && today <= until) tally.active++;
  });

  let reports: Map<string, { onTimeRate: number; missing: number }> | undefined;
  if (input.reports !== undefined) {
    let from = input.reportsFrom === undefined ? today : dayOfDate(input.reportsFrom);
    if (Number.isNaN(from))
      throw new PeygirError("invalid_jalali_date", `${where}: invalid reportsFrom`, [
        { path: ["options", "reportsFrom"], message: "must be a Jalali date YYYY/MM/DD" },
      ]);
    if (input.reportsFrom === undefined) {
      for (const report of input.reports) {
        const week = dayOfDate(report?.week);
        if (week < from) from = week;
      }
    }
    reports = new Map(
      getReportCompliance(agencies, {
        calendar: cal.calendar,
        reports: input.reports,
        from: epochDayToString(from),
        to: epochDayToString(today),
        now: input.now,
        ...(input.weekday === undefined ? {} : { weekday: input.weekday }),
        ...(input.onNonWorkingDay === undefined ? {} : { onNonWorkingDay: input.onNonWorkingDay }),
      }).map((record) => [
        record.agencyId,
        { onTimeRate: record.onTimeRate, missing: record.missing },
      ]),
    );
  }

  const cards = agencies.map((agency): AgencyScorecard => {
    const tally = tallies.get(agency.id) as Tally;
    const { counts } = tally;
    const due = counts["done-on-time"] + counts["done-late"] + counts.overdue;
    const quota = agency.sponsorshipQuota ?? perAgency;
    const card: AgencyScorecard = {
      agencyId: agency.id,
      tasks: { ...counts },
      onTimeRate: due === 0 ? null : counts["done-on-time"] / due,
      overdue: counts.overdue,
      oldestOverdueTaskId: tally.oldestId,
      sponsorship: { quota, active: tally.active, shortfall: Math.max(0, quota - tally.active) },
    };
    const record = reports?.get(agency.id);
    return record === undefined ? card : { ...card, reports: record };
  });
  // Two cards for one agency id are identical, so the order is total; null (nothing due) is best.
  return cards.sort(
    (a, b) =>
      b.overdue - a.overdue ||
      (a.onTimeRate ?? 2) - (b.onTimeRate ?? 2) ||
      (b.reports?.missing ?? 0) - (a.reports?.missing ?? 0) ||
      (a.reports?.onTimeRate ?? 1) - (b.reports?.onTimeRate ?? 1) ||
      b.sponsorship.shortfall - a.sponsorship.shortfall ||
      (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0),
  );
}
