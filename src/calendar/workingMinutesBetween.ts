import { toEpochMs } from "../internal/instant";
import { compiledOf, workingMsBetween } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * The office-hours minutes between two instants: only the hours of working days count.
 *
 * The inverse of {@link addWorkingHours}: `workingMinutesBetween(calendar, t,
 * addWorkingHours(calendar, t, h))` is `60 * h`.
 *
 * @param calendar - The work calendar.
 * @param from - The start: a `Date`, epoch milliseconds, or an ISO 8601 string with an offset.
 * @param to - The end, in the same forms.
 * @returns Working minutes (fractional when the instants are not on whole minutes); negative
 *   when `to` is before `from`.
 * @throws {@link PeygirError} `invalid_instant`, `invalid_calendar` for a calendar that is
 *   not valid, `out_of_range` outside 1300–1500.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * // From Saturday 1403/04/23 13:30 to Wednesday 1403/04/27 08:30 Tehran time: 60 minutes on
 * // Saturday, 420 on Sunday, none on Tasua and Ashura, 60 on Wednesday.
 * workingMinutesBetween(calendar, "2024-07-13T13:30:00+03:30", "2024-07-17T08:30:00+03:30");
 * // => 540
 * ```
 *
 * @category Calendar
 */
export function workingMinutesBetween(
  calendar: WorkCalendar,
  from: Date | string | number,
  to: Date | string | number,
): number {
  const cal = compiledOf(calendar, "workingMinutesBetween");
  const a = toEpochMs(from, "workingMinutesBetween", ["from"]);
  const b = toEpochMs(to, "workingMinutesBetween", ["to"]);
  return workingMsBetween(cal, a, b, "workingMinutesBetween") / 60_000;
}
