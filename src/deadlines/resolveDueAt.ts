import type { WorkCalendar } from "../calendar/index";
import type { DeadlineSpecInput } from "../entities/DeadlineSpec";
import type { TaskInput } from "../entities/Task";
import { PeygirError } from "../errors/PeygirError";
import {
  type CalendarCache,
  cacheFor,
  dateDueMs,
  dayOf,
  dayOfDate,
  minutesOf,
  workingDaysDueMs,
} from "./internal/calendarCache";
import { instantMs } from "./internal/instant";

/**
 * Options of {@link resolveDueAt}.
 *
 * @category Deadlines
 */
export interface ResolveDueAtOptions {
  /** The work calendar that counts working days and office hours. Default: the Iranian one. */
  readonly calendar?: WorkCalendar;
}

const DEADLINE_PATH = ["task", "deadline"] as const;
const ISSUED_PATH = ["task", "issuedAt"] as const;

function invalidDeadline(
  where: string,
  path: readonly (string | number)[],
  message: string,
): PeygirError {
  return new PeygirError("invalid_deadline", `${where}: invalid deadline`, [{ path, message }]);
}

/**
 * The due instant (epoch ms) of one deadline spec, NaN for `none`. Validates the spec.
 * @internal
 */
export function specDueMs(
  spec: DeadlineSpecInput,
  issuedMs: number,
  cache: CalendarCache,
  where: string,
  path: readonly (string | number)[],
): number {
  if (typeof spec !== "object" || spec === null)
    throw invalidDeadline(where, path, "must be a deadline object with a type");
  switch (spec.type) {
    case "hours": {
      const hours = spec.hours;
      if (typeof hours !== "number" || !(hours > 0) || hours === Number.POSITIVE_INFINITY)
        throw invalidDeadline(where, [...path, "hours"], "must be a number of hours above 0");
      // To the millisecond, as instants are (and as addWorkingHours rounds).
      return issuedMs + Math.round(hours * 3_600_000);
    }
    case "date": {
      const day = dayOfDate(spec.date);
      if (Number.isNaN(day))
        throw invalidDeadline(where, [...path, "date"], "must be a Jalali date YYYY/MM/DD");
      const minutes = spec.time === undefined ? -1 : minutesOf(spec.time);
      if (Number.isNaN(minutes))
        throw invalidDeadline(where, [...path, "time"], "must be a time HH:mm");
      try {
        return dateDueMs(cache, day, minutes);
      } catch (error) {
        throw dueError(error, where, path);
      }
    }
    case "working-days": {
      const days = spec.days;
      if (!Number.isInteger(days) || days < 0)
        throw invalidDeadline(
          where,
          [...path, "days"],
          "must be a whole number of days, 0 or more",
        );
      const issuedDay = dayOf(cache, issuedMs, where, ISSUED_PATH);
      try {
        return workingDaysDueMs(cache, issuedDay, days);
      } catch (error) {
        throw dueError(error, where, path);
      }
    }
    case "none":
      return Number.NaN;
    default:
      return unknownType(spec, where, path);
  }
}

/**
 * The error to throw for `error`, met while finding a due day: past Jalali 1500 the calendar
 * functions say so in their own names, so it becomes an `out_of_range` of `where` at the
 * deadline's `path` (no closure on the hot path: the callers catch).
 */
function dueError(error: unknown, where: string, path: readonly (string | number)[]): unknown {
  if (!(error instanceof PeygirError && error.code === "out_of_range")) return error;
  return new PeygirError("out_of_range", `${where}: due date outside Jalali 1300–1500`, [
    { path, message: "must fall due in Jalali years 1300 to 1500" },
  ]);
}

function unknownType(_spec: never, where: string, path: readonly (string | number)[]): never {
  throw invalidDeadline(
    where,
    [...path, "type"],
    'must be "date", "hours", "working-days" or "none"',
  );
}

/**
 * The due instant (epoch ms, NaN when none) of a task as seen at `cutoffMs`: the latest
 * extension granted by then (by `at`; the later entry on a tie) replaces the deadline.
 * @internal
 */
export function taskDueMs(
  task: TaskInput,
  issuedMs: number,
  cutoffMs: number,
  cache: CalendarCache,
  where: string,
): number {
  const extensions = task.extensions;
  if (extensions !== undefined) {
    if (!Array.isArray(extensions))
      throw new PeygirError("invalid_input", `${where}: invalid extensions`, [
        { path: ["task", "extensions"], message: "must be an array" },
      ]);
    let best = -1;
    let bestAt = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < extensions.length; i++) {
      const at = instantMs(extensions[i]?.at, where, ["task", "extensions", i, "at"]);
      if (at <= cutoffMs && at >= bestAt) {
        best = i;
        bestAt = at;
      }
    }
    if (best >= 0) {
      return specDueMs(
        (extensions[best] as { deadline: DeadlineSpecInput }).deadline,
        issuedMs,
        cache,
        where,
        ["task", "extensions", best, "deadline"],
      );
    }
  }
  return specDueMs(task.deadline, issuedMs, cache, where, DEADLINE_PATH);
}

/** The issue instant of a task (epoch ms); throws `invalid_instant`. @internal */
export function issuedMsOf(task: TaskInput, where: string): number {
  if (typeof task !== "object" || task === null)
    throw new PeygirError("invalid_input", `${where}: task must be an object`, [
      { path: ["task"], message: "must be a task object" },
    ]);
  return instantMs(task.issuedAt, where, ISSUED_PATH);
}

/**
 * The instant a task falls due on a work calendar, or `null` when it has no deadline.
 *
 * - `{ type: "date", date, time? }`: at `time` on `date`, or at the close of office hours when
 *   no time is given; a date that is not a working day moves to the next working day (as
 *   Iranian procedure law extends a deadline ending on a holiday), keeping the time or taking
 *   that day's closing time.
 * - `{ type: "hours", hours }`: exactly that many clock hours after `issuedAt`.
 * - `{ type: "working-days", days }`: the close of office hours on the `days`-th working day
 *   after the calendar day of `issuedAt` (0: that day if it is a working day, else the next).
 * - `{ type: "none" }`: `null`.
 *
 * The latest entry of `extensions` (by `at`, every one counted here; see
 * {@link deadlineStatus} to replay a past instant) replaces the deadline. Its `hours` and
 * `working-days` still count from `issuedAt`.
 *
 * @param task - The task (as validated by the `Task` schema, or its input form).
 * @param options - {@link ResolveDueAtOptions}.
 * @returns The due instant, or `null`.
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
 * })?.toISOString(); // => "2024-07-17T11:00:00.000Z"
 * ```
 *
 * @category Deadlines
 */
export function resolveDueAt(task: TaskInput, options?: ResolveDueAtOptions): Date | null {
  const where = "resolveDueAt";
  const cache = cacheFor(options?.calendar, "resolveDueAt", ["options", "calendar"]);
  const issuedMs = issuedMsOf(task, where);
  const due = taskDueMs(task, issuedMs, Number.POSITIVE_INFINITY, cache, where);
  if (Number.isNaN(due)) return null;
  // Past 1300–1500 (an hours window of 10^10 hours): out_of_range, as deadlineStatus says,
  // never an Invalid Date.
  dayOf(cache, due, where, DEADLINE_PATH);
  return new Date(due);
}
