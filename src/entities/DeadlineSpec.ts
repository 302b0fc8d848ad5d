import * as z from "zod";
import { ClockTime } from "../jalali/ClockTime";
import { JalaliDate } from "../jalali/JalaliDate";

/**
 * When a directive or task is due, as the directive states it:
 *
 * - `{ type: "date", date, time?, onNonWorkingDay? }`: by a Jalali day (end of that working day
 *   unless a time is given; a day the office is closed moves to the next working day, or to
 *   the previous one with `onNonWorkingDay: "previous-working-day"`);
 * - `{ type: "hours", hours }`: within a window after issue (answers within 24 hours);
 * - `{ type: "working-days", days }`: within so many working days after issue;
 * - `{ type: "none" }`: no deadline (standing rules, or ones paced by a recurrence).
 *
 * @example
 * ```ts
 * DeadlineSpec.parse({ type: "date", date: "۱۳۹۹/۳/۳" }); // => { type: "date", date: "1399/03/03" }
 * DeadlineSpec.parse({ type: "hours", hours: 24 }); // => { type: "hours", hours: 24 }
 * DeadlineSpec.safeParse({ type: "hours", hours: 0 }).success; // => false
 * ```
 *
 * @category Entities
 */
export const DeadlineSpec = z
  .discriminatedUnion("type", [
    z.object({
      /** Due by a calendar day. */
      type: z.literal("date"),
      /** The Jalali day. */
      date: JalaliDate,
      /** The time on that day, `HH:mm`. */
      time: ClockTime.exactOptional(),
      /**
       * Where a day the office is closed goes: `"next-working-day"` (default) or
       * `"previous-working-day"` (the names of the weekly reports' `OnNonWorkingDay`).
       */
      onNonWorkingDay: z.enum(["next-working-day", "previous-working-day"]).exactOptional(),
    }),
    z.object({
      /** Due within a number of hours. */
      type: z.literal("hours"),
      /** The hours after issue, more than zero. */
      hours: z.number().positive(),
    }),
    z.object({
      /** Due within a number of working days. */
      type: z.literal("working-days"),
      /** The working days after issue (0 = the same working day). */
      days: z.number().int().min(0),
    }),
    z.object({
      /** No deadline. */
      type: z.literal("none"),
    }),
  ])
  .meta({ title: "DeadlineSpec" });

/**
 * A deadline as stated by a directive.
 *
 * @category Entities
 */
export type DeadlineSpec = z.infer<typeof DeadlineSpec>;

/**
 * A deadline as accepted by {@link DeadlineSpec} (dates and times in any accepted form).
 *
 * @category Entities
 */
export type DeadlineSpecInput = z.input<typeof DeadlineSpec>;
