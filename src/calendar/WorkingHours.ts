import type { z } from "zod";
import { clockTimeToMinutes } from "../internal/clockTime";
import { closedObject } from "../internal/zodIssues";
import { ClockTime } from "../jalali/ClockTime";

/**
 * Office hours of a day: the wall-clock times (in the calendar's time zone) at which offices
 * open and close; `end` must be after `start`.
 *
 * @example
 * ```ts
 * WorkingHours.parse({ start: "۶:۰۰", end: "13:00" }); // => { start: "06:00", end: "13:00" }
 * WorkingHours.safeParse({ start: "14:30", end: "07:30" }).success; // => false
 * ```
 *
 * @category Calendar
 */
export const WorkingHours = closedObject({
  /** The opening time, `HH:mm`. */
  start: ClockTime,
  /** The closing time, `HH:mm`, after `start` on the same day. */
  end: ClockTime,
})
  .superRefine((hours, ctx) => {
    if (clockTimeToMinutes(hours.end) <= clockTimeToMinutes(hours.start)) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "must be after start" });
    }
  })
  .readonly();

/**
 * Opening and closing times, `HH:mm`.
 *
 * @category Calendar
 */
export type WorkingHours = z.infer<typeof WorkingHours>;
