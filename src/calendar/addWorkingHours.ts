import type { InstantInput, IsoInstant } from "../entities/IsoInstant";
import { PeygirError } from "../errors/PeygirError";
import { instantMs, isoText } from "../internal/instant";
import { calendarOption } from "./internal/calendarOption";
import { addWorkingMs } from "./internal/workingTime";
import type { WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link addWorkingHours}.
 *
 * @category Calendar
 */
export interface AddWorkingHoursOptions {
  /** The work calendar. Default: the national Iranian calendar (`createWorkCalendar()`). */
  readonly calendar?: WorkCalendar;
}

/**
 * Adds working hours to an instant, counting only office hours of working days.
 *
 * Going forward the result is the earliest instant that far in (a task given at 14:00 with
 * half an hour left is due at 14:30, not at the next opening); going back, the latest. From
 * outside office hours counting starts at the next opening (or, going back, the last
 * closing). Adding 0 returns the instant unchanged (an instant outside 1300–1500 is an
 * error whatever the amount).
 *
 * @param instant - A `Date`, epoch milliseconds, or an ISO 8601 string with an offset.
 * @param amount - Working hours to add (fractions allowed; negative to go back).
 * @param options - The calendar (default: the national Iranian calendar).
 * @returns The resulting instant, an ISO 8601 string in the calendar's time zone.
 * @throws {@link PeygirError} `invalid_instant`, `invalid_option` when `amount` is not a finite
 *   number, `invalid_calendar` for a calendar that is not valid, `out_of_range` when the
 *   instant (even with 0 hours added) or the result is outside 1300–1500.
 *
 * @example
 * ```ts
 * // Saturday 1403/04/23 at 13:30 Tehran time, plus 2 working hours: 1 hour that day, then
 * // 1 hour from Sunday's opening at 07:30: 08:30 on 1403/04/24.
 * addWorkingHours("2024-07-13T13:30:00+03:30", 2); // => "2024-07-14T08:30:00+03:30"
 * ```
 *
 * @category Calendar
 */
export function addWorkingHours(
  instant: InstantInput,
  amount: number,
  options?: AddWorkingHoursOptions,
): IsoInstant {
  const cal = calendarOption(options, "addWorkingHours");
  const ms = instantMs(instant, "addWorkingHours", ["instant"]);
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    throw new PeygirError("invalid_option", "addWorkingHours: amount must be a finite number", [
      { path: ["amount"], message: "must be a finite number" },
    ]);
  }
  const due = addWorkingMs(cal, ms, Math.round(amount * 3_600_000), "addWorkingHours");
  return isoText(due, cal.timeZone);
}
