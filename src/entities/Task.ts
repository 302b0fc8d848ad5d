import * as z from "zod";
import { parseIsoFast } from "../internal/instant";
import { DeadlineSpec } from "./DeadlineSpec";
import { IsoInstant } from "./IsoInstant";
import { Id, NonEmptyShownText, PersianText } from "./internal/text";

/**
 * One agency's follow-up item: its share of a directive, or a citizen demand it must answer.
 *
 * A directive to several agencies becomes one task per agency. `extensions` records each
 * extension granted (when, the new deadline, why); the last one is the deadline in force.
 * `completedAt` and `cancelledAt` close the task; neither may be before `issuedAt`. `evidence` holds references to what proves
 * the work (the "answer with documentation" rule): URLs, letter numbers, file names.
 *
 * @example
 * ```ts
 * const task = Task.parse({
 *   id: "task-1",
 *   agencyId: "sb-welfare",
 *   directiveId: "sb-media-24h",
 *   title: "پاسخ به مطالبه شهروند",
 *   issuedAt: "2020-04-28T09:00:00+04:30",
 *   deadline: { type: "hours", hours: 24 },
 * });
 * task.deadline; // => { type: "hours", hours: 24 }
 * ```
 *
 * @category Entities
 */
export const Task = z
  .object({
    /** The task's id. */
    id: Id,
    /** The agency responsible. */
    agencyId: Id,
    /** The directive it follows up, if any. */
    directiveId: Id.exactOptional(),
    /** What is to be done. */
    title: PersianText,
    /** When it was assigned (ISO 8601 with an offset). */
    issuedAt: IsoInstant,
    /** The deadline first set. */
    deadline: DeadlineSpec,
    /** When it was done. */
    completedAt: IsoInstant.exactOptional(),
    /** When it was called off. */
    cancelledAt: IsoInstant.exactOptional(),
    /** Extensions granted, oldest first. */
    extensions: z
      .array(
        z.object({
          /** When the extension was granted. */
          at: IsoInstant,
          /** The new deadline. */
          deadline: DeadlineSpec,
          /** Why it was granted. */
          reason: PersianText.exactOptional(),
        }),
      )
      .exactOptional(),
    /** References to the evidence of the work. */
    evidence: z.array(NonEmptyShownText).exactOptional(),
  })
  .superRefine((task, ctx) => {
    // Closing a task before it was issued would count it on time whatever the deadline.
    const issued = parseIsoFast(task.issuedAt);
    for (const key of ["completedAt", "cancelledAt"] as const) {
      const at = task[key];
      if (at !== undefined && parseIsoFast(at) < issued)
        ctx.addIssue({ code: "custom", path: [key], message: "must not be before issuedAt" });
    }
  })
  .meta({ title: "Task" });

/**
 * A follow-up item of one agency.
 *
 * @category Entities
 */
export type Task = z.infer<typeof Task>;

/**
 * A task as accepted by {@link Task}.
 *
 * @category Entities
 */
export type TaskInput = z.input<typeof Task>;
