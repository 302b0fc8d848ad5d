import { PeygirError } from "../errors/PeygirError";
import { toLatinDigits } from "../text/digits";
import {
  canonicalToEpochDay,
  isLeapYear,
  jalaliToEpochDay,
  MAX_JALALI_YEAR,
  MIN_JALALI_YEAR,
} from "./epochDay";

/**
 * The JSON Schema pattern of what `JalaliDate` accepts: four digits, a separator (`/`, `-`,
 * `.`), month and day with or without zero padding, Latin, Persian or Arabic-Indic digits.
 */
export const JALALI_DATE_PATTERN =
  "^\\s*[0-9۰-۹٠-٩]{4}([/.-])[0-9۰-۹٠-٩]{1,2}\\1[0-9۰-۹٠-٩]{1,2}\\s*$";

/** The path of a date argument (one array for every call). */
const DATE_PATH = ["date"] as const;

const LOOSE_DATE = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;

/**
 * Reads a Jalali date written loosely; returns its epoch day or a reason it is not a date.
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
 * The epoch day of a Jalali date given to a public function (canonical or loosely written);
 * throws `invalid_jalali_date` naming the function and the argument's path otherwise.
 */
export function epochDayOf(
  date: unknown,
  where: string,
  path: readonly (string | number)[] = DATE_PATH,
): number {
  const day =
    typeof date === "string" ? readJalaliDate(date) : "must be a Jalali date string YYYY/MM/DD";
  if (typeof day === "number") return day;
  throw new PeygirError("invalid_jalali_date", `${where}: invalid Jalali date`, [
    { path, message: day },
  ]);
}
