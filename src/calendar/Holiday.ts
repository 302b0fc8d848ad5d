import * as z from "zod";
import { NonEmptyShownText } from "../entities/internal/text";
import { atLeast } from "../internal/atLeast";
import { JalaliDate } from "../jalali/JalaliDate";

/**
 * The kind of a holiday: fixed by the solar calendar, by the lunar (Hijri) calendar, or a day
 * on which one of each falls.
 *
 * @category Calendar
 */
export const HolidayKind = z.enum(["solar", "lunar", "mixed"]);

/**
 * `"solar"`, `"lunar"` or `"mixed"`.
 *
 * @category Calendar
 */
export type HolidayKind = z.infer<typeof HolidayKind>;

/**
 * The name of an occasion in Persian and English.
 *
 * @category Calendar
 */
export const HolidayName = z.object({
  /** The Persian name, as the official calendar prints it. */
  fa: NonEmptyShownText,
  /** The English name. */
  en: NonEmptyShownText,
});

/**
 * An occasion's name in Persian and English.
 *
 * @category Calendar
 */
export type HolidayName = z.infer<typeof HolidayName>;

/**
 * One non-working day of the official calendar; two occasions on one day are one holiday
 * with two names.
 *
 * @example
 * ```ts
 * Holiday.parse({
 *   date: "1403/04/26",
 *   names: [{ fa: "عاشورای حسینی", en: "Ashura (10 Muharram)" }],
 *   kind: "lunar",
 *   official: true,
 * });
 * ```
 *
 * @category Calendar
 */
export const Holiday = z.object({
  /** The day off. */
  date: JalaliDate,
  /** The occasions of that day, solar first. */
  names: z.array(HolidayName).check(atLeast(1)),
  /** Solar, lunar, or both on one day. */
  kind: HolidayKind,
  /** Whether the date comes from the official (observed) table rather than an estimate. */
  official: z.boolean(),
});

/**
 * A non-working day: date, names, kind and whether it is official or estimated.
 *
 * @category Calendar
 */
export type Holiday = z.infer<typeof Holiday>;
