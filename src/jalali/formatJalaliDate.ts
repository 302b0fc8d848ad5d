import { format } from "date-fns-jalali";
import { enUS, faIR } from "date-fns-jalali/locale";
import { epochDayToGregorian } from "../_lib/epochDay";
import { epochDayOf } from "../_lib/jalaliInput";
import { utcNoon } from "../_lib/UtcFieldsDate";
import { PeygirError } from "../errors/PeygirError";
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
  readonly locale?: "fa" | "en";
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
 * @throws {@link PeygirError} `invalid_jalali_date`, or `invalid_option` for a bad pattern.
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
  // date-fns reads a date's fields through its methods: a date whose methods are the UTC
  // ones is the same day in every process time zone, even one that skipped this day.
  const noon = utcNoon(gy, gm, gd);
  let text: string;
  try {
    text = format(noon, options?.pattern ?? "yyyy/MM/dd", {
      locale: options?.locale === "en" ? enUS : faIR,
    });
  } catch {
    throw new PeygirError("invalid_option", "formatJalaliDate: invalid pattern", [
      { path: ["options", "pattern"], message: "must be a valid date-fns pattern" },
    ]);
  }
  return options?.digits === "persian" ? toPersianDigits(text) : text;
}
