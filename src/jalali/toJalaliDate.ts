import type { InstantInput } from "../entities/IsoInstant";
import { PeygirError } from "../errors/PeygirError";
import { epochDayToString, MAX_EPOCH_DAY, MIN_EPOCH_DAY, MS_PER_DAY } from "../internal/epochDay";
import { instantMs } from "../internal/instant";
import { assertTimeZone, zoneOffset } from "../internal/timeZone";
import type { JalaliDate } from "./JalaliDate";

/**
 * Options of {@link toJalaliDate}.
 *
 * @category Jalali dates
 */
export interface ToJalaliDateOptions {
  /** The IANA time zone whose calendar day is wanted. Default `"Asia/Tehran"`. */
  readonly timeZone?: string;
}

/**
 * The Jalali calendar day on which an instant falls in a time zone (Tehran by default).
 *
 * The answer never depends on the time zone of the process running the code.
 *
 * @param instant - A `Date`, milliseconds since the Unix epoch, or an ISO 8601 string with an
 *   offset (`Z` or `+03:30`).
 * @param options - {@link ToJalaliDateOptions}.
 * @returns The canonical Jalali date.
 * @throws {@link PeygirError} `invalid_instant` for an invalid date or a string without an
 *   offset, `invalid_time_zone` for an unknown zone, `out_of_range` outside 1300–1500.
 *
 * @example
 * ```ts
 * toJalaliDate("2024-07-15T20:00:00Z"); // => "1403/04/25" (23:30 in Tehran)
 * toJalaliDate("2024-07-15T21:00:00Z"); // => "1403/04/26" (00:30 the next day in Tehran)
 * toJalaliDate("2024-07-15T21:00:00Z", { timeZone: "UTC" }); // => "1403/04/25"
 * ```
 *
 * @category Jalali dates
 */
export function toJalaliDate(instant: InstantInput, options?: ToJalaliDateOptions): JalaliDate {
  const ms = instantMs(instant, "toJalaliDate", ["instant"]);
  const zone = options?.timeZone;
  if (zone !== undefined) assertTimeZone(zone, "toJalaliDate", ["options", "timeZone"]);
  const day = Math.floor((ms + zoneOffset(zone ?? "Asia/Tehran", ms)) / MS_PER_DAY);
  if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) {
    throw new PeygirError("out_of_range", "toJalaliDate: instant outside Jalali 1300–1500", [
      { path: ["instant"], message: "must fall in Jalali years 1300 to 1500" },
    ]);
  }
  return epochDayToString(day);
}
