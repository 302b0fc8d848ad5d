/**
 * When a task falls due (private): the one reading of a deadline spec and a task's
 * extensions, shared by resolveDueAt, getDeadlineStatus and the scorecards.
 */

import type { CompiledCalendar } from "../../calendar/internal/workTable";
import type { DeadlineSpecInput } from "../../entities/DeadlineSpec";
import type { TaskInput } from "../../entities/Task";
import { PeygirError } from "../../errors/PeygirError";
import { instantMs } from "../../internal/instant";
import { dateDueMs, dayOfDate, localDay, minutesOf, workingDaysDueMs } from "./workingTime";

export const DEADLINE_PATH = ["task", "deadline"] as const;
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
 */
export function specDueMs(
  spec: DeadlineSpecInput,
  issuedMs: number,
  cache: CompiledCalendar,
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
      const move = spec.onNonWorkingDay;
      if (move !== undefined && move !== "next-working-day" && move !== "previous-working-day")
        throw invalidDeadline(
          where,
          [...path, "onNonWorkingDay"],
          'must be "next-working-day" or "previous-working-day"',
        );
      try {
        return dateDueMs(cache, day, minutes, move === "previous-working-day");
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
      const issuedDay = localDay(cache, issuedMs, where, ISSUED_PATH);
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
 * The index of the extension in force at `cutoffMs` (the latest granted by then, by `at`; the
 * later entry on a tie), or -1 when the first deadline is.
 */
export function extensionInForce(task: TaskInput, cutoffMs: number, where: string): number {
  const extensions = task.extensions;
  if (extensions === undefined) return -1;
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
  return best;
}

/** The deadline spec of `task` at extension index `index` (-1: the first deadline). */
export function specAt(task: TaskInput, index: number): DeadlineSpecInput {
  return index < 0
    ? task.deadline
    : (
        (task.extensions as readonly { deadline: DeadlineSpecInput }[])[index] as {
          deadline: DeadlineSpecInput;
        }
      ).deadline;
}

/** The due instant (epoch ms, NaN when none) of `task` with extension `index` in force. */
export function dueMsAt(
  task: TaskInput,
  index: number,
  issuedMs: number,
  cache: CompiledCalendar,
  where: string,
): number {
  return index < 0
    ? specDueMs(task.deadline, issuedMs, cache, where, DEADLINE_PATH)
    : specDueMs(specAt(task, index), issuedMs, cache, where, [
        "task",
        "extensions",
        index,
        "deadline",
      ]);
}

/**
 * The due instant (epoch ms, NaN when none) of a task as seen at `cutoffMs`: the latest
 * extension granted by then (by `at`; the later entry on a tie) replaces the deadline.
 */
export function taskDueMs(
  task: TaskInput,
  issuedMs: number,
  cutoffMs: number,
  cache: CompiledCalendar,
  where: string,
): number {
  return dueMsAt(task, extensionInForce(task, cutoffMs, where), issuedMs, cache, where);
}

/** The issue instant of a task (epoch ms); throws `invalid_instant`. */
export function issuedMsOf(task: TaskInput, where: string): number {
  if (typeof task !== "object" || task === null)
    throw new PeygirError("invalid_input", `${where}: task must be an object`, [
      { path: ["task"], message: "must be a task object" },
    ]);
  return instantMs(task.issuedAt, where, ISSUED_PATH);
}
