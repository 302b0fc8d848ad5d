import * as z from "zod";
import { atLeast } from "../internal/atLeast";
import { ClockTime } from "../jalali/ClockTime";
import { Weekday } from "../jalali/Weekday";
import { DeadlineSpec } from "./DeadlineSpec";
import { IsoInstant } from "./IsoInstant";
import { Id, PersianText } from "./internal/text";

/**
 * A directive (مصوبه، دستور): what a meeting or an official requires of agencies, and by
 * when.
 *
 * `assignees` is either a list of agency ids or `"all-agencies"` (every agency of the
 * jurisdiction, as in "all agency managers must…"). `deadline` says when each assignee must
 * comply; `recurrence` makes the duty repeat every week on a weekday (weekly reports every
 * Thursday). `issuedAt` is the instant the directive was issued, an ISO 8601 string with an
 * offset.
 *
 * @example
 * ```ts
 * const directive = Directive.parse({
 *   id: "sb-weekly-report",
 *   title: "گزارش عملكرد هفتگي",
 *   assignees: "all-agencies",
 *   deadline: { type: "none" },
 *   recurrence: { every: "week", weekday: "thursday" },
 *   issuedAt: "2020-04-27T10:00:00+04:30",
 * });
 * directive.title; // => "گزارش عملکرد هفتگی"
 * directive.recurrence; // => { every: "week", weekday: "thursday" }
 * ```
 *
 * @category Entities
 */
export const Directive = z
  .object({
    /** The directive's id. */
    id: Id,
    /** The meeting that issued it, if any. */
    meetingId: Id.exactOptional(),
    /** A short title. */
    title: PersianText,
    /** The full wording. */
    text: PersianText.exactOptional(),
    /** The agencies that must comply: a list of ids, or every agency of the jurisdiction. */
    assignees: z.union([
      z.object({
        /** The ids of the agencies, at least one. */
        agencyIds: z.array(Id).check(atLeast(1)),
      }),
      z.literal("all-agencies"),
    ]),
    /** When each assignee must comply. */
    deadline: DeadlineSpec,
    /** A weekly repetition of the duty. */
    recurrence: z
      .object({
        /** The period: every week. */
        every: z.literal("week"),
        /** The day of the week it falls due. */
        weekday: Weekday,
        /** The time on that day, `HH:mm`. */
        time: ClockTime.exactOptional(),
      })
      .exactOptional(),
    /** When it was issued (ISO 8601 with an offset). */
    issuedAt: IsoInstant,
  })
  .meta({ title: "Directive" });

/**
 * A directive to agencies.
 *
 * @category Entities
 */
export type Directive = z.infer<typeof Directive>;

/**
 * A directive as accepted by {@link Directive}.
 *
 * @category Entities
 */
export type DirectiveInput = z.input<typeof Directive>;
