import { PeygirError } from "../../errors/PeygirError";
import { iranGovernmentRules } from "../iranGovernmentRules";
import type { CreateWorkCalendarOptions } from "../WorkCalendar";
import type { WorkRule } from "../WorkRule";

/**
 * {@link iranGovernmentRules} followed by a caller's own `rules` (checked to be an array:
 * spreading anything else would throw a raw `TypeError`).
 */
export function governmentRulesAnd(
  extra: unknown,
  where: string,
): CreateWorkCalendarOptions["rules"] {
  if (extra === undefined) return [...iranGovernmentRules];
  if (!Array.isArray(extra))
    throw new PeygirError("invalid_calendar", `${where}: rules must be an array`, [
      { path: ["options", "rules"], message: "must be an array of work rules" },
    ]);
  // The caller's rules are checked by createWorkCalendar, which gets them next.
  return [...iranGovernmentRules, ...(extra as WorkRule[])];
}
