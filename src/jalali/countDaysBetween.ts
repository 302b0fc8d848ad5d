import { epochDayOf } from "../internal/jalaliInput";

/**
 * The number of calendar days from one Jalali date to another (`to` minus `from`).
 *
 * @param from - The start date.
 * @param to - The end date.
 * @returns Whole days; negative when `to` is before `from`.
 * @throws {@link PeygirError} `invalid_jalali_date` for an invalid date.
 *
 * @example
 * ```ts
 * countDaysBetween("1403/01/01", "1404/01/01"); // => 366
 * countDaysBetween("1403/04/26", "1403/04/25"); // => -1
 * ```
 *
 * @category Jalali dates
 */
export function countDaysBetween(from: string, to: string): number {
  return (
    epochDayOf(to, "countDaysBetween", ["to"]) - epochDayOf(from, "countDaysBetween", ["from"])
  );
}
