import type { z } from "zod";
import { ShownText } from "../entities/internal/text";
import { closedObject } from "../internal/zodIssues";
import { JalaliDate } from "../jalali/JalaliDate";
import { ClosedRegion } from "./internal/closedRegion";
import { WorkingHours } from "./WorkingHours";

/**
 * A one-day closure (تعطیلی) announced for heat, air pollution, energy saving or mourning,
 * nationwide or in a province or county.
 *
 * Without `hours` the offices are closed that day; with `hours` they open only then (a
 * closure from noon is `hours: { start: "07:30", end: "12:00" }`). A closure never opens a
 * day that is otherwise off.
 *
 * @example
 * ```ts
 * WorkClosure.parse({ date: "1404/05/01", region: { province: "Tehran" }, reason: "heat" });
 * // => { date: "1404/05/01", region: { province: "تهران" }, reason: "heat" }
 * ```
 *
 * @category Calendar
 */
export const WorkClosure = closedObject({
  /** The day. */
  date: JalaliDate,
  /** Where offices close; the whole country when absent. */
  region: ClosedRegion.optional(),
  /** Why (heat, pollution, energy, mourning), for people reading the calendar. */
  reason: ShownText.optional(),
  /** Where the closure was announced (a URL). */
  source: ShownText.optional(),
  /** The shortened office hours of the day; closed all day when absent. */
  hours: WorkingHours.optional(),
}).readonly();

/**
 * A one-day closure or shortened day.
 *
 * @category Calendar
 */
export type WorkClosure = z.infer<typeof WorkClosure>;

/**
 * A {@link WorkClosure} as written before parsing.
 *
 * @category Calendar
 */
export type WorkClosureInput = z.input<typeof WorkClosure>;
