import { isIsoInstant } from "../internal/instant";
import { fromJalaliDate } from "../jalali/fromJalaliDate";
import { safeParseJalaliDate } from "../jalali/safeParseJalaliDate";
import { toLatinDigits } from "../text/digits";

/**
 * The longest instant argument read, after trimming: no instant is longer (the longest ISO
 * form, `2020-05-14T12:00:00.123456789+04:30`, has 35 characters), and a bound keeps the
 * parse linear whatever is passed.
 */
export const MAX_INSTANT_ARG_LENGTH = 64;

/**
 * Reads an instant from the command line: ISO 8601 with an offset, or a Jalali date with an
 * optional `HH:mm` in `timeZone` (a date alone means 23:59 of that day: the state at its
 * close). Returns undefined when the text is neither, or longer than
 * {@link MAX_INSTANT_ARG_LENGTH} characters once trimmed.
 *
 * @example
 * ```ts
 * parseInstantArg("1399/02/25 12:00")?.toISOString(); // => "2020-05-14T07:30:00.000Z"
 * parseInstantArg("T".repeat(100_000)); // => undefined
 * ```
 */
export function parseInstantArg(text: string, timeZone = "Asia/Tehran"): Date | undefined {
  const trimmed = text.trim();
  // The pattern below backtracks over a run of spaces and T's: quadratic on a long one.
  if (trimmed.length > MAX_INSTANT_ARG_LENGTH) return undefined;
  const latin = toLatinDigits(trimmed);
  if (isIsoInstant(latin)) return new Date(latin);
  const match = /^(\S+?)(?:[\sT]+(\d{1,2}:\d{2}))?$/.exec(latin);
  if (match === null) return undefined;
  const date = safeParseJalaliDate(match[1] ?? "");
  if (!date.success) return undefined;
  try {
    return new Date(
      fromJalaliDate(date.data, { time: (match[2] ?? "23:59").padStart(5, "0"), timeZone }),
    );
  } catch {
    return undefined;
  }
}
