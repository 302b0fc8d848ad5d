import { PeygirError } from "../errors/PeygirError";
import { epochDayToString } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import type { JalaliDate } from "../jalali/JalaliDate";
import { calendarOption } from "./internal/calendarOption";
import { isOpen, nthWorkingDay } from "./internal/workingTime";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link addWorkingDays}.
 *
 * @category Calendar
 */
export interface AddWorkingDaysOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * Adds working days to a date: the `amount`-th working day after it, or with a negative
 * `amount` the `-amount`-th working day before it.
 *
 * With `amount = 0` the date itself when it is a working day, else the next working day (a
 * deadline "within 0 working days" of a Friday falls on Saturday). For any `amount ≠ 0`,
 * `countWorkingDaysBetween(date, addWorkingDays(date, amount))` is `amount`.
 *
 * @param date - The Jalali date to count from.
 * @param amount - Whole working days; negative to go back.
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns The resulting working day.
 * @throws {@link PeygirError} `invalid_jalali_date`, `invalid_option` when `amount` is not an
 *   integer, `invalid_calendar` for a calendar that is not valid, `out_of_range` when the
 *   result is past 1300–1500.
 *
 * @example
 * ```ts
 * addWorkingDays("1403/04/24", 1); // => "1403/04/27" (over Tasua and Ashura)
 * addWorkingDays("1403/04/27", -1); // => "1403/04/24"
 * addWorkingDays("1403/04/25", 0); // => "1403/04/27"
 * addWorkingDays("۱۴۰۳/۴/۲۴", 1, { calendar: createProvinceCalendar("Tehran") }); // => "1403/04/27"
 * ```
 *
 * @category Calendar
 */
export function addWorkingDays(
  date: string,
  amount: number,
  options?: AddWorkingDaysOptions,
): JalaliDate {
  const cal = calendarOption(options, "addWorkingDays");
  const day = epochDayOf(date, "addWorkingDays");
  if (!Number.isInteger(amount)) {
    throw new PeygirError("invalid_option", "addWorkingDays: amount must be a whole number", [
      { path: ["amount"], message: "must be an integer" },
    ]);
  }
  const result =
    amount !== 0
      ? nthWorkingDay(cal, day, amount, "addWorkingDays", ["amount"])
      : isOpen(cal, day)
        ? day
        : nthWorkingDay(cal, day, 1, "addWorkingDays", ["date"]);
  return epochDayToString(result);
}
