import * as z from "zod";

// Checked by hand below, so that the calendar runs without zod (the schema is for users).
const SOURCES = ["official", "estimated", "auto"] as const;

import { PeygirError } from "../../errors/PeygirError";
import { MAX_JALALI_YEAR, MIN_JALALI_YEAR } from "../../internal/epochDay";
import type { Holiday } from "../Holiday";
import { estimatedHolidays } from "./estimatedHolidays";
import { officialHolidays } from "./officialHolidays";
import { OFFICIAL_FIRST_YEAR, OFFICIAL_LAST_YEAR } from "./officialHolidays.data";

/**
 * Where holiday dates come from: `"official"` (the observed official calendar, 1398–1405),
 * `"estimated"` (the law's solar days and a crescent-visibility estimate of the lunar days) or
 * `"auto"` (official where known, estimated otherwise).
 *
 * @category Calendar
 */
export const HolidaySource = /* @__PURE__ */ z.enum(SOURCES);

/**
 * `"official"`, `"estimated"` or `"auto"`.
 *
 * @category Calendar
 */
export type HolidaySource = z.infer<typeof HolidaySource>;

/**
 * Options of {@link getIranianHolidays}.
 *
 * @category Calendar
 */
export interface GetIranianHolidaysOptions {
  /** The source of the dates; `"auto"` (the default) uses the official table where it exists. */
  readonly source?: HolidaySource;
}

const cache = new Map<number, readonly Holiday[]>();

/**
 * The official holidays (non-working days) of Iran in a Jalali year, one per day, sorted by
 * date.
 *
 * For 1398–1405 the official source is the observed official calendar (1405: the published
 * calendar), shipped with the package. The estimate, for any year 1300–1500, is the solar days
 * fixed by law (1–4 and 12–13 Farvardin, 14–15 Khordad, 22 Bahman, 29 Esfand, and 30 Esfand in
 * leap years) plus the 17 lunar holidays, whose Hijri months start the day after the crescent
 * is predicted visible from Tehran (Meeus new moon, Odeh's criterion); it matches 131 of the
 * 141 official lunar dates of 1398–1405 and is never more than a day off (see
 * docs/holidays.md). Two occasions on one day are one holiday with two names, solar first,
 * of kind `"mixed"`; a lunar holiday can fall twice in one solar year. Ad-hoc closures
 * (heat, pollution, energy) are not holidays and are not included. The holidays are frozen;
 * the array is a fresh copy on each call.
 *
 * @param year - A Jalali year from 1300 to 1500.
 * @param options - The source of the dates (default `"auto"`).
 * @returns The holidays of the year, sorted by date.
 * @throws {@link PeygirError} `out_of_range` when `year` is not an integer from 1300 to 1500,
 *   or when `source` is `"official"` for a year outside 1398–1405; `invalid_option` for an
 *   unknown `source`.
 *
 * @example
 * ```ts
 * getIranianHolidays(1404).length; // => 26
 * getIranianHolidays(1404)[1];
 * // => { date: "1404/01/02", names: [
 * //      { fa: "عید نوروز", en: "Nowruz holiday (day 2)" },
 * //      { fa: "شهادت حضرت علی (ع)", en: "Martyrdom of Imam Ali (21 Ramadan)" }],
 * //    kind: "mixed", official: true }
 * getIranianHolidays(1410).find((h) => h.names[0]?.en === "Ashura (10 Muharram)")?.date;
 * // => "1410/02/12"
 * getIranianHolidays(1410)[0]?.official; // => false
 * ```
 *
 * @category Calendar
 */
export function getIranianHolidays(
  year: number,
  options: GetIranianHolidaysOptions = { source: "auto" },
): Holiday[] {
  if (!Number.isInteger(year) || year < MIN_JALALI_YEAR || year > MAX_JALALI_YEAR) {
    throw new PeygirError("out_of_range", "getIranianHolidays: year outside 1300–1500", [
      {
        path: ["year"],
        message: `must be an integer from ${MIN_JALALI_YEAR} to ${MAX_JALALI_YEAR}`,
      },
    ]);
  }
  const source = options?.source ?? "auto";
  if (!(SOURCES as readonly unknown[]).includes(source)) {
    throw new PeygirError("invalid_option", "getIranianHolidays: unknown holiday source", [
      { path: ["options", "source"], message: 'must be "official", "estimated" or "auto"' },
    ]);
  }
  const hasOfficial = year >= OFFICIAL_FIRST_YEAR && year <= OFFICIAL_LAST_YEAR;
  if (source === "official" && !hasOfficial) {
    throw new PeygirError(
      "out_of_range",
      "getIranianHolidays: no official holidays for that year",
      [
        {
          path: ["year"],
          message: `official holidays are known for ${OFFICIAL_FIRST_YEAR} to ${OFFICIAL_LAST_YEAR}; use source "estimated" or "auto"`,
        },
      ],
    );
  }
  const useOfficial = source === "official" || (source === "auto" && hasOfficial);
  // Official years are keyed by the negative year so the two sources share one cache.
  const key = useOfficial ? -year : year;
  let holidays = cache.get(key);
  if (holidays === undefined) {
    holidays = useOfficial ? officialHolidays(year) : estimatedHolidays(year);
    cache.set(key, holidays);
  }
  return holidays.slice();
}
