import type { InstantInput } from "../entities/IsoInstant";
import { instantMs } from "../internal/instant";
import { calendarOption } from "./internal/calendarOption";
import { workingMsBetween } from "./internal/workingTime";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link countWorkingMinutesBetween}.
 *
 * @category Calendar
 */
export interface CountWorkingMinutesBetweenOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * The office-hours minutes between two instants: only the hours of working days count.
 *
 * The inverse of {@link addWorkingHours}: `countWorkingMinutesBetween(t, addWorkingHours(t, h))`
 * is `60 * h`.
 *
 * @param from - The start: a `Date`, epoch milliseconds, or an ISO 8601 string with an offset.
 * @param to - The end, in the same forms.
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns Working minutes (fractional when the instants are not on whole minutes); negative
 *   when `to` is before `from`.
 * @throws {@link PeygirError} `invalid_instant`, `invalid_calendar` for a calendar that is
 *   not valid, `out_of_range` outside 1300–1500.
 *
 * @example
 * ```ts
 * // From Saturday 1403/04/23 13:30 to Wednesday 1403/04/27 08:30 Tehran time: 60 minutes on
 * // Saturday, 420 on Sunday, none on Tasua and Ashura, 60 on Wednesday.
 * countWorkingMinutesBetween("2024-07-13T13:30:00+03:30", "2024-07-17T08:30:00+03:30");
 * // => 540
 * ```
 *
 * @category Calendar
 */
export function countWorkingMinutesBetween(
  from: InstantInput,
  to: InstantInput,
  options?: CountWorkingMinutesBetweenOptions,
): number {
  const cal = calendarOption(options, "countWorkingMinutesBetween");
  const a = instantMs(from, "countWorkingMinutesBetween", ["from"]);
  const b = instantMs(to, "countWorkingMinutesBetween", ["to"]);
  return workingMsBetween(cal, a, b, "countWorkingMinutesBetween") / 60_000;
}
