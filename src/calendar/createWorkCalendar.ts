import { register, validateCalendar } from "./internal/workTable";
import type { CreateWorkCalendarOptions, WorkCalendar } from "./WorkCalendar";

/**
 * Creates a work calendar: which days offices work and in which hours, from the weekend, the
 * office hours, the holidays, dated rules and closures.
 *
 * The result is plain, deeply frozen data (see {@link WorkCalendar} for the model and the
 * precedence of its parts); it can be stored as JSON and used again after `JSON.parse`. The
 * calendar functions build a compact table per Jalali year on first use and keep it for as
 * long as the calendar object lives.
 *
 * @param options - {@link CreateWorkCalendarOptions}: `timeZone` (default `"Asia/Tehran"`),
 *   `weekend` (default `["friday"]`), `hours` (default 07:30–14:30), `holidays` (`"iran"`,
 *   `false` or a list; default `"iran"`), `extraHolidays`, `rules`, `closures`, `region`.
 * @returns The validated calendar with defaults filled in.
 * @throws {@link PeygirError} listing every problem with its path, with the code of the
 *   first: `invalid_weekday` (unknown, repeated or all seven weekend days),
 *   `invalid_hours` (a malformed time, `end` not after `start`), `invalid_jalali_date` (a
 *   malformed date or one outside 1300–1500), `invalid_rule` (a rule ending before it
 *   starts or changing nothing), `invalid_time_zone`, `invalid_calendar` (anything else,
 *   such as an unknown key or province).
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar({ weekend: ["thursday", "friday"] });
 * calendar.hours; // => { start: "07:30", end: "14:30" }
 * isWorkingDay("1403/04/28", { calendar }); // => false (a Thursday)
 * createWorkCalendar({ weekend: ["caturday"] }); // throws PeygirError "invalid_weekday"
 * ```
 *
 * @category Calendar
 */
export function createWorkCalendar(options?: CreateWorkCalendarOptions): WorkCalendar {
  return register(validateCalendar(options, "createWorkCalendar"));
}
