import * as z from "zod";
import type { WorkCalendar } from "../calendar/index";
import { addWorkingMs, workingMsBetween } from "../calendar/internal/workingTime";
import type { CompiledCalendar } from "../calendar/internal/workTable";
import type { DeadlineSpecInput } from "../entities/DeadlineSpec";
import type { InstantInput, IsoInstant } from "../entities/IsoInstant";
import type { TaskInput } from "../entities/Task";
import { TaskEvent, type TaskEventInput } from "../entities/TaskEvent";
import { PeygirError } from "../errors/PeygirError";
import { epochDayToString } from "../internal/epochDay";
import { instantMs, isoText } from "../internal/instant";
import { parseWith } from "../internal/zodIssues";
import type { JalaliDate } from "../jalali/JalaliDate";
import type { DeadlineState } from "./DeadlineState";
import { applyEvents, type TaskStage, type TimedEvent } from "./internal/applyEvents";
import { readEventsFast } from "./internal/readEventsFast";
import { issuedMsOf, specDueMs } from "./internal/taskDue";
import { taskShorthands } from "./internal/taskShorthands";
import { calendarOption, localDay, workingDaysFromTo } from "./internal/workingTime";

export type { TaskStage } from "./internal/applyEvents";

/**
 * Options of {@link replayTask}.
 *
 * @category Deadlines
 */
export interface ReplayTaskOptions {
  /** The instant asked about (required: peygir never reads the clock); later events are ignored. */
  readonly now: InstantInput;
  /** The work calendar. Default: the national Iranian calendar. */
  readonly calendar?: WorkCalendar;
  /** The fraction of the time allowed after which an open task is due soon. Default 0.75. */
  readonly warnAt?: number;
  /** Points of progress behind the expected percentage that make a task behind. Default 25. */
  readonly behindBy?: number;
}

/**
 * A task's deadline judged one way (against the deadline in force, or the original one).
 *
 * @category Deadlines
 */
export interface TaskDeadline {
  /** When it falls due, held time added, or `null` without a deadline. */
  readonly dueAt: IsoInstant | null;
  /** The calendar day of `dueAt`. */
  readonly dueDate: JalaliDate | null;
  /** The state: a report (pending or verified) is judged at the instant it was made. */
  readonly state: DeadlineState;
  /** Working days late, for `overdue` and `done-late`; `null` otherwise. */
  readonly workingDaysLate: number | null;
}

/**
 * A task's state at an instant, as its events tell it.
 *
 * @category Deadlines
 */
export interface TaskState {
  /** The task. */
  readonly taskId: string;
  /** Where it is: issued, acknowledged, in progress, on hold, reported, verified, returned, cancelled. */
  readonly stage: TaskStage;
  /** Against the deadline in force (the last rescheduling, else the task's own). */
  readonly deadline: TaskDeadline;
  /** Against the original deadline (rescheduling never moves it; holds do). */
  readonly baseline: TaskDeadline;
  /** The report awaiting verification, or the one verified last. */
  readonly reportedAt: IsoInstant | null;
  /** When the report was verified. */
  readonly verifiedAt: IsoInstant | null;
  /** Working days from the verified report to its verification. */
  readonly verificationLagWorkingDays: number | null;
  /** Working hours from issue to acknowledgement. */
  readonly acknowledgementWorkingHours: number | null;
  /** The last progress reported, the expected percentage at `now`, and whether it is behind. */
  readonly progress: {
    /** The last percentage reported, `null` before any. */
    readonly percent: number | null;
    /** When it was reported. */
    readonly at: IsoInstant | null;
    /** The percentage of the allowed time used by `now`, held time excluded. */
    readonly expectedPercent: number | null;
    /** Whether the task is more than `behindBy` points behind, while not done. */
    readonly behind: boolean;
  };
  /** Working hours the task was held (time that never counts against it). */
  readonly heldWorkingHours: number;
  /** How many times it was rescheduled, returned and held. */
  readonly counts: {
    /** How many `rescheduled` events. */
    readonly reschedules: number;
    /** How many `returned` events. */
    readonly returns: number;
    /** How many `held` events. */
    readonly holds: number;
  };
  /** The events applied, in order (at, then id). */
  readonly timeline: readonly TaskEvent[];
}

const WHERE = "replayTask";
const Events = z.object({ events: z.array(TaskEvent) });

function option(value: unknown, fallback: number, max: number, key: string): number {
  const n = value ?? fallback;
  if (typeof n !== "number" || !(n >= 0 && n <= max))
    throw new PeygirError("invalid_option", `${WHERE}: ${key} must be from 0 to ${max}`, [
      { path: ["options", key], message: `must be a number from 0 to ${max}` },
    ]);
  return n;
}

/** Events checked, tied to the task, sorted by (instant, id). */
/** `["events", i]`, made once per index and shared (paths are read only on errors). */
const EVENT_PATHS: (readonly (string | number)[])[] = [];
function eventPath(i: number): readonly (string | number)[] {
  let path = EVENT_PATHS[i];
  if (path === undefined) {
    path = Object.freeze(["events", i]);
    if (i < 4096) EVENT_PATHS[i] = path;
  }
  return path;
}

function byInstantThenId(a: TimedEvent, b: TimedEvent): number {
  return a.ms - b.ms || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);
}

/** Events checked, tied to the task, sorted by (instant, id). */
function timed(task: TaskInput, events: unknown, issuedMs: number): TimedEvent[] {
  // Events as stored (canonical) are read by hand; the schema reads the others and words errors.
  const instants: number[] = [];
  const fast = readEventsFast(events, instants);
  const given =
    fast ?? parseWith(Events, { events }, "invalid_event", `${WHERE}: invalid events`).events;
  const all: TimedEvent[] = [];
  const add = (event: TaskEvent, path: readonly (string | number)[], ms: number): void => {
    let problem: { key: string; message: string } | null = null;
    if (event.taskId !== task.id) problem = { key: "taskId", message: "must be the task's id" };
    else if (ms < issuedMs)
      problem = { key: "at", message: "must not be before the task's issuedAt" };
    else {
      // A task has a handful of events: a scan costs less than a Set.
      for (const other of all) {
        if (other.event.id === event.id) problem = { key: "id", message: "is repeated" };
      }
    }
    if (problem !== null)
      throw new PeygirError("invalid_event", `${WHERE}: impossible sequence of events`, [
        { path: [...path, problem.key], message: problem.message },
      ]);
    all.push({ event, ms, path });
  };
  given.forEach((event, i) => {
    const path = eventPath(i);
    add(
      event,
      path,
      fast === undefined ? instantMs(event.at, WHERE, [...path, "at"]) : (instants[i] as number),
    );
  });
  for (const item of taskShorthands(task, WHERE)) add(item.event, item.path, item.ms);
  return all.sort(byInstantThenId);
}

/** Held time of the holds: clock ms, and working ms on the calendar. */
function heldTime(cal: CompiledCalendar, holds: readonly [number, number][]): [number, number] {
  let clock = 0;
  let working = 0;
  for (const [start, end] of holds) {
    clock += end - start;
    working += workingMsBetween(cal, start, end, WHERE);
  }
  return [clock, working];
}

interface Judged {
  readonly deadline: TaskDeadline;
  readonly dueMs: number;
}

/** A deadline spec judged at an instant, held time added (clock for hours, working otherwise). */
function judge(
  cal: CompiledCalendar,
  spec: DeadlineSpecInput,
  issuedMs: number,
  held: readonly [number, number],
  at: { readonly ms: number; readonly done: boolean; readonly cancelled: boolean },
  warnAt: number,
  path: readonly (string | number)[],
): Judged {
  let dueMs = specDueMs(spec, issuedMs, cal, WHERE, path);
  const hours = spec.type === "hours";
  if (!Number.isNaN(dueMs))
    dueMs = hours ? dueMs + held[0] : addWorkingMs(cal, dueMs, held[1], WHERE);
  const none = Number.isNaN(dueMs);
  const dueDay = none ? 0 : localDay(cal, dueMs, WHERE, path);
  const lateDays = (): number =>
    workingDaysFromTo(cal, dueDay, localDay(cal, at.ms, WHERE, ["options", "now"]));
  let state: DeadlineState;
  let late: number | null = null;
  if (at.cancelled) state = "cancelled";
  else if (at.done) {
    state = none || at.ms <= dueMs ? "done-on-time" : "done-late";
    if (state === "done-late") late = lateDays();
  } else if (none) state = "open";
  else if (at.ms > dueMs) {
    state = "overdue";
    late = lateDays();
  } else {
    const span = hours
      ? dueMs - issuedMs - held[0]
      : workingMsBetween(cal, issuedMs, dueMs, WHERE) - held[1];
    const used = hours
      ? at.ms - issuedMs - held[0]
      : workingMsBetween(cal, issuedMs, at.ms, WHERE) - held[1];
    state = span <= 0 || used / span >= warnAt ? "due-soon" : "open";
  }
  return {
    dueMs,
    deadline: {
      dueAt: none ? null : isoText(dueMs, cal.timeZone),
      dueDate: none ? null : epochDayToString(dueDay),
      state,
      workingDaysLate: late,
    },
  };
}

/**
 * Replays a task's follow-up events into its state at an instant: its stage, its deadline
 * judged against the deadline in force and against the original one (held time not counted),
 * the report and its verification, progress against what is expected by now, and counts.
 *
 * Events are applied in (`at`, `id`) order whatever the array's order, and events after `now`
 * are ignored, so any past instant can be replayed. A report is judged at the instant it was
 * made (an agency that reported on time is on time even when the secretariat verifies next
 * week). A hold stops the clock: an `hours` deadline moves by the held clock time, a
 * `working-days` or `date` deadline by the held working time. The task's own `completedAt`,
 * `cancelledAt` and `extensions` are shorthands for `reported` + `verified`, `cancelled` and
 * `rescheduled` events. Inputs are never changed.
 *
 * @param taskInput - The task (its input form); the fields replay reads are checked.
 * @param events - Its events (input forms), in any order.
 * @param options - `now` (required), `calendar`, `warnAt`, `behindBy`.
 * @returns The task's state at `now`, plain JSON data.
 * @throws {@link PeygirError} `invalid_event` for an event that does not match `TaskEvent`,
 *   belongs to another task, repeats an id, comes before `issuedAt`, or cannot follow the
 *   events before it (`verified` or `returned` without a pending `reported`, `resumed`
 *   without `held`, anything but `reopened` after `cancelled`), with its path; the codes of
 *   {@link getDeadlineStatus} for the task and `now`; `invalid_option` for a bad `warnAt` or
 *   `behindBy`.
 *
 * @example
 * ```ts
 * const task = {
 *   id: "t1",
 *   agencyId: "edu",
 *   title: "پاسخ به مطالبات",
 *   issuedAt: "2024-07-13T10:00:00+03:30", // Saturday 1403/04/23
 *   deadline: { type: "hours", hours: 24 },
 * } as const;
 * const state = replayTask(
 *   task,
 *   [
 *     { id: "e1", taskId: "t1", type: "held", at: "2024-07-13T12:00:00+03:30", reason: "بودجه" },
 *     { id: "e2", taskId: "t1", type: "resumed", at: "2024-07-13T14:00:00+03:30" },
 *   ],
 *   { now: "2024-07-14T11:00:00+03:30" },
 * );
 * state.deadline.dueAt; // => "2024-07-14T12:00:00+03:30" (24 hours and the 2 held)
 * state.stage; // => "issued"
 * ```
 *
 * @category Deadlines
 */
export function replayTask(
  taskInput: TaskInput,
  events: readonly TaskEventInput[],
  options: ReplayTaskOptions,
): TaskState {
  const task = taskInput;
  if (typeof task !== "object" || task === null || typeof task.id !== "string" || task.id === "")
    throw new PeygirError("invalid_input", `${WHERE}: a task needs an id`, [
      { path: ["task", "id"], message: "must be a non-empty string" },
    ]);
  if (typeof options !== "object" || options === null)
    throw new PeygirError("invalid_option", `${WHERE}: options with now are required`, [
      { path: ["options"], message: "must be an object with now" },
    ]);
  const nowMs = instantMs(options.now, WHERE, ["options", "now"]);
  const warnAt = option(options.warnAt, 0.75, 1, "warnAt");
  const behindBy = option(options.behindBy, 25, 100, "behindBy");
  const cal = calendarOption(options, WHERE);
  const issuedMs = issuedMsOf(task, WHERE);
  const applied = applyEvents(timed(task, events, issuedMs), task.deadline, nowMs);
  const held = heldTime(cal, applied.holds);
  const reportMs = applied.pendingReportMs ?? applied.verifiedReportMs;
  const at = {
    ms: reportMs ?? nowMs,
    done: reportMs !== null,
    cancelled: applied.stage === "cancelled",
  };
  const current = judge(cal, applied.deadline, issuedMs, held, at, warnAt, ["task", "deadline"]);
  const baseline = judge(cal, task.deadline, issuedMs, held, at, warnAt, ["task", "deadline"]);
  const expected = expectedPercent(cal, applied.deadline, issuedMs, current.dueMs, nowMs, held);
  const percent = applied.progress?.percent ?? null;
  const iso = (ms: number | null): IsoInstant | null =>
    ms === null ? null : isoText(ms, cal.timeZone);
  return {
    taskId: task.id,
    stage: applied.stage,
    deadline: current.deadline,
    baseline: baseline.deadline,
    reportedAt: iso(reportMs),
    verifiedAt: iso(applied.verifiedMs),
    verificationLagWorkingDays:
      applied.verifiedMs === null || applied.verifiedReportMs === null
        ? null
        : workingDaysFromTo(
            cal,
            localDay(cal, applied.verifiedReportMs, WHERE, ["events"]),
            localDay(cal, applied.verifiedMs, WHERE, ["events"]),
          ),
    acknowledgementWorkingHours:
      applied.acknowledgedMs === null
        ? null
        : workingMsBetween(cal, issuedMs, applied.acknowledgedMs, WHERE) / 3_600_000,
    progress: {
      percent,
      at: iso(applied.progress?.ms ?? null),
      expectedPercent: expected,
      behind:
        !at.done && !at.cancelled && expected !== null && expected - (percent ?? 0) > behindBy,
    },
    heldWorkingHours: held[1] / 3_600_000,
    counts: {
      reschedules: applied.reschedules,
      returns: applied.returns,
      holds: applied.holds.length,
    },
    timeline: applied.applied,
  };
}

/** The percentage of the allowed time used by `nowMs` (held time excluded), 0–100. */
function expectedPercent(
  cal: CompiledCalendar,
  spec: DeadlineSpecInput,
  issuedMs: number,
  dueMs: number,
  nowMs: number,
  held: readonly [number, number],
): number | null {
  if (Number.isNaN(dueMs)) return null;
  const hours = spec.type === "hours";
  const allowed = hours
    ? dueMs - issuedMs - held[0]
    : workingMsBetween(cal, issuedMs, dueMs, WHERE) - held[1];
  const used = hours
    ? nowMs - issuedMs - held[0]
    : workingMsBetween(cal, issuedMs, nowMs, WHERE) - held[1];
  if (allowed <= 0) return 100;
  return Math.round(Math.min(100, Math.max(0, (used / allowed) * 100)) * 10) / 10;
}
