import { toEpochMs } from "../internal/instant";
import { PeygirError } from "../errors/PeygirError";
import { addWorkingMs, compiledOf } from "./internal/workTable";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Adds working hours to an instant, counting only office hours of working days.
 *
 * Going forward the result is the earliest instant that far in (a task given at 14:00 with
 * half an hour left is due at 14:30, not at the next opening); going back, the latest. From
 * outside office hours counting starts at the next opening (or, going back, the last
 * closing). Adding 0 returns the instant unchanged (an instant outside 1300–1500 is an
 * error whatever the amount).
 *
 * @param calendar - The work calendar.
 * @param instant - A `Date`, epoch milliseconds, or an ISO 8601 string with an offset.
 * @param hours - Working hours to add (fractions allowed; negative to go back).
 * @returns The resulting instant.
 * @throws {@link PeygirError} `invalid_instant`, `invalid_option` when `hours` is not a finite
 *   number, `invalid_calendar` for a calendar that is not valid, `out_of_range` when the
 *   instant (even with 0 hours added) or the result is outside 1300–1500.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar();
 * // Saturday 1403/04/23 at 13:30 Tehran time, plus 2 working hours: 1 hour that day, then
 * // 1 hour from Sunday's opening at 07:30: 08:30 on 1403/04/24.
 * addWorkingHours(calendar, "2024-07-13T13:30:00+03:30", 2).toISOString();
 * // => "2024-07-14T05:00:00.000Z"
 * ```
 *
 * @category Calendar
 */
export function addWorkingHours(
  calendar: WorkCalendar,
  instant: Date | string | number,
  hours: number,
): Date {
  const cal = compiledOf(calendar, "addWorkingHours");
  const ms = toEpochMs(instant, "addWorkingHours", ["instant"]);
  if (!Number.isFinite(hours)) {
    throw new PeygirError("invalid_option", "addWorkingHours: hours must be a finite number", [
      { path: ["hours"], message: "must be a finite number" },
    ]);
  }
  return new Date(addWorkingMs(cal, ms, Math.round(hours * 3_600_000), "addWorkingHours"));
}
