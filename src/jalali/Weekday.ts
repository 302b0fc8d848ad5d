import * as z from "zod";

/**
 * A day of the week, named in English; the Iranian week starts on Saturday.
 *
 * @example
 * ```ts
 * Weekday.parse("thursday"); // => "thursday"
 * Weekday.options[0]; // => "saturday"
 * ```
 *
 * @category Jalali dates
 */
export const Weekday = z.enum([
  "saturday",
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
]);

/**
 * A day of the week: `"saturday"` … `"friday"`.
 *
 * @category Jalali dates
 */
export type Weekday = z.infer<typeof Weekday>;
