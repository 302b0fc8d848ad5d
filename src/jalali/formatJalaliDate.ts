// Subpaths, not the root barrel: the barrel loads hundreds of modules at start-up.
import { format } from "date-fns-jalali/format";
import { enUS } from "date-fns-jalali/locale/en-US";
import { faIR } from "date-fns-jalali/locale/fa-IR";
import { PeygirError } from "../errors/PeygirError";
import type { Locale } from "../i18n/Locale";
import { epochDayToGregorian } from "../internal/epochDay";
import { epochDayOf } from "../internal/jalaliInput";
import { utcNoon } from "../internal/UtcFieldsDate";
import { toPersianDigits } from "../text/digits";

/**
 * Options of {@link formatJalaliDate}.
 *
 * @category Jalali dates
 */
export interface FormatJalaliDateOptions {
  /** A date-fns-jalali pattern (`yyyy` year, `MM` month, `MMMM` month name, `EEEE` weekday). Default `"yyyy/MM/dd"`. */
  readonly pattern?: string;
  /** `"latin"` (default) or `"persian"` digits in the output. */
  readonly digits?: "latin" | "persian";
  /** The language of month and weekday names: `"fa"` (default) or `"en"` (transliterated). */
  readonly locale?: Locale;
}

/**
 * Formats a Jalali date with a date-fns-jalali pattern.
 *
 * Only date fields are meaningful (the date has no time of day). The result does not depend
 * on the process time zone.
 *
 * @param date - The Jalali date.
 * @param options - {@link FormatJalaliDateOptions}.
 * @returns The formatted text.
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_option` for a bad pattern
 *   (one that date-fns refuses, or with a `Y` week-numbering year or `D` day-of-year token,
 *   which date-fns would warn about on the console: use `y` and `d`).
 *
 * @example
 * ```ts
 * formatJalaliDate("1403/04/25"); // => "1403/04/25"
 * formatJalaliDate("1403/04/25", { pattern: "d MMMM yyyy", digits: "persian" }); // => "۲۵ تیر ۱۴۰۳"
 * formatJalaliDate("1403/04/25", { pattern: "EEEE d MMMM", locale: "en" }); // => "Monday 25 Tir"
 * ```
 *
 * @category Jalali dates
 */
export function formatJalaliDate(date: string, options?: FormatJalaliDateOptions): string {
  const [gy, gm, gd] = epochDayToGregorian(epochDayOf(date, "formatJalaliDate"));
  const pattern = options?.pattern ?? "yyyy/MM/dd";
  if (typeof pattern !== "string" || pattern === "")
    throw invalidPattern("must be a non-empty string");
  if (hasWeekYearOrDayOfYear(pattern))
    throw invalidPattern(
      "must not use Y (week-numbering year) or D (day of the year): use y and d for the year and day",
    );
  // date-fns reads a date's fields through its methods: a date whose methods are the UTC
  // ones is the same day in every process time zone, even one that skipped this day.
  const noon = utcNoon(gy, gm, gd);
  let text: string;
  try {
    text = format(noon, pattern, {
      locale: options?.locale === "en" ? enUS : faIR,
      // Y and D are refused above; without these date-fns would also print a warning with
      // console.warn, and a library never writes to the console.
      useAdditionalWeekYearTokens: true,
      useAdditionalDayOfYearTokens: true,
    });
  } catch {
    throw invalidPattern("must be a valid date-fns pattern");
  }
  return options?.digits === "persian" ? toPersianDigits(text) : text;
}

function invalidPattern(message: string): PeygirError {
  return new PeygirError("invalid_option", "formatJalaliDate: invalid pattern", [
    { path: ["options", "pattern"], message },
  ]);
}

// date-fns' own tokeniser (format.js): quoted text, then runs of one letter.
const TOKENS = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;

/**
 * Whether the pattern has a `Y…` or `D…` token outside quotes: date-fns warns about them on
 * the console (and throws for some), as `YYYY` and `DD` are nearly always typos for `yyyy` and
 * `dd` that print the wrong year or day around Nowruz or after the first month.
 */
function hasWeekYearOrDayOfYear(pattern: string): boolean {
  for (const token of pattern.match(TOKENS) ?? []) {
    const first = token.charCodeAt(0);
    if (first === 89 || first === 68) return true; // "Y", "D"
  }
  return false;
}
