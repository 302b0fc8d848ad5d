import { toLatinDigits } from "../text/digits";

const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after midnight of a clock time `H:mm` or `HH:mm` (Persian digits allowed), or NaN.
 */
export function clockTimeToMinutes(text: unknown): number {
  // Not a string: not a time (the caller reports it), never a raw TypeError.
  if (typeof text !== "string") return Number.NaN;
  const match = CLOCK_TIME.exec(toLatinDigits(text.trim()));
  if (match === null) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:mm` of minutes after midnight. */
export function minutesToClockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}
