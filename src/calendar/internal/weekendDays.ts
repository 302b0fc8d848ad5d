import * as z from "zod";
import { Weekday } from "../../jalali/Weekday";

/** The days of a weekend: known weekday names, each once, not all seven. */
export const WeekendDays = z
  .array(Weekday)
  .superRefine((days, ctx) => {
    const seen = new Set<string>();
    days.forEach((day, index) => {
      if (seen.has(day)) ctx.addIssue({ code: "custom", path: [index], message: "is repeated" });
      seen.add(day);
    });
    if (seen.size === 7) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "cannot hold all seven days (close with hours: null instead)",
      });
    }
  })
  .readonly();
