import * as z from "zod";
import { toLatinDigits } from "../text/digits";

const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after midnight of a clock time `H:mm` or `HH:mm` (Persian digits allowed), or NaN.
 * @internal
 */
export function clockTimeToMinutes(text: string): number {
  // Not a string: not a time (the caller reports it), never a raw TypeError.
  if (typeof text !== "string") return Number.NaN;
  const match = CLOCK_TIME.exec(toLatinDigits(text.trim()));
  if (match === null) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

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

/** `HH:mm` of minutes after midnight. @internal */
export function minutesToClockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}
