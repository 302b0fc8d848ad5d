/**
 * The calendar questions deadlines ask (private), answered straight from the compiled
 * calendar's year tables (src/calendar/internal), the one calendar cache: a few array
 * look-ups per question, no call into the public, checking functions.
 */

import { isOpen, nthWorkingDay, workingDaysIn } from "../../calendar/internal/workingTime";
import { type CompiledCalendar, tableOf } from "../../calendar/internal/workTable";
import { PeygirError } from "../../errors/PeygirError";
import { clockTimeToMinutes } from "../../internal/clockTime";
import {
  canonicalToEpochDay,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  MS_PER_DAY,
} from "../../internal/epochDay";
import { epochDayOf } from "../../internal/jalaliInput";
import { localToUtc, zoneOffset } from "../../internal/timeZone";

export { calendarOption } from "../../calendar/internal/calendarOption";
export { localDay } from "../../calendar/internal/workingTime";

/** The offset (ms) of the calendar's zone at `ms`. */
export function offsetOf(cal: CompiledCalendar, ms: number): number {
  return zoneOffset(cal.timeZone, ms);
}

/** The calendar day of an instant given its zone offset; throws outside range. */
export function dayAt(
  ms: number,
  offset: number,
  where: string,
  path: readonly (string | number)[],
): number {
  const day = Math.floor((ms + offset) / MS_PER_DAY);
  if (!(day >= MIN_EPOCH_DAY && day <= MAX_EPOCH_DAY)) {
    throw new PeygirError("out_of_range", `${where}: instant outside Jalali 1300–1500`, [
      { path, message: "must fall in Jalali years 1300 to 1500" },
    ]);
  }
  return day;
}

/** The close of office hours on `day` as epoch ms, NaN when the office is closed. */
export function closeOfDay(cal: CompiledCalendar, day: number): number {
  const table = tableOf(cal, day);
  return table.close[day - table.first] as number;
}

/** `day` when it is a working day, else the next working day. */
function workingDayFrom(cal: CompiledCalendar, day: number): number {
  return isOpen(cal, day) ? day : nthWorkingDay(cal, day, 1, "deadlines", ["deadline"]);
}

/**
 * Due instant of a `date` deadline on `day` at `minutes` after midnight (−1: closing time),
 * moved to the next working day when `day` is not one (to the previous one when `back`).
 */
export function dateDueMs(
  cal: CompiledCalendar,
  day: number,
  minutes: number,
  back: boolean,
): number {
  const due =
    back && !isOpen(cal, day)
      ? nthWorkingDay(cal, day, -1, "deadlines", ["deadline"])
      : workingDayFrom(cal, day);
  return minutes < 0
    ? closeOfDay(cal, due)
    : localToUtc(cal.timeZone, due * MS_PER_DAY + minutes * 60_000);
}

/** The close of office hours on the `n`-th working day after `day` (0: `day` or the next). */
export function workingDaysDueMs(cal: CompiledCalendar, day: number, n: number): number {
  const due =
    n === 0 ? workingDayFrom(cal, day) : nthWorkingDay(cal, day, n, "deadlines", ["deadline"]);
  return closeOfDay(cal, due);
}

/**
 * Working days in (from, to], or minus those in [to, from) when `to` is before `from` (the
 * convention of `countWorkingDaysBetween`, which makes it the inverse of `addWorkingDays` for
 * negative amounts too).
 */
export function workingDaysFromTo(cal: CompiledCalendar, from: number, to: number): number {
  // `0 - x`, not `-x`: a count of 0 must not become -0.
  return to >= from ? workingDaysIn(cal, from + 1, to + 1) : 0 - workingDaysIn(cal, to, from);
}

/** Minutes after midnight of a canonical `HH:mm`, or NaN. */
export function minutesOf(time: unknown): number {
  if (typeof time !== "string") return Number.NaN;
  if (time.length === 5 && time.charCodeAt(2) === 58) {
    const h1 = time.charCodeAt(0) - 48;
    const h2 = time.charCodeAt(1) - 48;
    const m1 = time.charCodeAt(3) - 48;
    const m2 = time.charCodeAt(4) - 48;
    if (h1 >= 0 && h1 <= 2 && h2 >= 0 && h2 <= 9 && m1 >= 0 && m1 <= 5 && m2 >= 0 && m2 <= 9) {
      const h = h1 * 10 + h2;
      if (h <= 23) return h * 60 + m1 * 10 + m2;
    }
  }
  return clockTimeToMinutes(time);
}

/** Epoch day of a Jalali date string (canonical fast, loose slow), or NaN. */
export function dayOfDate(date: unknown): number {
  if (typeof date !== "string") return Number.NaN;
  const fast = canonicalToEpochDay(date);
  if (!Number.isNaN(fast)) return fast;
  try {
    return epochDayOf(date, "deadlines");
  } catch {
    return Number.NaN;
  }
}
