import type { WorkCalendar } from "../calendar/index";
import type { IsoInstant } from "../entities/IsoInstant";
import type { TaskInput } from "../entities/Task";
import { isoText } from "../internal/instant";
import { DEADLINE_PATH, issuedMsOf, taskDueMs } from "./internal/taskDue";
import { calendarOption, localDay } from "./internal/workingTime";

/**
 * Options of {@link resolveDueAt}.
 *
 * @category Deadlines
 */
export interface ResolveDueAtOptions {
  /** The work calendar that counts working days and office hours. Default: the Iranian one. */
  readonly calendar?: WorkCalendar;
}

/**
 * The instant a task falls due on a work calendar, or `null` when it has no deadline.
 *
 * - `{ type: "date", date, time?, onNonWorkingDay? }`: at `time` on `date`, or at the close of
 *   office hours when no time is given; a date that is not a working day moves to the next
 *   working day (as Iranian procedure law extends a deadline ending on a holiday), or to the
 *   previous one with `onNonWorkingDay: "previous-working-day"`, keeping the time or taking
 *   that day's closing time.
 * - `{ type: "hours", hours }`: exactly that many clock hours after `issuedAt`.
 * - `{ type: "working-days", days }`: the close of office hours on the `days`-th working day
 *   after the calendar day of `issuedAt` (0: that day if it is a working day, else the next).
 * - `{ type: "none" }`: `null`.
 *
 * The latest entry of `extensions` (by `at`, every one counted here; see
 * {@link getDeadlineStatus} to replay a past instant) replaces the deadline. Its `hours` and
 * `working-days` still count from `issuedAt`.
 *
 * @param task - The task (as validated by the `Task` schema, or its input form).
 * @param options - {@link ResolveDueAtOptions}.
 * @returns The due instant, an ISO 8601 string in the calendar's time zone, or `null`.
 * @throws {@link PeygirError} `invalid_instant` for a bad `issuedAt` or extension `at`,
 *   `invalid_deadline` for a malformed deadline (path to the field), `out_of_range` when the
 *   task is issued or falls due outside Jalali 1300–1500, `invalid_calendar` for a calendar
 *   that is not an object.
 *
 * @example
 * ```ts
 * // Issued Saturday 1403/04/23 at 10:00; 2 working days: Sunday 24 is the first, Monday 25
 * // (Tasua) and Tuesday 26 (Ashura) are holidays, so the second is Wednesday 1403/04/27,
 * // due at its close, 14:30 Tehran time.
 * resolveDueAt({
 *   id: "t1",
 *   agencyId: "edu",
 *   title: "گزارش",
 *   issuedAt: "2024-07-13T10:00:00+03:30",
 *   deadline: { type: "working-days", days: 2 },
 * }); // => "2024-07-17T14:30:00+03:30"
 * ```
 *
 * @category Deadlines
 */
export function resolveDueAt(task: TaskInput, options?: ResolveDueAtOptions): IsoInstant | null {
  const where = "resolveDueAt";
  const cache = calendarOption(options, where);
  const issuedMs = issuedMsOf(task, where);
  const due = taskDueMs(task, issuedMs, Number.POSITIVE_INFINITY, cache, where);
  if (Number.isNaN(due)) return null;
  // Past 1300–1500 (an hours window of 10^10 hours): out_of_range, as getDeadlineStatus says,
  // never an Invalid Date.
  localDay(cache, due, where, DEADLINE_PATH);
  return isoText(due, cache.timeZone);
}
