/**
 * The compiled form of a work calendar (private), the one cache of calendar answers: per
 * Jalali year, built on first use, a
 * table of which days are open, their office hours as instants, and prefix counts of working
 * days and working milliseconds, so that every calendar question costs an array look-up or a
 * short binary search. Tables live in a `WeakMap` keyed by the calendar object, which itself
 * stays plain JSON.
 */

import type { Region } from "../../entities/Region";
import { PeygirError, type PeygirErrorCode, type PeygirIssue } from "../../errors/PeygirError";
import { clockTimeToMinutes } from "../../internal/clockTime";
import {
  epochDayYear,
  MIN_JALALI_YEAR,
  MS_PER_DAY,
  yearStartEpochDay,
} from "../../internal/epochDay";
import { localToUtc } from "../../internal/timeZone";
import { WEEKDAYS } from "../../internal/weekdays";
import type { Weekday } from "../../jalali/Weekday";
import type { Holiday } from "../Holiday";
import { getIranianHolidays } from "../holidays/index";
import type { WorkCalendar } from "../WorkCalendar";
import type { WorkClosure } from "../WorkClosure";
import type { WorkingHours } from "../WorkingHours";
import { readCalendar } from "./readCalendar";
import { RULE_ORDER_MESSAGE } from "./ruleOrder";

/** Office hours as minutes after midnight, or null for closed. */
type Minutes = readonly [open: number, close: number] | null;

interface CompiledRule {
  readonly from: number;
  readonly to: number;
  /** Bit i set: weekday i (0 = Saturday) is off; -1 when the rule keeps the weekend. */
  readonly weekend: number;
  /** Undefined when the rule keeps the hours. */
  readonly hours: Minutes | undefined;
}

/** One Jalali year of a calendar. */
export interface YearTable {
  /** The Jalali year. */
  readonly year: number;
  /** Epoch day of 1 Farvardin. */
  readonly first: number;
  /** Days in the year. */
  readonly length: number;
  /** `days[i]`: working days among the first `i` days of the year. */
  readonly days: Int32Array;
  /** Offsets (from `first`) of the working days, in order. */
  readonly work: Int32Array;
  /** Opening instant (epoch ms) of each day; NaN when closed. */
  readonly open: Float64Array;
  /** Closing instant (epoch ms) of each day; NaN when closed. */
  readonly close: Float64Array;
  /** `ms[i]`: working milliseconds in the first `i` days of the year. */
  readonly ms: Float64Array;
  /** The holidays of the year by epoch day. */
  readonly holidays: ReadonlyMap<number, readonly Holiday[]>;
}

/** A calendar ready for questions. */
export interface CompiledCalendar {
  readonly calendar: WorkCalendar;
  readonly timeZone: string;
  readonly weekend: number;
  readonly hours: Minutes;
  readonly rules: readonly CompiledRule[];
  readonly closures: ReadonlyMap<number, readonly WorkClosure[]>;
  /** Holidays given as a list (or the extra holidays of "iran"), by epoch day. */
  readonly listed: ReadonlyMap<number, readonly Holiday[]>;
  readonly iran: boolean;
  readonly years: (YearTable | undefined)[];
  /** The table used last, checked first. */
  last: YearTable | undefined;
}

const compiled = new WeakMap<object, CompiledCalendar>();

function weekdayIndex(day: number): number {
  // 1970-01-01 was a Thursday, index 5 when Saturday is 0 (as in `Weekday.options`).
  return (((day + 5) % 7) + 7) % 7;
}

function maskOf(days: readonly Weekday[]): number {
  let mask = 0;
  for (const day of days) mask |= 1 << WEEKDAYS.indexOf(day);
  return mask;
}

function minutesOf(hours: WorkingHours | null): Minutes {
  return hours === null ? null : [clockTimeToMinutes(hours.start), clockTimeToMinutes(hours.end)];
}

function dayOfDate(date: string): number {
  const [y, m, d] = date.split("/").map(Number) as [number, number, number];
  const dayOfYear = m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30;
  return yearStartEpochDay(y) + dayOfYear + d - 1;
}

function byDay<T extends { readonly date: string }>(
  items: readonly T[],
  keep: (item: T) => boolean = () => true,
): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    if (!keep(item)) continue;
    const day = dayOfDate(item.date);
    const list = map.get(day);
    if (list === undefined) map.set(day, [item]);
    else list.push(item);
  }
  return map;
}

function codeOf(issue: PeygirIssue): PeygirErrorCode {
  const keys = issue.path.filter((key): key is string => typeof key === "string");
  const last = keys[keys.length - 1];
  if (keys[0] === "timeZone") return "invalid_time_zone";
  if (keys.includes("weekend")) return "invalid_weekday";
  if (keys.includes("hours")) return "invalid_hours";
  if (issue.message === RULE_ORDER_MESSAGE) return "invalid_rule";
  if (last === "date" || last === "from" || last === "to") return "invalid_jalali_date";
  if (keys[0] === "rules") return "invalid_rule";
  return "invalid_calendar";
}

/**
 * Validates calendar options (or a calendar read back from JSON); throws a `PeygirError`
 * whose code is that of the first problem (see `codeOf`) and which lists every problem.
 */
export function validateCalendar(input: unknown, where: string): WorkCalendar {
  const result = readCalendar(input);
  if (result.ok) return result.value;
  const issues = result.issues;
  const code = issues[0] === undefined ? "invalid_calendar" : codeOf(issues[0]);
  throw new PeygirError(code, `${where}: invalid work calendar`, issues);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Whether every field `outer` names (province, county, district) is the same in `inner`. */
function regionContains(outer: Region | undefined, inner: Region | undefined): boolean {
  if (outer === undefined) return true;
  if (outer.province !== inner?.province) return false;
  if (outer.county !== undefined && outer.county !== inner?.county) return false;
  if (outer.district !== undefined && outer.district !== inner?.district) return false;
  return true;
}

/** Compiles a validated calendar (tables are built later, per year) and freezes it. */
export function register(calendar: WorkCalendar): WorkCalendar {
  deepFreeze(calendar);
  compiled.set(calendar, compile(calendar));
  return calendar;
}

function compile(calendar: WorkCalendar): CompiledCalendar {
  const region: Region | undefined = calendar.region;
  const rules: CompiledRule[] = [];
  for (const rule of calendar.rules) {
    if (!regionContains(rule.region, region)) continue;
    rules.push({
      from: dayOfDate(rule.from),
      to: rule.to === undefined ? Number.POSITIVE_INFINITY : dayOfDate(rule.to),
      weekend: rule.weekend === undefined ? -1 : maskOf(rule.weekend),
      hours: rule.hours === undefined ? undefined : minutesOf(rule.hours),
    });
  }
  const listed = [
    ...(Array.isArray(calendar.holidays) ? (calendar.holidays as readonly Holiday[]) : []),
    ...calendar.extraHolidays,
  ];
  return {
    calendar,
    timeZone: calendar.timeZone,
    weekend: maskOf(calendar.weekend),
    hours: minutesOf(calendar.hours),
    rules,
    closures: byDay(calendar.closures, (closure) => regionContains(closure.region, region)),
    listed: byDay(listed),
    iran: calendar.holidays === "iran",
    years: [],
    last: undefined,
  };
}

/**
 * The compiled form of `calendar`; a calendar not made by `createWorkCalendar` (one read
 * back from JSON) is validated and compiled on first use.
 */
export function compiledOf(
  calendar: unknown,
  where: string,
  path: readonly (string | number)[] = ["calendar"],
): CompiledCalendar {
  const known = typeof calendar === "object" && calendar !== null && compiled.get(calendar);
  if (known) return known;
  if (typeof calendar !== "object" || calendar === null) {
    throw new PeygirError("invalid_calendar", `${where}: not a work calendar`, [
      { path, message: "must be a WorkCalendar (see createWorkCalendar)" },
    ]);
  }
  const result = compile(validateCalendar(calendar, where));
  compiled.set(calendar, result);
  return result;
}

function buildYear(cal: CompiledCalendar, year: number): YearTable {
  const first = yearStartEpochDay(year);
  const length = yearStartEpochDay(year + 1) - first;
  const holidays = new Map<number, Holiday[]>();
  if (cal.iran) {
    for (const holiday of getIranianHolidays(year))
      holidays.set(dayOfDate(holiday.date), [holiday]);
  }
  for (const [day, list] of cal.listed) {
    if (day < first || day >= first + length) continue;
    holidays.set(day, [...(holidays.get(day) ?? []), ...list]);
  }
  const days = new Int32Array(length + 1);
  const work: number[] = [];
  const open = new Float64Array(length).fill(Number.NaN);
  const close = new Float64Array(length).fill(Number.NaN);
  const ms = new Float64Array(length + 1);
  for (let i = 0; i < length; i++) {
    const day = first + i;
    let weekend = cal.weekend;
    let hours = cal.hours;
    for (const rule of cal.rules) {
      if (day < rule.from || day > rule.to) continue;
      if (rule.weekend !== -1) weekend = rule.weekend;
      if (rule.hours !== undefined) hours = rule.hours;
    }
    if ((weekend >> weekdayIndex(day)) & 1 || holidays.has(day)) hours = null;
    for (const closure of cal.closures.get(day) ?? []) {
      if (hours === null) break;
      hours = closure.hours === undefined ? null : minutesOf(closure.hours);
    }
    days[i + 1] = (days[i] as number) + (hours === null ? 0 : 1);
    let worked = 0;
    if (hours !== null) {
      work.push(i);
      const start = localToUtc(cal.timeZone, day * MS_PER_DAY + hours[0] * 60_000);
      const end = localToUtc(cal.timeZone, day * MS_PER_DAY + hours[1] * 60_000);
      open[i] = start;
      close[i] = end;
      worked = end - start;
    }
    ms[i + 1] = (ms[i] as number) + worked;
  }
  return { year, first, length, days, work: Int32Array.from(work), open, close, ms, holidays };
}

/** The table of the Jalali year `year` (1300–1500). */
export function yearTable(cal: CompiledCalendar, year: number): YearTable {
  const index = year - MIN_JALALI_YEAR;
  let table = cal.years[index];
  if (table === undefined) {
    table = buildYear(cal, year);
    cal.years[index] = table;
  }
  return table;
}

/** The table of the year containing epoch day `day` (in range). */
export function tableOf(cal: CompiledCalendar, day: number): YearTable {
  const last = cal.last;
  if (last !== undefined && day >= last.first && day < last.first + last.length) return last;
  const table = yearTable(cal, epochDayYear(day));
  cal.last = table;
  return table;
}
