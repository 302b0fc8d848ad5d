import * as z from "zod";
import { assertTimeZone } from "../internal/timeZone";
import { closedObject } from "../internal/zodIssues";
import type { Weekday } from "../jalali/Weekday";
import { Holiday } from "./Holiday";
import { ClosedRegion } from "./internal/closedRegion";
import { WeekendDays } from "./internal/weekendDays";
import { WorkClosure } from "./WorkClosure";
import { WorkingHours } from "./WorkingHours";
import { WorkRule } from "./WorkRule";

const TimeZone = z.string().superRefine((zone, ctx) => {
  try {
    assertTimeZone(zone, "WorkCalendar");
  } catch {
    ctx.addIssue({ code: "custom", message: "must be an IANA time zone such as Asia/Tehran" });
  }
});

/**
 * A work calendar: the weekend, the office hours, the holidays, the dated rules and the
 * closures of the offices of one place, as plain data.
 *
 * {@link createWorkCalendar} validates options into this shape, fills in the defaults and
 * freezes it. The object survives `JSON.stringify` and `JSON.parse` unchanged, and every
 * calendar function accepts the parsed copy (it is validated on first use).
 *
 * Precedence on a day: the rules that apply (in list order, later wins per field) set the
 * weekend and the hours; the day is off if it is a weekend day, a holiday, or closed by a
 * rule (`hours: null`) or a closure without hours; a closure with hours shortens an
 * otherwise open day.
 *
 * @example
 * ```ts
 * WorkCalendar.parse({}).hours; // => { start: "07:30", end: "14:30" }
 * WorkCalendar.parse({ weekend: ["thursday", "friday"] }).weekend; // => ["thursday", "friday"]
 * ```
 *
 * @category Calendar
 */
export const WorkCalendar = closedObject({
  /** The IANA time zone of the office hours. Default `"Asia/Tehran"`. */
  timeZone: TimeZone.default("Asia/Tehran"),
  /** The weekend days. Default `["friday"]`. */
  weekend: WeekendDays.default(["friday"] satisfies Weekday[]),
  /** The office hours of a working day. Default 07:30–14:30. */
  hours: WorkingHours.default({ start: "07:30", end: "14:30" }),
  /**
   * The holidays: `"iran"` (default) for the official Iranian holidays where known and the
   * estimate otherwise ({@link getIranianHolidays}), `false` for none, or a list to use instead.
   */
  holidays: z
    .union([z.literal("iran"), z.literal(false), z.array(Holiday).readonly()])
    .default("iran"),
  /** Holidays added to those above (a local holiday, an extra day off). */
  extraHolidays: z.array(Holiday).readonly().default([]),
  /** Dated, scoped changes to the weekend or hours; later rules win. */
  rules: z.array(WorkRule).readonly().default([]),
  /** One-day closures and shortened days. */
  closures: z.array(WorkClosure).readonly().default([]),
  /** The place this calendar is for: only rules and closures whose region contains it apply. */
  region: ClosedRegion.optional(),
}).readonly();

/**
 * A validated, immutable work calendar (see {@link createWorkCalendar}).
 *
 * @category Calendar
 */
export type WorkCalendar = z.output<typeof WorkCalendar>;

/**
 * The options of {@link createWorkCalendar}: a {@link WorkCalendar} as written, every field
 * optional.
 *
 * @category Calendar
 */
export type CreateWorkCalendarOptions = z.input<typeof WorkCalendar>;
