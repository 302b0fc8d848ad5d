import * as z from "zod";
import { DeadlineSpec } from "./DeadlineSpec";
import { IsoInstant } from "./IsoInstant";
import { Id, NonEmptyShownText, ShownText } from "./internal/text";

/** The fields every event has. */
const common = {
  /** The event's id (unique among a task's events). */
  id: Id,
  /** The task it happened to. */
  taskId: Id,
  /** When it happened (an instant; a `Date` or epoch milliseconds become ISO text). */
  at: IsoInstant,
  /** The person who did it (the agency's officer, the secretariat, the one who granted). */
  by: Id.exactOptional(),
  /** A free note. */
  note: ShownText.exactOptional(),
};

/** References to documents (letter numbers, file names, URLs). */
const Evidence = z.array(NonEmptyShownText);

/**
 * One thing that happened to a follow-up task, in an append-only log (one table of events in
 * an app's database): what the agency did (`acknowledged`, `progress`, `reported`), what held
 * it up (`held`, `resumed`), what the council or the secretariat decided (`rescheduled`,
 * `verified`, `returned`, `cancelled`, `reopened`). {@link replayTask} reads a task's events
 * into its state at any instant.
 *
 * - `acknowledged`: the agency has received and seen it (وصول / رویت);
 * - `progress`: `percent` done (0–100), with optional `evidence`;
 * - `held` / `resumed`: the clock stops while the task waits on something outside the agency
 *   (funding, another agency), with a `reason`;
 * - `rescheduled`: a new `deadline` with its `reason`, optionally the meeting that approved it
 *   (`approvedIn`); the task's own deadline stays as the baseline;
 * - `reported`: the agency claims completion, with `evidence`;
 * - `verified` / `returned`: the secretariat accepts the claim, or returns it with a `reason`;
 * - `cancelled`, `reopened`.
 *
 * @example
 * ```ts
 * TaskEvent.parse({
 *   id: "e1",
 *   taskId: "t1",
 *   type: "progress",
 *   at: "2025-04-20T10:00:00+03:30",
 *   percent: 40,
 *   evidence: ["نامه ۱۲۳۴"],
 * }).type; // => "progress"
 * TaskEvent.safeParse({ id: "e2", taskId: "t1", type: "progress", at: 0, percent: 140 })
 *   .success; // => false
 * ```
 *
 * @category Entities
 */
export const TaskEvent = z
  .discriminatedUnion("type", [
    z.object({
      ...common,
      /** The kind of event: `"acknowledged"`. */
      type: z.literal("acknowledged"),
    }),
    z.object({
      ...common,
      /** The kind of event: `"progress"`. */
      type: z.literal("progress"),
      /** How much is done, 0 to 100. */
      percent: z.number().min(0).max(100),
      /** References to the documents that show it. */
      evidence: Evidence.exactOptional(),
    }),
    z.object({
      ...common,
      /** The kind of event: `"held"`. */
      type: z.literal("held"),
      /** What the task waits on. */
      reason: NonEmptyShownText,
    }),
    z.object({
      ...common,
      /** The kind of event: `"resumed"`. */
      type: z.literal("resumed"),
    }),
    z.object({
      ...common,
      /** The kind of event: `"rescheduled"`. */
      type: z.literal("rescheduled"),
      /** The new deadline (hours and working days count from the task's `issuedAt`). */
      deadline: DeadlineSpec,
      /** Why it was rescheduled. */
      reason: NonEmptyShownText,
      /** The meeting that approved it. */
      approvedIn: Id.exactOptional(),
    }),
    z.object({
      ...common,
      /** The kind of event: `"reported"`. */
      type: z.literal("reported"),
      /** References to the documents that show the work done. */
      evidence: Evidence.exactOptional(),
    }),
    z.object({
      ...common,
      /** The kind of event: `"verified"`. */
      type: z.literal("verified"),
    }),
    z.object({
      ...common,
      /** The kind of event: `"returned"`. */
      type: z.literal("returned"),
      /** Why the claim was returned (missing documents, work not done). */
      reason: NonEmptyShownText,
    }),
    z.object({
      ...common,
      /** The kind of event: `"cancelled"`. */
      type: z.literal("cancelled"),
    }),
    z.object({
      ...common,
      /** The kind of event: `"reopened"`. */
      type: z.literal("reopened"),
    }),
  ])
  .meta({ title: "TaskEvent" });

/**
 * One event of a task's follow-up log, as parsed.
 *
 * @category Entities
 */
export type TaskEvent = z.infer<typeof TaskEvent>;

/**
 * An event as given (an instant in any `InstantInput` form).
 *
 * @category Entities
 */
export type TaskEventInput = z.input<typeof TaskEvent>;

/**
 * The kind of a task event.
 *
 * @category Entities
 */
export type TaskEventType = TaskEvent["type"];
