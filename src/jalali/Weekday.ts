import * as z from "zod";
import { WEEKDAYS } from "../internal/weekdays";

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
export const Weekday = z.enum(WEEKDAYS);

/**
 * A day of the week: `"saturday"` … `"friday"`.
 *
 * @category Jalali dates
 */
export type Weekday = z.infer<typeof Weekday>;
