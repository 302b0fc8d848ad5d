import type { IsoInstant } from "../entities/IsoInstant";
import { PeygirError } from "../errors/PeygirError";
import { clockTimeToMinutes } from "../internal/clockTime";
import { MS_PER_DAY } from "../internal/epochDay";
import { isoText } from "../internal/instant";
import { epochDayOf } from "../internal/jalaliInput";
import { assertTimeZone, localToUtc } from "../internal/timeZone";

/**
 * Options of {@link fromJalaliDate}.
 *
 * @category Jalali dates
 */
export interface FromJalaliDateOptions {
  /** The wall-clock time, `HH:mm`. Default `"00:00"`. */
  readonly time?: string;
  /** The IANA time zone of that wall clock. Default `"Asia/Tehran"`. */
  readonly timeZone?: string;
}

/**
 * The instant at which a wall clock in a time zone (Tehran by default) shows a time on a
 * Jalali date.
 *
 * Uses the tz database, so the historic daylight-saving years of Asia/Tehran (+04:30 from 2
 * Farvardin to 30 Shahrivar until 1401) and the fixed +03:30 since are both right. A time
 * skipped when clocks went forward moves forward by the change; a time repeated when they
 * went back takes the earlier instant.
 *
 * @param date - The Jalali date (canonical or loosely written).
 * @param options - {@link FromJalaliDateOptions}.
 * @returns The instant, an ISO 8601 string with the zone's offset at that instant.
 * @throws {@link PeygirError} `invalid_jalali_date`, `invalid_time` or `invalid_time_zone`.
 *
 * @example
 * ```ts
 * fromJalaliDate("1403/04/25", { time: "14:30" }); // => "2024-07-15T14:30:00+03:30"
 * fromJalaliDate("1400/04/25", { time: "14:30" }); // => "2021-07-16T14:30:00+04:30" (DST)
 * fromJalaliDate("1403/04/25", { time: "14:30", timeZone: "UTC" }); // => "2024-07-15T14:30:00+00:00"
 * ```
 *
 * @category Jalali dates
 */
export function fromJalaliDate(date: string, options?: FromJalaliDateOptions): IsoInstant {
  const day = epochDayOf(date, "fromJalaliDate");
  const minutes = clockTimeToMinutes(options?.time ?? "00:00");
  if (Number.isNaN(minutes)) {
    throw new PeygirError("invalid_time", "fromJalaliDate: invalid time", [
      { path: ["options", "time"], message: "must be a time HH:mm from 00:00 to 23:59" },
    ]);
  }
  const zone = options?.timeZone;
  if (zone !== undefined) assertTimeZone(zone, "fromJalaliDate", ["options", "timeZone"]);
  const timeZone = zone ?? "Asia/Tehran";
  return isoText(localToUtc(timeZone, day * MS_PER_DAY + minutes * 60_000), timeZone);
}
