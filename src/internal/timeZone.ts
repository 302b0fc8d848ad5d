/**
 * Time-zone offsets from the runtime's tz database (Intl), cached as a table of transitions
 * per zone so that converting an instant costs a binary search, not an Intl call.
 *
 * The table covers 1921–2122 (Jalali 1300–1500); outside it the nearest known offset holds.
 */
import { PeygirError } from "../errors/PeygirError";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SCAN_FROM = Date.UTC(1921, 0, 1);
const SCAN_TO = Date.UTC(2123, 0, 1);

interface ZoneTable {
  /** Instants (UTC ms) at which the offset changes; `at[0]` is -Infinity. */
  readonly at: Float64Array;
  /** The offset (ms, local minus UTC) in force from `at[i]`. */
  readonly offset: Float64Array;
}

const tables = new Map<string, ZoneTable>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    era: "short",
  });
}

function intlOffset(formatter: Intl.DateTimeFormat, utcMs: number): number {
  const parts = formatter.formatToParts(new Date(utcMs));
  const field: Record<string, number> = {};
  let bc = false;
  for (const part of parts) {
    if (part.type === "era") bc = part.value === "BC" || part.value === "B";
    else if (part.type !== "literal") field[part.type] = Number(part.value);
  }
  const year = bc ? 1 - (field.year ?? 0) : (field.year ?? 0);
  const local = Date.UTC(
    year,
    (field.month ?? 1) - 1,
    field.day ?? 1,
    field.hour ?? 0,
    field.minute ?? 0,
    field.second ?? 0,
  );
  return local - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

function buildTable(timeZone: string): ZoneTable {
  const formatter = formatterFor(timeZone);
  const at: number[] = [Number.NEGATIVE_INFINITY];
  const offset: number[] = [intlOffset(formatter, SCAN_FROM)];
  // Sample every 10 days; bisect to the minute wherever the offset differs between samples.
  const step = 10 * 24 * HOUR;
  let previousMs = SCAN_FROM;
  let previousOffset = offset[0] as number;
  for (let t = SCAN_FROM + step; t <= SCAN_TO; t += step) {
    const current = intlOffset(formatter, t);
    if (current !== previousOffset) {
      let lo = previousMs;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (intlOffset(formatter, mid) === previousOffset) lo = mid;
        else hi = mid;
      }
      at.push(hi);
      offset.push(current);
      previousOffset = current;
    }
    previousMs = t;
  }
  return { at: Float64Array.from(at), offset: Float64Array.from(offset) };
}

/**
 * Checks that `timeZone` is an IANA zone the runtime knows; throws `invalid_time_zone`
 * naming `where` and `path`.
 */
export function assertTimeZone(
  timeZone: string,
  where: string,
  path: readonly (string | number)[] = ["timeZone"],
): void {
  if (tables.has(timeZone)) return;
  try {
    if (typeof timeZone !== "string") throw new TypeError("not a string");
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new PeygirError("invalid_time_zone", `${where}: unknown time zone`, [
      { path, message: "must be an IANA time zone such as Asia/Tehran" },
    ]);
  }
}

function tableFor(timeZone: string): ZoneTable {
  let table = tables.get(timeZone);
  if (table === undefined) {
    assertTimeZone(timeZone, "timeZone");
    table = buildTable(timeZone);
    tables.set(timeZone, table);
  }
  return table;
}

/** The offset (ms, local minus UTC) of `timeZone` at the instant `utcMs`. */
export function zoneOffset(timeZone: string, utcMs: number): number {
  const { at, offset } = tableFor(timeZone);
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((at[mid] as number) <= utcMs) lo = mid;
    else hi = mid - 1;
  }
  return offset[lo] as number;
}

/**
 * The instant at which the wall clock of `timeZone` shows `localMs` (a local time written as
 * if it were UTC). A time skipped by a clock change moves forward by the change; a time
 * repeated by one takes the earlier instant (Temporal's "compatible" rule).
 */
export function localToUtc(timeZone: string, localMs: number): number {
  const before = zoneOffset(timeZone, localMs - 36 * HOUR);
  const after = zoneOffset(timeZone, localMs + 36 * HOUR);
  const withBefore = localMs - before;
  if (before === after) return withBefore;
  const beforeFits = zoneOffset(timeZone, withBefore) === before;
  const withAfter = localMs - after;
  const afterFits = zoneOffset(timeZone, withAfter) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (beforeFits) return withBefore;
  if (afterFits) return withAfter;
  // In a gap: keep the offset from before the change, which lands after it.
  return withBefore;
}
