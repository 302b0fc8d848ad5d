import * as z from "zod";
import { clockTimeToMinutes, minutesToClockTime } from "../internal/clockTime";

/**
 * A wall-clock time of day, `HH:mm` on the 24-hour clock (`00:00`–`23:59`).
 *
 * Accepts Persian or Arabic-Indic digits and a one-digit hour (`۷:۳۰`), and outputs the
 * canonical `07:30`.
 *
 * @example
 * ```ts
 * ClockTime.parse("۷:۳۰"); // => "07:30"
 * ClockTime.safeParse("24:00").success; // => false
 * ```
 *
 * @category Jalali dates
 */
export const ClockTime = z
  .string()
  .transform((input, ctx): string => {
    const minutes = clockTimeToMinutes(input);
    if (Number.isNaN(minutes)) {
      ctx.issues.push({
        code: "custom",
        input,
        message: "must be a time HH:mm from 00:00 to 23:59",
      });
      return z.NEVER;
    }
    return minutesToClockTime(minutes);
  })
  .meta({
    description:
      "A time of day, HH:mm (24-hour clock); Persian digits and a one-digit hour are accepted",
    pattern: "^\\s*[0-9۰-۹٠-٩]{1,2}:[0-9۰-۹٠-٩]{2}\\s*$",
    examples: ["07:30"],
  });

/**
 * A wall-clock time of day in canonical `HH:mm` form.
 *
 * @category Jalali dates
 */
export type ClockTime = z.infer<typeof ClockTime>;
