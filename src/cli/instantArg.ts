import { isIsoInstant } from "../_lib/instant";
import { fromJalaliDate } from "../jalali/fromJalaliDate";
import { safeParseJalaliDate } from "../jalali/safeParseJalaliDate";
import { toLatinDigits } from "../text/digits";

/**
 * Reads an instant from the command line: ISO 8601 with an offset, or a Jalali date with an
 * optional `HH:mm` in `timeZone` (a date alone means 23:59 of that day: the state at its
 * close). Returns undefined when the text is neither.
 */
export function parseInstantArg(text: string, timeZone = "Asia/Tehran"): Date | undefined {
  const latin = toLatinDigits(text.trim());
  if (isIsoInstant(latin)) return new Date(latin);
  const match = /^(\S+?)(?:[\sT]+(\d{1,2}:\d{2}))?$/.exec(latin);
  if (match === null) return undefined;
  const date = safeParseJalaliDate(match[1] ?? "");
  if (!date.success) return undefined;
  try {
    return fromJalaliDate(date.data, { time: (match[2] ?? "23:59").padStart(5, "0"), timeZone });
  } catch {
    return undefined;
  }
}
