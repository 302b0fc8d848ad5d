import * as z from "zod";
import {
  canonicalToEpochDay,
  epochDayToString,
  isLeapYear,
  jalaliToEpochDay,
  MAX_JALALI_YEAR,
  MIN_JALALI_YEAR,
} from "../internal/epochDay";
import { toLatinDigits } from "../text/digits";

const LOOSE_DATE = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;

/**
 * The JSON Schema pattern of what `JalaliDate` accepts: four digits, a separator (`/`, `-`,
 * `.`), month and day with or without zero padding, Latin, Persian or Arabic-Indic digits.
 */
const ACCEPTED_PATTERN = "^\\s*[0-9۰-۹٠-٩]{4}([/.-])[0-9۰-۹٠-٩]{1,2}\\1[0-9۰-۹٠-٩]{1,2}\\s*$";

/**
 * Reads a Jalali date written loosely; returns its epoch day or a reason it is not a date.
 * @internal
 */
export function readJalaliDate(input: string): number | string {
  const fast = canonicalToEpochDay(input);
  if (!Number.isNaN(fast)) return fast;
  const match = LOOSE_DATE.exec(toLatinDigits(input.trim()));
  if (match === null) return "must be a Jalali date YYYY/MM/DD";
  const jy = Number(match[1]);
  const jm = Number(match[3]);
  const jd = Number(match[4]);
  if (jy < MIN_JALALI_YEAR || jy > MAX_JALALI_YEAR)
    return `year must be from ${MIN_JALALI_YEAR} to ${MAX_JALALI_YEAR}`;
  if (jm < 1 || jm > 12) return "month must be from 1 to 12";
  if (jd < 1 || jd > 31) return "day must be from 1 to 31";
  if (jm >= 7 && jd === 31) return "months 7 to 12 have at most 30 days";
  if (jm === 12 && jd === 30 && !isLeapYear(jy))
    return "Esfand has 29 days in a common year (30 only in leap years)";
  return jalaliToEpochDay(jy, jm, jd);
}

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
  .regex(new RegExp(ACCEPTED_PATTERN), { message: "must be a Jalali date YYYY/MM/DD" })
  .transform((input, ctx) => {
    const day = readJalaliDate(input);
    if (typeof day === "string") {
      ctx.issues.push({ code: "custom", input, message: day });
      return z.NEVER;
    }
    return epochDayToString(day);
  })
  .brand<"JalaliDate">()
  .meta({
    description: "A Jalali (Solar Hijri) calendar day, YYYY/MM/DD",
    examples: ["1403/04/25"],
  });

/**
 * A canonical Jalali date string `YYYY/MM/DD` (branded, so only validated strings fit).
 *
 * @category Jalali dates
 */
export type JalaliDate = z.infer<typeof JalaliDate>;

/** Brands a string already known to be canonical. @internal */
export function asJalaliDate(canonical: string): JalaliDate {
  return canonical as JalaliDate;
}
