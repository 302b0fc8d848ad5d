/**
 * Per-calendar memo of the calendar answers deadlines need (private).
 *
 * A `WorkCalendar` is immutable, so every answer it gives can be kept for as long as the
 * calendar object lives (a `WeakMap` entry). The hot path of `deadlineStatus` then costs a
 * few `Map` look-ups with small-integer keys instead of calls into the calendar, and an ISO
 * string is built from cached day and clock texts (whole minutes cached whole) instead of
 * being formatted each time.
 */
import {
  canonicalToEpochDay,
  epochDayToString,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  MS_PER_DAY,
} from "../../internal/epochDay";
import { epochDayOf } from "../../internal/jalaliInput";
import { localToUtc, zoneOffset } from "../../internal/timeZone";
import {
  addWorkingDays,
  createWorkCalendar,
  isWorkingDay,
  nextWorkingDay,
  officeHours,
  type WorkCalendar,
  workingDaysBetween,
} from "../../calendar/index";
import { PeygirError } from "../../errors/PeygirError";
import { clockTimeToMinutes, minutesToClockTime } from "../../internal/clockTime";
import { dayPrefix, offsetText, secondsSuffix } from "./instant";

/** Shifts epoch days to non-negative numbers so that packed keys stay small integers. */
const DAY_BIAS = -MIN_EPOCH_DAY;
/** At most this many whole-minute ISO texts are kept (a few MB). */
const WHOLE_MINUTE_LIMIT = 1 << 16;
/** Caches are dropped when they grow past this many entries (keeps memory bounded). */
const CACHE_LIMIT = 1 << 20;

/** The memoised answers of one calendar. */
export interface CalendarCache {
  readonly calendar: WorkCalendar;
  readonly timeZone: string;
  /** (day, minutes + 1) → due instant of a `date` deadline; minutes −1: closing time. */
  readonly dateDue: Map<number, number>;
  /** (issued day, n) → close of the n-th working day. */
  readonly workingDue: Map<number, number>;
  /** day → working days in (anchor, day]. */
  readonly workingCount: Map<number, number>;
  anchor: number;
  /** local epoch day → `YYYY-MM-DDT` */
  readonly dayText: Map<number, string>;
  /** UTC minute → full ISO text of that whole minute */
  readonly wholeMinute: Map<number, string>;
  /** offset ms → `+03:30` */
  readonly offsetText: Map<number, string>;
  /** day → close of office hours that day (NaN when closed) */
  readonly closeOf: Map<number, number>;
}

const caches = new WeakMap<WorkCalendar, CalendarCache>();
let defaultCalendar: WorkCalendar | undefined;

/** The default Iranian work calendar, created on first use. */
function theDefaultCalendar(): WorkCalendar {
  defaultCalendar ??= createWorkCalendar();
  return defaultCalendar;
}

let lastCalendar: WorkCalendar | undefined;
let lastCache: CalendarCache | undefined;

/**
 * The memo of `calendar` (the default Iranian calendar when undefined); throws
 * `invalid_calendar`, naming `where` and `path`, for a value that is not an object.
 */
export function cacheFor(
  calendar: WorkCalendar | undefined,
  where: string,
  path: readonly (string | number)[],
): CalendarCache {
  // Callers usually ask about one calendar many times in a row: skip the WeakMap then.
  if (calendar === lastCalendar && lastCache !== undefined) return lastCache;
  if (calendar !== undefined && (typeof calendar !== "object" || calendar === null))
    throw new PeygirError("invalid_calendar", `${where}: not a work calendar`, [
      { path, message: "must be a work calendar (see createWorkCalendar)" },
    ]);
  lastCache = lookUp(calendar);
  lastCalendar = calendar;
  return lastCache;
}

function lookUp(calendar: WorkCalendar | undefined): CalendarCache {
  const cal = calendar ?? theDefaultCalendar();
  let cache = caches.get(cal);
  if (cache === undefined) {
    const timeZone = (cal as { readonly timeZone?: unknown }).timeZone;
    cache = {
      calendar: cal,
      timeZone: typeof timeZone === "string" ? timeZone : "Asia/Tehran",
      dateDue: new Map(),
      workingDue: new Map(),
      workingCount: new Map(),
      anchor: Number.NaN,
      dayText: new Map(),
      wholeMinute: new Map(),
      offsetText: new Map(),
      closeOf: new Map(),
    };
    caches.set(cal, cache);
  }
  return cache;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V, limit = CACHE_LIMIT): V {
  if (map.size >= limit) map.clear();
  map.set(key, value);
  return value;
}

function outOfRange(where: string, path: readonly (string | number)[]): PeygirError {
  return new PeygirError("out_of_range", `${where}: instant outside Jalali 1300–1500`, [
    { path, message: "must fall in Jalali years 1300 to 1500" },
  ]);
}

/** The calendar day (epoch day in the calendar's zone) of an instant; throws outside range. */
export function dayOf(
  cache: CalendarCache,
  ms: number,
  where: string,
  path: readonly (string | number)[],
): number {
  return dayAt(ms, zoneOffset(cache.timeZone, ms), where, path);
}

/** The offset (ms) of the calendar's zone at `ms`. */
export function offsetOf(cache: CalendarCache, ms: number): number {
  return zoneOffset(cache.timeZone, ms);
}

/** The calendar day of an instant given its zone offset; throws outside range. */
export function dayAt(
  ms: number,
  offset: number,
  where: string,
  path: readonly (string | number)[],
): number {
  const day = Math.floor((ms + offset) / MS_PER_DAY);
  if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) throw outOfRange(where, path);
  return day;
}

/**
 * The ISO 8601 text of an instant in the calendar's zone (`2024-07-15T14:30:00+03:30`),
 * given that zone's offset at the instant. Whole minutes come straight from a cache; other
 * instants add their seconds to a cached minute prefix.
 */
export function isoOf(cache: CalendarCache, ms: number, zoneOffsetMs: number): string {
  // ISO offsets have no seconds: a local-mean-time offset (Tehran's +03:25:44 before 1946)
  // is rounded, and the local time written with it, so the text still names the instant.
  const offset =
    zoneOffsetMs % 60_000 === 0 ? zoneOffsetMs : Math.round(zoneOffsetMs / 60_000) * 60_000;
  const local = ms + offset;
  const day = Math.floor(local / MS_PER_DAY);
  const inDay = local - day * MS_PER_DAY;
  const minuteOfDay = Math.floor(inDay / 60_000);
  if (inDay === minuteOfDay * 60_000) {
    // Deadlines mostly fall on whole minutes (closing times, given times): cached whole,
    // keyed by the UTC minute, which fixes the offset too (local times repeat when clocks
    // go back).
    const key = Math.floor(ms / 60_000);
    const cached = cache.wholeMinute.get(key);
    if (cached !== undefined) return cached;
    return remember(
      cache.wholeMinute,
      key,
      `${dayText(cache, day)}${clockText(minuteOfDay)}00${zoneText(cache, offset)}`,
      WHOLE_MINUTE_LIMIT,
    );
  }
  return (
    dayText(cache, day) +
    clockText(minuteOfDay) +
    secondsSuffix(inDay - minuteOfDay * 60_000) +
    zoneText(cache, offset)
  );
}

/** `YYYY-MM-DDT` of a local epoch day (cached; days are few). */
function dayText(cache: CalendarCache, day: number): string {
  return cache.dayText.get(day) ?? remember(cache.dayText, day, dayPrefix(day));
}

let clockTexts: string[] | undefined;

/** `HH:mm:` of a minute of the day. */
function clockText(minuteOfDay: number): string {
  if (clockTexts === undefined) {
    clockTexts = [];
    for (let m = 0; m < 1440; m++) clockTexts.push(`${minutesToClockTime(m)}:`);
  }
  return clockTexts[minuteOfDay] as string;
}

function zoneText(cache: CalendarCache, offset: number): string {
  return cache.offsetText.get(offset) ?? remember(cache.offsetText, offset, offsetText(offset));
}

/** The close of office hours on `day` as epoch ms, NaN when the office is closed. */
export function closeOfDay(cache: CalendarCache, day: number): number {
  const cached = cache.closeOf.get(day);
  if (cached !== undefined) return cached;
  const hours = officeHours(cache.calendar, epochDayToString(day));
  return remember(cache.closeOf, day, hours === null ? Number.NaN : hours.end.getTime());
}

/** The first working day on or after `day`. */
function workingDayFrom(cache: CalendarCache, day: number): number {
  const date = epochDayToString(day);
  if (isWorkingDay(cache.calendar, date)) return day;
  return epochDayOf(nextWorkingDay(cache.calendar, date), "deadlines");
}

/**
 * Due instant of a `date` deadline on `day` at `minutes` after midnight (−1: closing time),
 * moved to the next working day when `day` is not one.
 */
export function dateDueMs(cache: CalendarCache, day: number, minutes: number): number {
  const key = (day + DAY_BIAS) * 2048 + minutes + 1;
  const cached = cache.dateDue.get(key);
  if (cached !== undefined) return cached;
  const due = workingDayFrom(cache, day);
  const ms =
    minutes < 0
      ? closeOfDay(cache, due)
      : localToUtc(cache.timeZone, due * MS_PER_DAY + minutes * 60_000);
  return remember(cache.dateDue, key, ms);
}

/** The close of office hours on the `n`-th working day after `day` (0: `day` or the next). */
export function workingDaysDueMs(cache: CalendarCache, day: number, n: number): number {
  const key = (day + DAY_BIAS) * 8192 + n;
  const cached = n < 8192 ? cache.workingDue.get(key) : undefined;
  if (cached !== undefined) return cached;
  const due = epochDayOf(addWorkingDays(cache.calendar, epochDayToString(day), n), "deadlines");
  const ms = closeOfDay(cache, due);
  return n < 8192 ? remember(cache.workingDue, key, ms) : ms;
}

/**
 * `workingDaysBetween` from the cache: working days in (from, to], or minus those in
 * [to, from) when `to` is before `from` (the calendar's convention, which makes it the inverse
 * of `addWorkingDays` for negative amounts too).
 */
export function workingDaysFromTo(cache: CalendarCache, from: number, to: number): number {
  if (from === to) return 0;
  if (from < to) return countTo(cache, to) - countTo(cache, from);
  return countTo(cache, to - 1) - countTo(cache, from - 1);
}

function countTo(cache: CalendarCache, day: number): number {
  // Bounded by the number of days in 1300–1500, so never cleared: every count stays
  // relative to the same anchor.
  if (Number.isNaN(cache.anchor)) cache.anchor = day;
  const cached = cache.workingCount.get(day);
  if (cached !== undefined) return cached;
  // Counts are working days in (anchor, day] after the anchor and minus those in (day, anchor]
  // before it, so that differences of two counts are always working days in (from, to].
  const anchor = epochDayToString(cache.anchor);
  const count =
    day === cache.anchor
      ? 0
      : day > cache.anchor
        ? workingDaysBetween(cache.calendar, anchor, epochDayToString(day))
        : // `0 - x`, not `-x`: a count of 0 must not become -0.
          0 - workingDaysBetween(cache.calendar, epochDayToString(day), anchor);
  cache.workingCount.set(day, count);
  return count;
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
