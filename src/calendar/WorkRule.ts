import type * as z from "zod";
import { ShownText } from "../entities/internal/text";
import { closedObject } from "../internal/zodIssues";
import { JalaliDate } from "../jalali/JalaliDate";
import { ClosedRegion } from "./internal/closedRegion";
import { RULE_ORDER_MESSAGE } from "./internal/ruleOrder";
import { WeekendDays } from "./internal/weekendDays";
import { WorkingHours } from "./WorkingHours";

/**
 * A dated, optionally regional, change to the working week or the office hours: a cabinet
 * resolution, a governor's decision.
 *
 * From `from` to `to` (inclusive; open-ended without `to`), in the calendar's region when
 * `region` contains it (see {@link Region}), the rule's `weekend` replaces the
 * weekend and its `hours` replace the office hours (`null` closes every day). A rule must
 * change at least one of the two. Where two rules apply to a day, each field comes from the
 * later rule in the calendar's list that sets it.
 *
 * @example
 * ```ts
 * WorkRule.parse({
 *   from: "1404/02/20",
 *   to: "1404/06/31",
 *   weekend: ["thursday", "friday"],
 *   hours: { start: "06:00", end: "13:00" },
 * }).weekend; // => ["thursday", "friday"]
 * WorkRule.safeParse({ from: "1404/06/31", to: "1404/02/20", hours: null }).success; // => false
 * ```
 *
 * @category Calendar
 */
export const WorkRule = closedObject({
  /** The first day the rule applies. */
  from: JalaliDate,
  /** The last day the rule applies (inclusive); open-ended when absent. */
  to: JalaliDate.optional(),
  /** Where the rule applies; the whole country when absent. */
  region: ClosedRegion.optional(),
  /** The weekend days while the rule applies. */
  weekend: WeekendDays.optional(),
  /** The office hours while the rule applies; `null` closes every day. */
  hours: WorkingHours.nullable().optional(),
  /** Why: the decision and who took it, for people reading the calendar. */
  reason: ShownText.optional(),
  /** Where the decision is published (a URL). */
  source: ShownText.optional(),
})
  .superRefine((rule, ctx) => {
    if (rule.to !== undefined && rule.to < rule.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: RULE_ORDER_MESSAGE });
    }
    if (rule.weekend === undefined && rule.hours === undefined) {
      ctx.addIssue({ code: "custom", path: [], message: "must set weekend, hours or both" });
    }
  })
  .readonly();

/**
 * A dated, scoped change to the weekend or the office hours.
 *
 * @category Calendar
 */
export type WorkRule = z.infer<typeof WorkRule>;

/**
 * A {@link WorkRule} as written before parsing (looser dates, times and province names).
 *
 * @category Calendar
 */
export type WorkRuleInput = z.input<typeof WorkRule>;
