/**
 * Jalali ⇄ epoch-day arithmetic for the years peygir supports (1300–1500).
 *
 * An epoch day is the number of days from 1970-01-01 to a calendar day, counted on the
 * proleptic Gregorian calendar; it names a day, not an instant, so it never depends on a
 * time zone. Leap years follow the standard arithmetic (Borkowski's 2820-year breaks, as
 * jalaali-js and the Iranian calendar centre's tables agree for these years).
 */

export const MIN_JALALI_YEAR = 1300;
export const MAX_JALALI_YEAR = 1500;
export const MS_PER_DAY = 86_400_000;

// Years in which the 33-year cycle restarts (Borkowski); only those near 1300–1500 matter,
// but the walk needs its start.
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
  2456, 3178,
];

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function mod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

/** The Gregorian day in March on which Farvardin 1 of `jy` falls, and whether `jy` is leap. */
function yearFacts(jy: number): { march: number; leap: boolean } {
  let leapJ = -14;
  let jp = BREAKS[0] as number;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i] as number;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += floorDiv(jump, 33) * 8 + floorDiv(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += floorDiv(n, 33) * 8 + floorDiv(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const gy = jy + 621;
  const leapG = floorDiv(gy, 4) - floorDiv((floorDiv(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + floorDiv(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { march, leap: leap === 0 };
}

const YEAR_COUNT = MAX_JALALI_YEAR - MIN_JALALI_YEAR + 2;
/** Epoch day of Farvardin 1 for MIN_JALALI_YEAR … MAX_JALALI_YEAR + 1. */
const yearStart = new Int32Array(YEAR_COUNT);
for (let i = 0; i < YEAR_COUNT; i++) {
  const jy = MIN_JALALI_YEAR + i;
  yearStart[i] = Date.UTC(jy + 621, 2, yearFacts(jy).march) / MS_PER_DAY;
}

/** The first epoch day peygir supports (1300/01/01). */
export const MIN_EPOCH_DAY = yearStart[0] as number;
/** The last epoch day peygir supports (1500/12/29 or 30). */
export const MAX_EPOCH_DAY = (yearStart[YEAR_COUNT - 1] as number) - 1;

/** Whether `jy` (1300–1500) has 366 days. */
export function isLeapYear(jy: number): boolean {
  const i = jy - MIN_JALALI_YEAR;
  return (yearStart[i + 1] as number) - (yearStart[i] as number) === 366;
}

/** The number of days in month `jm` of year `jy`. */
export function monthLength(jy: number, jm: number): number {
  if (jm <= 6) return 31;
  if (jm <= 11) return 30;
  return isLeapYear(jy) ? 30 : 29;
}

/** Whether the year is in range and the month and day exist. */
export function isValidJalali(jy: number, jm: number, jd: number): boolean {
  return (
    Number.isInteger(jy) &&
    Number.isInteger(jm) &&
    Number.isInteger(jd) &&
    jy >= MIN_JALALI_YEAR &&
    jy <= MAX_JALALI_YEAR &&
    jm >= 1 &&
    jm <= 12 &&
    jd >= 1 &&
    jd <= monthLength(jy, jm)
  );
}

/** The epoch day of a valid Jalali date (unchecked). */
export function jalaliToEpochDay(jy: number, jm: number, jd: number): number {
  const dayOfYear = jm <= 7 ? (jm - 1) * 31 : 186 + (jm - 7) * 30;
  return (yearStart[jy - MIN_JALALI_YEAR] as number) + dayOfYear + jd - 1;
}

/** The Jalali year of an epoch day in range (unchecked). */
export function epochDayYear(day: number): number {
  // 365.2422 days a year; the estimate is at most one year off, then corrected.
  let i = Math.floor((day - MIN_EPOCH_DAY) / 365.2422);
  if (i < 0) i = 0;
  if (i > YEAR_COUNT - 2) i = YEAR_COUNT - 2;
  while (i > 0 && (yearStart[i] as number) > day) i--;
  while (i < YEAR_COUNT - 2 && (yearStart[i + 1] as number) <= day) i++;
  return MIN_JALALI_YEAR + i;
}

/** The epoch day of Farvardin 1 of `jy` (1300–1501). */
export function yearStartEpochDay(jy: number): number {
  return yearStart[jy - MIN_JALALI_YEAR] as number;
}

/** Year, month and day of an epoch day in range (unchecked). */
export function epochDayToJalali(day: number): [number, number, number] {
  const jy = epochDayYear(day);
  const dayOfYear = day - (yearStart[jy - MIN_JALALI_YEAR] as number);
  if (dayOfYear < 186) return [jy, Math.floor(dayOfYear / 31) + 1, (dayOfYear % 31) + 1];
  const rest = dayOfYear - 186;
  return [jy, Math.floor(rest / 30) + 7, (rest % 30) + 1];
}

const canonicalCache: (string | undefined)[] = [];

/** The canonical `YYYY/MM/DD` string of an epoch day in range (cached). */
export function epochDayToString(day: number): string {
  const index = day - MIN_EPOCH_DAY;
  const cached = canonicalCache[index];
  if (cached !== undefined) return cached;
  const [jy, jm, jd] = epochDayToJalali(day);
  const text = `${jy}/${jm < 10 ? "0" : ""}${jm}/${jd < 10 ? "0" : ""}${jd}`;
  canonicalCache[index] = text;
  return text;
}

/**
 * The epoch day of a canonical `YYYY/MM/DD` string, or NaN when it is not canonical or not a
 * real date. The fast path for strings already validated by the JalaliDate schema.
 */
export function canonicalToEpochDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 47 || text.charCodeAt(7) !== 47)
    return Number.NaN;
  let jy = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    jy = jy * 10 + c;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9)
    return Number.NaN;
  const jm = m1 * 10 + m2;
  const jd = d1 * 10 + d2;
  if (!isValidJalali(jy, jm, jd)) return Number.NaN;
  return jalaliToEpochDay(jy, jm, jd);
}

/** The Gregorian year, month (1–12) and day of an epoch day. */
export function epochDayToGregorian(day: number): [number, number, number] {
  const date = new Date(day * MS_PER_DAY);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
