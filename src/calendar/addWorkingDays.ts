import { epochDayToString } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import { PeygirError } from "../errors/PeygirError";
import type { JalaliDate } from "../jalali/JalaliDate";
import { compiledOf, isOpen, nthWorkingDay } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Adds working days to a date: the `n`-th working day after it, or with a negative `n` the
 * `-n`-th working day before it.
 *
 * With `n = 0` the date itself when it is a working day, else the next working day (a
 * deadline "within 0 working days" of a Friday falls on Saturday). For any `n ≠ 0`,
 * `workingDaysBetween(calendar, date, addWorkingDays(calendar, date, n))` is `n`.
 *
 * @param calendar - The work calendar.
 * @param date - The Jalali date to count from.
 * @param n - Whole working days; negative to go back.
 * @returns The resulting working day.
 * @throws {@link PeygirError} `invalid_jalali_date`, `invalid_option` when `n` is not an
 *   integer, `invalid_calendar` for a calendar that is not valid, `out_of_range` when the
 *   result is past 1300–1500.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * addWorkingDays(calendar, "1403/04/24", 1); // => "1403/04/27" (over Tasua and Ashura)
 * addWorkingDays(calendar, "1403/04/27", -1); // => "1403/04/24"
 * addWorkingDays(calendar, "1403/04/25", 0); // => "1403/04/27"
 * ```
 *
 * @category Calendar
 */
export function addWorkingDays(calendar: WorkCalendar, date: string, n: number): JalaliDate {
  const cal = compiledOf(calendar, "addWorkingDays");
  const day = epochDayOf(date, "addWorkingDays");
  if (!Number.isInteger(n)) {
    throw new PeygirError("invalid_option", "addWorkingDays: n must be a whole number", [
      { path: ["n"], message: "must be an integer" },
    ]);
  }
  const result =
    n !== 0
      ? nthWorkingDay(cal, day, n, "addWorkingDays", ["n"])
      : isOpen(cal, day)
        ? day
        : nthWorkingDay(cal, day, 1, "addWorkingDays", ["date"]);
  return epochDayToString(result);
}
