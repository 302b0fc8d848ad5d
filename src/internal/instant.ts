/**
 * Instants in and out (private): the one reader of what `InstantInput` accepts and the one
 * writer of what every function and record gives back (see docs/entities.md, "Instants").
 *
 * Reading: a `Date`, finite epoch milliseconds, or an ISO 8601 string with `Z` or a numeric
 * offset. Without an offset `Date.parse` would read the process's local time, so such strings
 * are refused. The digits are read directly (a task carries up to four instants, and
 * `getDeadlineStatus` must stay under a microsecond); `Date.parse` is the reference in a
 * differential test (test/internal/instant.test-prop.ts).
 *
 * Writing: ISO 8601 in the calendar's time zone, with that zone's offset (never `Z`),
 * seconds always, milliseconds only when not whole: `2024-07-15T14:30:00+03:30`.
 */
import { PeygirError } from "../errors/PeygirError";
import { minutesToClockTime } from "./clockTime";
import { MS_PER_DAY } from "./epochDay";
import { zoneOffset } from "./timeZone";

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Milliseconds of an ISO 8601 string `YYYY-MM-DDTHH:mm[:ss[.fff…]](Z|±HH:mm|±HHmm)`, or NaN
 * when the string is not exactly of that shape or names an impossible date or time.
 */
export function parseIsoFast(text: string): number {
  const n = text.length;
  if (n < 17) return Number.NaN;
  // Each digit is checked by OR-ing its value into `bad` shifted out of 0–9: one test at the
  // end instead of a branch per character.
  const c0 = text.charCodeAt(0) - 48;
  const c1 = text.charCodeAt(1) - 48;
  const c2 = text.charCodeAt(2) - 48;
  const c3 = text.charCodeAt(3) - 48;
  const c5 = text.charCodeAt(5) - 48;
  const c6 = text.charCodeAt(6) - 48;
  const c8 = text.charCodeAt(8) - 48;
  const c9 = text.charCodeAt(9) - 48;
  const c11 = text.charCodeAt(11) - 48;
  const c12 = text.charCodeAt(12) - 48;
  const c14 = text.charCodeAt(14) - 48;
  const c15 = text.charCodeAt(15) - 48;
  let bad =
    (c0 | c1 | c2 | c3 | c5 | c6 | c8 | c9 | c11 | c12 | c14 | c15) & ~15 ||
    (c0 > 9 ? 1 : 0) |
      (c1 > 9 ? 1 : 0) |
      (c2 > 9 ? 1 : 0) |
      (c3 > 9 ? 1 : 0) |
      ((c5 > 9 ? 1 : 0) | (c6 > 9 ? 1 : 0) | (c8 > 9 ? 1 : 0) | (c9 > 9 ? 1 : 0)) |
      ((c11 > 9 ? 1 : 0) | (c12 > 9 ? 1 : 0) | (c14 > 9 ? 1 : 0) | (c15 > 9 ? 1 : 0));
  if (
    bad !== 0 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58
  )
    return Number.NaN;
  const year = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const month = c5 * 10 + c6;
  const day = c8 * 10 + c9;
  const hour = c11 * 10 + c12;
  const minute = c14 * 10 + c15;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(16) === 58) {
    const s1 = text.charCodeAt(17) - 48;
    const s2 = text.charCodeAt(18) - 48;
    if (s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return Number.NaN;
    second = s1 * 10 + s2;
    i = 19;
    if (text.charCodeAt(19) === 46) {
      i = 20;
      let scale = 100;
      while (i < n) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale = scale / 10;
        i++;
      }
      if (i === 20 || i > 29) return Number.NaN;
      // Sub-millisecond digits are dropped, as Date.parse drops them.
      ms = Math.floor(ms);
    }
  }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return Number.NaN;
  if (day > (MONTH_DAYS[month] as number)) return Number.NaN;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
    return Number.NaN;
  let offset = 0;
  const sign = text.charCodeAt(i);
  if (sign === 90) {
    if (i + 1 !== n) return Number.NaN;
  } else if (sign === 43 || sign === 45) {
    const h1 = text.charCodeAt(i + 1) - 48;
    const h2 = text.charCodeAt(i + 2) - 48;
    const colon = text.charCodeAt(i + 3) === 58 ? 1 : 0;
    if (i + 5 + colon !== n) return Number.NaN;
    const m1 = text.charCodeAt(i + 3 + colon) - 48;
    const m2 = text.charCodeAt(i + 4 + colon) - 48;
    bad = (h1 | h2 | m1 | m2) & ~15;
    if (bad !== 0 || h1 > 2 || h2 > 9 || m1 > 5 || m2 > 9) return Number.NaN;
    const oh = h1 * 10 + h2;
    if (oh > 23) return Number.NaN;
    offset = (sign === 43 ? 60_000 : -60_000) * (oh * 60 + m1 * 10 + m2);
  } else return Number.NaN;
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    ms -
    offset
  );
}

/** Whether `text` is an ISO 8601 instant with `Z` or a numeric offset, on a real day. */
export function isIsoInstant(text: string): boolean {
  return !Number.isNaN(parseIsoFast(text));
}

/** 0001-01-01T00:00Z and 9999-12-31T23:59:59.999Z: the instants ISO 8601 writes in 4 digits. */
const FIRST_ISO_MS = -62_135_596_800_000;
const LAST_ISO_MS = 253_402_300_799_999;

/**
 * The milliseconds of an instant as a record field takes it (the `IsoInstant` rule): an ISO
 * string with an offset, or a `Date` or epoch milliseconds that ISO 8601 can write (years
 * 1–9999); NaN for anything else.
 */
export function recordInstantMs(value: unknown): number {
  if (typeof value === "string") return parseIsoFast(value);
  const ms =
    typeof value === "number" ? value : value instanceof Date ? value.getTime() : Number.NaN;
  return ms >= FIRST_ISO_MS && ms <= LAST_ISO_MS ? ms : Number.NaN;
}

/** The text a record keeps for an instant read as `ms`: a string as written, else Tehran ISO. */
export function recordInstantText(value: unknown, ms: number): string {
  return typeof value === "string" ? value : isoText(ms, "Asia/Tehran");
}

/**
 * Milliseconds since the Unix epoch of an instant given as a `Date`, a finite number of
 * milliseconds or an ISO string with an offset; throws `invalid_instant` naming `where` and
 * `path` otherwise.
 */
export function instantMs(
  input: unknown,
  where: string,
  path: readonly (string | number)[],
): number {
  let ms = Number.NaN;
  if (typeof input === "string") ms = parseIsoFast(input);
  else if (input instanceof Date) ms = input.getTime();
  else if (typeof input === "number") ms = input;
  if (Number.isFinite(ms)) return ms;
  throw new PeygirError("invalid_instant", `${where}: not a valid instant`, [
    {
      path,
      message:
        "must be a valid Date, a number of milliseconds, or an ISO 8601 string with an offset (e.g. 2024-07-15T10:00:00+03:30)",
    },
  ]);
}

const SIXTY: string[] = [];
for (let i = 0; i < 60; i++) SIXTY.push(i < 10 ? `0${i}` : String(i));

function pad(n: number, width: number): string {
  const text = String(n);
  return text.length >= width ? text : "0".repeat(width - text.length) + text;
}

/** The ISO text of an offset in ms (`+03:30`, `Z` is never used so the zone shows). */
function offsetText(offsetMs: number): string {
  const total = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? "-" : "+"}${SIXTY[Math.floor(total / 60)] ?? pad(Math.floor(total / 60), 2)}:${SIXTY[total % 60]}`;
}

/** `YYYY-MM-DDT` of an epoch day (a local day written as if it were UTC). */
function dayPrefix(day: number): string {
  const date = new Date(day * 86_400_000);
  return `${pad(date.getUTCFullYear(), 4)}-${SIXTY[date.getUTCMonth() + 1]}-${SIXTY[date.getUTCDate()]}T`;
}

/** The two-digit seconds and, when not whole, `.mmm` of the milliseconds into a minute. */
function secondsSuffix(msInMinute: number): string {
  const seconds = SIXTY[Math.floor(msInMinute / 1000)] as string;
  const millis = msInMinute % 1000;
  return millis === 0 ? seconds : `${seconds}.${pad(millis, 3)}`;
}

/** Texts kept per time zone: whole minutes (the usual deadline), day prefixes, offsets. */
interface ZoneTexts {
  readonly wholeMinute: Map<number, string>;
  readonly day: Map<number, string>;
  readonly offset: Map<number, string>;
}

/** At most this many texts are kept per map (a few MB); the map is cleared past it. */
const TEXT_LIMIT = 1 << 16;
const zones = new Map<string, ZoneTexts>();
let clockTexts: string[] | undefined;

function remember(map: Map<number, string>, key: number, text: string): string {
  if (map.size >= TEXT_LIMIT) map.clear();
  map.set(key, text);
  return text;
}

function textsOf(timeZone: string): ZoneTexts {
  let texts = zones.get(timeZone);
  if (texts === undefined) {
    texts = { wholeMinute: new Map(), day: new Map(), offset: new Map() };
    zones.set(timeZone, texts);
  }
  return texts;
}

/** `HH:mm:` of a minute of the day. */
function clockText(minuteOfDay: number): string {
  if (clockTexts === undefined) {
    clockTexts = [];
    for (let m = 0; m < 1440; m++) clockTexts.push(`${minutesToClockTime(m)}:`);
  }
  return clockTexts[minuteOfDay] as string;
}

/**
 * The ISO 8601 text of an instant in `timeZone` (a valid IANA name), the one form in which
 * instants come out of peygir: `2024-07-15T14:30:00+03:30`.
 */
export function isoText(ms: number, timeZone: string): string {
  const texts = textsOf(timeZone);
  // Deadlines mostly fall on whole minutes (closing times, given times): cached whole, keyed
  // by the UTC minute, which fixes the offset too (local times repeat when clocks go back).
  const minuteKey = ms / 60_000;
  if (Number.isInteger(minuteKey)) {
    const cached = texts.wholeMinute.get(minuteKey);
    if (cached !== undefined) return cached;
  }
  // ISO offsets have no seconds: a local-mean-time offset (Tehran's +03:25:44 before 1946)
  // is rounded, and the local time written with it, so the text still names the instant.
  const zoned = zoneOffset(timeZone, ms);
  const offset = zoned % 60_000 === 0 ? zoned : Math.round(zoned / 60_000) * 60_000;
  const local = ms + offset;
  const day = Math.floor(local / MS_PER_DAY);
  const inDay = local - day * MS_PER_DAY;
  const minuteOfDay = Math.floor(inDay / 60_000);
  const dayText = texts.day.get(day) ?? remember(texts.day, day, dayPrefix(day));
  const zoneText = texts.offset.get(offset) ?? remember(texts.offset, offset, offsetText(offset));
  const rest = inDay - minuteOfDay * 60_000;
  if (rest === 0 && Number.isInteger(minuteKey)) {
    return remember(
      texts.wholeMinute,
      minuteKey,
      `${dayText}${clockText(minuteOfDay)}00${zoneText}`,
    );
  }
  return dayText + clockText(minuteOfDay) + secondsSuffix(rest) + zoneText;
}
