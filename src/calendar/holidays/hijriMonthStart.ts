import { newMoonJdUT, observeCrescent, tehranEpochDay } from "./crescentVisibility";

/**
 * The lowest Odeh visibility value V at which the estimate counts the crescent as seen from
 * Tehran. Odeh's classes put "visible by telescope only" at V ≥ −0.96 and "visible by optical
 * aid" at V ≥ 2; Iran's official sighting accepts optical aid. 0.5 is the middle of the band
 * (0.2–0.9) over which the estimate matches 131 or more of the 141 official lunar dates of
 * 1398–1405 (scripts/measure-holiday-estimate.ts); the narrower peaks were not chosen.
 */
export const VISIBILITY_THRESHOLD = 0.5;

/** Lunation number k (Meeus; k = 0 is 2000-01-06) of Muharram 1 AH, as a month index. */
const MONTH_INDEX_OF_K0 = 17037; // k = 0 is the new moon that began Shawwal 1420.

/** The month index of a Hijri month: months since Muharram 1 AH (Muharram 1 AH is 0). */
export function hijriMonthIndex(year: number, month: number): number {
  return (year - 1) * 12 + (month - 1);
}

const cache = new Map<string, number>();

/**
 * The epoch day on which a Hijri month begins in Iran by the estimate: the day after the first
 * evening, from the evening of the new moon on, on which the crescent is visible from Tehran.
 */
export function hijriMonthStart(monthIndex: number, threshold = VISIBILITY_THRESHOLD): number {
  const cacheKey = `${monthIndex}:${threshold}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const conjunction = newMoonJdUT(monthIndex - MONTH_INDEX_OF_K0);
  const conjunctionDay = tehranEpochDay(conjunction);
  // Two evenings after the new moon the crescent is always far above any threshold; the
  // fourth day is a guard that keeps every month 29 or 30 days long.
  let start = conjunctionDay + 3;
  for (let evening = 0; evening < 3; evening++) {
    const seen = observeCrescent(conjunctionDay + evening);
    if (seen.sunset > conjunction && seen.lagMinutes > 0 && seen.odehV >= threshold) {
      start = conjunctionDay + evening + 1;
      break;
    }
  }
  cache.set(cacheKey, start);
  return start;
}

/** The month index of the Hijri month in progress (or about to begin) on an epoch day. */
export function approximateMonthIndex(epochDay: number): number {
  // Epoch day 10962 is 2000-01-06, the new moon k = 0; a lunation is 29.530589 days.
  return Math.floor((epochDay - 10962) / 29.530588861) + MONTH_INDEX_OF_K0;
}
