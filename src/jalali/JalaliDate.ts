import * as z from "zod";
import { epochDayToString } from "../internal/epochDay";
import { JALALI_DATE_PATTERN, readJalaliDate } from "../internal/jalaliInput";

/**
 * A day of the Jalali (Solar Hijri) calendar, in canonical form `YYYY/MM/DD`: Latin digits,
 * zero padded, years 1300 to 1500.
 *
 * The schema accepts Persian (۰-۹) and Arabic-Indic (٠-٩) digits, `/`, `-` or `.` as the
 * separator, and missing zero padding (the seeds write `1397/3/21`), and outputs the
 * canonical form. Impossible dates are rejected: month 13, day 32, day 31 in months 7–12,
 * and 30 Esfand of a common year.
 *
 * @example
 * ```ts
 * JalaliDate.parse("1397/3/21"); // => "1397/03/21"
 * JalaliDate.parse("۱۴۰۳-۱۲-۳۰"); // => "1403/12/30"
 * JalaliDate.safeParse("1402/12/30").success; // => false
 * ```
 *
 * @category Jalali dates
 */
export const JalaliDate = z
  .string()
  .regex(new RegExp(JALALI_DATE_PATTERN), { message: "must be a Jalali date YYYY/MM/DD" })
  .transform((input, ctx) => {
    const day = readJalaliDate(input);
    if (typeof day === "string") {
      ctx.issues.push({ code: "custom", input, message: day });
      return z.NEVER;
    }
    return epochDayToString(day);
  })
  .meta({
    description: "A Jalali (Solar Hijri) calendar day, YYYY/MM/DD",
    examples: ["1403/04/25"],
  });

/**
 * A Jalali date string. Functions and entity fields accept it written loosely (Persian or
 * Latin digits, `/`, `-` or `.`, padded or not: `"۱۴۰۴/۱/۱۵"`) and always give it back
 * canonical, `YYYY/MM/DD` (`"1404/01/15"`). A plain `string`, so a date literal fits
 * wherever a date goes in; the check happens when a function reads it.
 *
 * @category Jalali dates
 */
export type JalaliDate = z.infer<typeof JalaliDate>;
