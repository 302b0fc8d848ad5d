/**
 * The fast reading of task events (private): events already in their canonical form (what
 * an app stores and reads back) are read by hand, without zod, into exactly what the
 * `TaskEvent` schema would give; anything else (a loose date, a control character, a missing
 * field) returns `undefined`, and replayTask reads the events with the schema, which also
 * words the errors. test/deadlines/replayTask.test-prop.ts checks that both readings agree.
 */
import type { DeadlineSpec } from "../../entities/DeadlineSpec";
import type { TaskEvent } from "../../entities/TaskEvent";
import { minutesToClockTime } from "../../internal/clockTime";
import { canonicalToEpochDay } from "../../internal/epochDay";
import { recordInstantMs, recordInstantText } from "../../internal/instant";
import { withoutControls } from "../../text/internal/withoutControls";
import { minutesOf } from "./workingTime";

type Fields = Record<string, unknown>;

function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/** Text that the schema keeps as it is (no control character to drop). */
function isPlainText(value: unknown, nonEmpty: boolean): value is string {
  return (
    typeof value === "string" && (!nonEmpty || value.length > 0) && withoutControls(value) === value
  );
}

/** The instant last read by `instantText`, in ms. */
let lastMs = Number.NaN;

/** The schema's text of an instant (its ms left in `lastMs`), or undefined when invalid. */
function instantText(value: unknown): string | undefined {
  lastMs = recordInstantMs(value);
  return Number.isNaN(lastMs) ? undefined : recordInstantText(value, lastMs);
}

function deadlineOf(value: unknown): DeadlineSpec | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const spec = value as Fields;
  switch (spec.type) {
    case "hours":
      return typeof spec.hours === "number" && spec.hours > 0
        ? { type: "hours", hours: spec.hours }
        : undefined;
    case "working-days":
      return Number.isInteger(spec.days) && (spec.days as number) >= 0
        ? { type: "working-days", days: spec.days as number }
        : undefined;
    case "none":
      return { type: "none" };
    case "date": {
      if (typeof spec.date !== "string" || Number.isNaN(canonicalToEpochDay(spec.date)))
        return undefined;
      if (spec.time === undefined)
        return "time" in spec ? undefined : { type: "date", date: spec.date };
      const minutes = minutesOf(spec.time);
      if (Number.isNaN(minutes) || minutesToClockTime(minutes) !== spec.time) return undefined;
      return { type: "date", date: spec.date, time: spec.time };
    }
    default:
      return undefined;
  }
}

function evidenceOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const item of value) if (!isPlainText(item, true)) return undefined;
  return [...value];
}

/** One event as the schema would give it, or undefined when the schema must read it. */
function eventOf(value: unknown): TaskEvent | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const e = value as Fields;
  const at = instantText(e.at);
  if (!isId(e.id) || !isId(e.taskId) || at === undefined) return undefined;
  const out: Fields = { id: e.id, taskId: e.taskId, at };
  if ("by" in e) {
    if (!isId(e.by)) return undefined;
    out.by = e.by;
  }
  if ("note" in e) {
    if (!isPlainText(e.note, false)) return undefined;
    out.note = e.note;
  }
  out.type = e.type;
  switch (e.type) {
    case "acknowledged":
    case "reported":
    case "resumed":
    case "verified":
    case "cancelled":
    case "reopened":
      break;
    case "progress":
      if (typeof e.percent !== "number" || !(e.percent >= 0 && e.percent <= 100)) return undefined;
      out.percent = e.percent;
      break;
    case "held":
    case "returned":
      if (!isPlainText(e.reason, true)) return undefined;
      out.reason = e.reason;
      break;
    case "rescheduled": {
      const deadline = deadlineOf(e.deadline);
      if (deadline === undefined || !isPlainText(e.reason, true)) return undefined;
      out.deadline = deadline;
      out.reason = e.reason;
      if ("approvedIn" in e) {
        if (!isId(e.approvedIn)) return undefined;
        out.approvedIn = e.approvedIn;
      }
      break;
    }
    default:
      return undefined;
  }
  if ((e.type === "progress" || e.type === "reported") && "evidence" in e) {
    const evidence = evidenceOf(e.evidence);
    if (evidence === undefined) return undefined;
    out.evidence = evidence;
  }
  return out as unknown as TaskEvent;
}

/**
 * The events as the `TaskEvent` schema would read them, or undefined when it must; `ms`
 * (when given) receives each event's instant in milliseconds.
 */
export function readEventsFast(events: unknown, ms?: number[]): TaskEvent[] | undefined {
  if (!Array.isArray(events)) return undefined;
  const out: TaskEvent[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = eventOf(events[i]);
    if (event === undefined) return undefined;
    out[i] = event;
    if (ms !== undefined) ms[i] = lastMs;
  }
  return out;
}
