/**
 * The weeks of a weekly-report period (private): each nominal report day and the working
 * day it is due, shared by listReportDueDates, getReportCompliance and the scorecards.
 */

import { isOpen, nthWorkingDay } from "../../calendar/internal/workingTime";
import type { CompiledCalendar } from "../../calendar/internal/workTable";
import { PeygirError } from "../../errors/PeygirError";
import { epochDayOf } from "../../internal/jalaliInput";
import { epochDayWeekday } from "../../internal/weekday";
import { Weekday } from "../../jalali/Weekday";
import { OnNonWorkingDay } from "../listReportDueDates";

/** One week: its nominal report day and the day the report is due (epoch days). */
export interface ReportWeek {
  readonly nominal: number;
  readonly due: number;
}

type Path = readonly (string | number)[];

/** The settings of a report period that are options. */
export interface ReportWeekOptions {
  readonly weekday?: unknown;
  readonly onNonWorkingDay?: unknown;
}

/**
 * The nominal report days in [from, to] and their due days, duplicates of a due day dropped.
 * Validates its input; `where` names the public caller and `paths` where each part came in.
 */
export function reportWeeks(
  cal: CompiledCalendar,
  fromDate: unknown,
  toDate: unknown,
  options: ReportWeekOptions | undefined,
  where: string,
  paths: { readonly from: Path; readonly to: Path; readonly options: Path },
): ReportWeek[] {
  const from = epochDayOf(fromDate, where, paths.from);
  const to = epochDayOf(toDate, where, paths.to);
  const weekday = Weekday.safeParse(options?.weekday ?? "thursday");
  if (!weekday.success)
    throw new PeygirError("invalid_weekday", `${where}: unknown weekday`, [
      { path: [...paths.options, "weekday"], message: "must be a weekday such as thursday" },
    ]);
  const rule = OnNonWorkingDay.safeParse(options?.onNonWorkingDay ?? "previous-working-day");
  if (!rule.success)
    throw new PeygirError("invalid_option", `${where}: unknown onNonWorkingDay`, [
      {
        path: [...paths.options, "onNonWorkingDay"],
        message: 'must be "previous-working-day", "next-working-day" or "same-day"',
      },
    ]);
  const target = Weekday.options.indexOf(weekday.data);
  const first = from + ((target - Weekday.options.indexOf(epochDayWeekday(from)) + 7) % 7);
  const weeks: ReportWeek[] = [];
  const seen = new Set<number>();
  for (let nominal = first; nominal <= to; nominal += 7) {
    let due = nominal;
    if (rule.data !== "same-day" && !isOpen(cal, nominal)) {
      const step = rule.data === "previous-working-day" ? -1 : 1;
      due = nthWorkingDay(cal, nominal, step, where, paths.to);
    }
    if (seen.has(due)) continue;
    seen.add(due);
    weeks.push({ nominal, due });
  }
  return weeks;
}
