/**
 * Where a task stands at an instant (private): the unchecked core of getDeadlineStatus, which
 * checks its options first, and which the scorecards and the follow-up report call directly
 * for each task with the options they checked once.
 */
import { workingMsBetween } from "../../calendar/internal/workingTime";
import type { CompiledCalendar } from "../../calendar/internal/workTable";
import type { TaskInput } from "../../entities/Task";
import { PeygirError } from "../../errors/PeygirError";
import { epochDayToString } from "../../internal/epochDay";
import { instantMs, isoText } from "../../internal/instant";
import type { DeadlineState, DeadlineStatus } from "../DeadlineState";
import { dueMsAt, extensionInForce, issuedMsOf, specAt } from "./taskDue";
import { dayAt, offsetOf, workingDaysFromTo } from "./workingTime";

const NOW_PATH = ["options", "now"] as const;
const COMPLETED_PATH = ["task", "completedAt"] as const;
const CANCELLED_PATH = ["task", "cancelledAt"] as const;
const DUE_PATH = ["task", "deadline"] as const;

/** `ms` of the closing field at `path`, refused when it is before the task was issued. */
function closedMs(ms: number, issuedMs: number, where: string, path: readonly string[]): number {
  if (ms < issuedMs)
    throw new PeygirError("invalid_task", `${where}: task closed before it was issued`, [
      { path, message: "must not be before issuedAt" },
    ]);
  return ms;
}

function status(
  state: DeadlineState,
  dueAt: string | null,
  dueDate: string | null,
  remainingMs: number | null,
  elapsed: number | null,
  workingDaysLate: number | null,
): DeadlineStatus {
  return {
    state,
    dueAt,
    dueDate: dueDate === null ? null : dueDate,
    remainingMs,
    elapsed,
    workingDaysLate,
  };
}

/**
 * The fraction of issued → due passed at `at`, in working time when `working` (a deadline of
 * working days or a date: holidays do not use up the time allowed), else in clock time; a
 * window with no time in it is 0 before the due instant, 1 from it on.
 */
function fraction(
  cal: CompiledCalendar,
  working: boolean,
  issuedMs: number,
  dueMs: number,
  at: number,
  where: string,
): number {
  if (!working) {
    const span = dueMs - issuedMs;
    if (span <= 0) return at >= dueMs ? 1 : 0;
    return (at - issuedMs) / span;
  }
  const span = workingMsBetween(cal, issuedMs, dueMs, where);
  if (span <= 0) return at >= dueMs ? 1 : 0;
  return workingMsBetween(cal, issuedMs, at, where) / span;
}

/**
 * The status of `task` at `nowMs` on the compiled calendar `cal`, `"due-soon"` from the
 * fraction `warnAt` of its window on; `where` names the public caller in errors about the task
 * (its paths start with `task`).
 */
export function statusAt(
  task: TaskInput,
  nowMs: number,
  cal: CompiledCalendar,
  warnAt: number,
  where: string,
): DeadlineStatus {
  const issuedMs = issuedMsOf(task, where);
  const inForce = extensionInForce(task, nowMs, where);
  const dueMs = dueMsAt(task, inForce, issuedMs, cal, where);
  // Valid whenever dueMs is a number: specDueMs has read the spec's type.
  const working = !Number.isNaN(dueMs) && specAt(task, inForce).type !== "hours";
  const hasDue = !Number.isNaN(dueMs);
  let dueDay = 0;
  let dueAt: string | null = null;
  let dueDate: string | null = null;
  if (hasDue) {
    const offset = offsetOf(cal, dueMs);
    dueDay = dayAt(dueMs, offset, where, DUE_PATH);
    dueAt = isoText(dueMs, cal.timeZone);
    dueDate = epochDayToString(dueDay);
  }

  if (task.cancelledAt !== undefined) {
    const cancelledMs = closedMs(
      instantMs(task.cancelledAt, where, CANCELLED_PATH),
      issuedMs,
      where,
      CANCELLED_PATH,
    );
    if (cancelledMs <= nowMs) return status("cancelled", dueAt, dueDate, null, null, null);
  }
  if (task.completedAt !== undefined) {
    const doneMs = closedMs(
      instantMs(task.completedAt, where, COMPLETED_PATH),
      issuedMs,
      where,
      COMPLETED_PATH,
    );
    if (doneMs <= nowMs) {
      if (!hasDue) return status("done-on-time", null, null, null, null, null);
      const elapsed = fraction(cal, working, issuedMs, dueMs, doneMs, where);
      if (doneMs <= dueMs)
        return status("done-on-time", dueAt, dueDate, dueMs - doneMs, elapsed, null);
      const late = workingDaysFromTo(
        cal,
        dueDay,
        dayAt(doneMs, offsetOf(cal, doneMs), where, COMPLETED_PATH),
      );
      return status("done-late", dueAt, dueDate, dueMs - doneMs, elapsed, late);
    }
  }
  if (!hasDue) return status("open", null, null, null, null, null);
  const elapsed = fraction(cal, working, issuedMs, dueMs, nowMs, where);
  if (nowMs > dueMs) {
    const late = workingDaysFromTo(
      cal,
      dueDay,
      dayAt(nowMs, offsetOf(cal, nowMs), where, NOW_PATH),
    );
    return status("overdue", dueAt, dueDate, dueMs - nowMs, elapsed, late);
  }
  return status(
    elapsed >= warnAt ? "due-soon" : "open",
    dueAt,
    dueDate,
    dueMs - nowMs,
    elapsed,
    null,
  );
}
