/**
 * Questions answered from a compiled calendar's year tables (private): open days, the n-th
 * working day, working days and working time between two points, an instant plus working
 * time. The public calendar functions and the deadline code all ask these.
 */

import { PeygirError } from "../../errors/PeygirError";
import {
  MAX_EPOCH_DAY,
  MAX_JALALI_YEAR,
  MIN_EPOCH_DAY,
  MIN_JALALI_YEAR,
  MS_PER_DAY,
} from "../../internal/epochDay";
import { zoneOffset } from "../../internal/timeZone";
import { type CompiledCalendar, tableOf, type YearTable, yearTable } from "./workTable";

function outOfRange(where: string, path: readonly (string | number)[]): PeygirError {
  return new PeygirError("out_of_range", `${where}: result outside Jalali 1300–1500`, [
    { path, message: "reaches past the years 1300 to 1500" },
  ]);
}

/** Whether `day` is a working day. */
export function isOpen(cal: CompiledCalendar, day: number): boolean {
  const table = tableOf(cal, day);
  const i = day - table.first;
  return (table.days[i + 1] as number) > (table.days[i] as number);
}

/**
 * The `n`-th working day after `day` (n > 0) or the `-n`-th before it (n < 0); throws
 * `out_of_range` when it is past 1300–1500.
 */
export function nthWorkingDay(
  cal: CompiledCalendar,
  day: number,
  n: number,
  where: string,
  path: readonly (string | number)[],
): number {
  let table = tableOf(cal, day);
  let year = table.year;
  const i = day - table.first;
  if (n > 0) {
    let k = (table.days[i + 1] as number) + n - 1;
    while (k >= table.work.length) {
      k -= table.work.length;
      if (++year > MAX_JALALI_YEAR) throw outOfRange(where, path);
      table = yearTable(cal, year);
    }
    return table.first + (table.work[k] as number);
  }
  let k = (table.days[i] as number) + n;
  while (k < 0) {
    if (--year < MIN_JALALI_YEAR) throw outOfRange(where, path);
    table = yearTable(cal, year);
    k += table.work.length;
  }
  return table.first + (table.work[k] as number);
}

/** Working days in [lo, hi) for lo <= hi. */
export function workingDaysIn(cal: CompiledCalendar, lo: number, hi: number): number {
  if (lo >= hi) return 0;
  const a = tableOf(cal, lo);
  const b = tableOf(cal, hi - 1);
  if (a === b) return (b.days[hi - b.first] as number) - (a.days[lo - a.first] as number);
  let count = a.work.length - (a.days[lo - a.first] as number) + (b.days[hi - b.first] as number);
  for (let year = a.year + 1; year < b.year; year++) count += yearTable(cal, year).work.length;
  return count;
}

/** The local calendar day of an instant in the calendar's zone; throws outside 1300–1500. */
export function localDay(
  cal: CompiledCalendar,
  ms: number,
  where: string,
  path: readonly (string | number)[],
): number {
  const day = Math.floor((ms + zoneOffset(cal.timeZone, ms)) / MS_PER_DAY);
  if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) {
    throw new PeygirError("out_of_range", `${where}: instant outside Jalali 1300–1500`, [
      { path, message: "must fall in Jalali years 1300 to 1500" },
    ]);
  }
  return day;
}

/** Working milliseconds from the start of the instant's year to the instant. */
function positionInYear(table: YearTable, day: number, ms: number): number {
  const i = day - table.first;
  const before = table.ms[i] as number;
  const start = table.open[i] as number;
  if (!(ms > start)) return before;
  const end = table.close[i] as number;
  return before + (ms < end ? ms - start : end - start);
}

/** Working milliseconds from instant `a` to instant `b` (negative when `b` is earlier). */
export function workingMsBetween(
  cal: CompiledCalendar,
  a: number,
  b: number,
  where: string,
): number {
  if (b < a) return 0 - workingMsBetween(cal, b, a, where); // never -0
  const dayA = localDay(cal, a, where, ["from"]);
  const dayB = localDay(cal, b, where, ["to"]);
  const ta = tableOf(cal, dayA);
  const tb = tableOf(cal, dayB);
  const pa = positionInYear(ta, dayA, a);
  const pb = positionInYear(tb, dayB, b);
  if (ta === tb) return pb - pa;
  let total = (ta.ms[ta.length] as number) - pa + pb;
  for (let year = ta.year + 1; year < tb.year; year++) {
    const table = yearTable(cal, year);
    total += table.ms[table.length] as number;
  }
  return total;
}

/** Index of the last element of `sorted` that is <= `value` (or < when `strict`). */
function lastAtMost(sorted: Float64Array, value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const x = sorted[mid] as number;
    if (strict ? x < value : x <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The instant `amount` working milliseconds after (or, negative, before) instant `ms`: going
 * forward, the earliest instant that far in; going back, the latest.
 */
export function addWorkingMs(
  cal: CompiledCalendar,
  ms: number,
  amount: number,
  where: string,
): number {
  // Checked before the shortcut for 0, so that an instant outside 1300–1500 is out_of_range
  // whatever the amount (it once came back as an Invalid Date).
  const day = localDay(cal, ms, where, ["instant"]);
  if (amount === 0) return ms;
  let table = tableOf(cal, day);
  let year = table.year;
  let target = positionInYear(table, day, ms) + amount;
  if (amount > 0) {
    while (target > (table.ms[table.length] as number)) {
      target -= table.ms[table.length] as number;
      if (++year > MAX_JALALI_YEAR) throw outOfRange(where, ["hours"]);
      table = yearTable(cal, year);
    }
    // The day whose hours reach the target: ms[i] < target <= ms[i + 1].
    const i = lastAtMost(table.ms, target, true);
    return (table.open[i] as number) + (target - (table.ms[i] as number));
  }
  while (target < 0) {
    if (--year < MIN_JALALI_YEAR) throw outOfRange(where, ["hours"]);
    table = yearTable(cal, year);
    target += table.ms[table.length] as number;
  }
  // The day whose hours hold the target: ms[i] <= target < ms[i + 1].
  let i = lastAtMost(table.ms, target, false);
  if (i >= table.length) {
    // Target at the very end of the year: the close of its last working day.
    i = table.length - 1;
    while (Number.isNaN(table.open[i] as number)) i--;
  }
  return (table.open[i] as number) + (target - (table.ms[i] as number));
}
