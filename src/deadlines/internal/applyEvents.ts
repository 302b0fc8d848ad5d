/**
 * A task's events applied in order up to an instant (private): the stage they lead to, the
 * holds, the pending and verified reports, the deadline in force, the counts. Refuses an
 * impossible sequence with the path of the offending event. replayTask turns the result into
 * deadline states and progress.
 */
import type { DeadlineSpecInput } from "../../entities/DeadlineSpec";
import type { TaskEvent } from "../../entities/TaskEvent";
import { PeygirError } from "../../errors/PeygirError";

/** Where a task is in its life. */
export type TaskStage =
  | "issued"
  | "acknowledged"
  | "in-progress"
  | "on-hold"
  | "reported"
  | "verified"
  | "returned"
  | "cancelled";

/** An event with its instant in ms and its place in the given array (for error paths). */
export interface TimedEvent {
  readonly event: TaskEvent;
  readonly ms: number;
  readonly path: readonly (string | number)[];
}

/** What the events up to an instant say. */
export interface AppliedEvents {
  stage: TaskStage;
  /** [start, end) of each hold, in ms; an open hold ends at the instant asked about. */
  readonly holds: [number, number][];
  /** The deadline in force (the last `rescheduled`, else the task's own). */
  deadline: DeadlineSpecInput;
  /** The report awaiting verification, if any. */
  pendingReportMs: number | null;
  /** The report that was verified last, and when. */
  verifiedReportMs: number | null;
  verifiedMs: number | null;
  acknowledgedMs: number | null;
  progress: { readonly percent: number; readonly ms: number } | null;
  reschedules: number;
  returns: number;
  readonly applied: TaskEvent[];
}

function refuse(item: TimedEvent, message: string): PeygirError {
  return new PeygirError("invalid_event", "replayTask: impossible sequence of events", [
    { path: item.path, message },
  ]);
}

/**
 * Applies `events` (sorted by instant, then id) that happen at or before `nowMs` to a task
 * whose own deadline is `deadline`.
 */
export function applyEvents(
  events: readonly TimedEvent[],
  deadline: DeadlineSpecInput,
  nowMs: number,
): AppliedEvents {
  const state: AppliedEvents = {
    stage: "issued",
    holds: [],
    deadline,
    pendingReportMs: null,
    verifiedReportMs: null,
    verifiedMs: null,
    acknowledgedMs: null,
    progress: null,
    reschedules: 0,
    returns: 0,
    applied: [],
  };
  let openHold: [number, number] | null = null;
  /** The stage to go back to when a hold ends. */
  let beforeHold: TaskStage = "issued";
  for (const item of events) {
    if (item.ms > nowMs) break;
    const { event } = item;
    if (state.stage === "cancelled" && event.type !== "reopened")
      throw refuse(item, "only reopened may follow cancelled");
    switch (event.type) {
      case "acknowledged":
        state.acknowledgedMs ??= item.ms;
        if (state.stage === "issued") state.stage = "acknowledged";
        break;
      case "progress":
        state.progress = { percent: event.percent, ms: item.ms };
        if (state.stage !== "on-hold" && state.stage !== "reported") state.stage = "in-progress";
        break;
      case "held":
        if (openHold !== null) throw refuse(item, "the task is already held");
        openHold = [item.ms, nowMs];
        state.holds.push(openHold);
        beforeHold = state.stage;
        state.stage = "on-hold";
        break;
      case "resumed":
        if (openHold === null) throw refuse(item, "resumed needs a held before it");
        openHold[1] = item.ms;
        openHold = null;
        state.stage = beforeHold;
        break;
      case "rescheduled":
        state.deadline = event.deadline;
        state.reschedules++;
        break;
      case "reported":
        if (state.pendingReportMs !== null) throw refuse(item, "a report is already pending");
        state.pendingReportMs = item.ms;
        state.stage = "reported";
        break;
      case "verified":
      case "returned":
        if (state.pendingReportMs === null)
          throw refuse(item, `${event.type} needs a pending reported before it`);
        if (event.type === "verified") {
          state.verifiedReportMs = state.pendingReportMs;
          state.verifiedMs = item.ms;
          state.stage = "verified";
        } else {
          state.returns++;
          state.stage = "returned";
        }
        state.pendingReportMs = null;
        break;
      case "cancelled":
        state.stage = "cancelled";
        break;
      case "reopened":
        if (state.stage !== "cancelled" && state.stage !== "verified")
          throw refuse(item, "reopened needs a cancelled or verified task");
        state.verifiedReportMs = null;
        state.verifiedMs = null;
        state.stage =
          state.progress !== null
            ? "in-progress"
            : state.acknowledgedMs !== null
              ? "acknowledged"
              : "issued";
        break;
      default: {
        // Exhaustive: the schema lets no other type through.
        const _unknown: never = event;
        throw refuse(item, "unknown event type");
      }
    }
    state.applied.push(event);
  }
  return state;
}
