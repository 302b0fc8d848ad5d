import { PeygirError } from "../errors/PeygirError";
import { epochDayToString, MAX_EPOCH_DAY, MIN_EPOCH_DAY } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import type { JalaliDate } from "./JalaliDate";

/**
 * Adds a number of calendar days (negative to go back) to a Jalali date.
 *
 * @param date - The Jalali date.
 * @param amount - Whole days to add.
 * @returns The resulting date.
 * @throws {@link PeygirError} `invalid_jalali_date`, `invalid_option` when `amount` is not an
 *   integer, `out_of_range` when the result leaves years 1300–1500.
 *
 * @example
 * ```ts
 * addJalaliDays("1402/12/29", 1); // => "1403/01/01"
 * addJalaliDays("1403/12/29", 1); // => "1403/12/30" (1403 is a leap year)
 * addJalaliDays("1403/01/01", -1); // => "1402/12/29"
 * ```
 *
 * @category Jalali dates
 */
export function addJalaliDays(date: string, amount: number): JalaliDate {
  const day = epochDayOf(date, "addJalaliDays");
  if (!Number.isInteger(amount)) {
    throw new PeygirError("invalid_option", "addJalaliDays: amount must be a whole number", [
      { path: ["amount"], message: "must be an integer" },
    ]);
  }
  const result = day + amount;
  if (result < MIN_EPOCH_DAY || result > MAX_EPOCH_DAY) {
    throw new PeygirError("out_of_range", "addJalaliDays: result outside Jalali 1300–1500", [
      { path: ["amount"], message: "moves the date outside years 1300 to 1500" },
    ]);
  }
  return epochDayToString(result);
}
