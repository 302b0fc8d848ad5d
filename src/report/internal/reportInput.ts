/** The report's input schemas (private): its meeting and lists, and its calendar. */
import * as z from "zod";
import { WorkCalendar } from "../../calendar/index";
import { Agency } from "../../entities/Agency";
import { Directive } from "../../entities/Directive";
import { Meeting } from "../../entities/Meeting";
import { Person } from "../../entities/Person";
import { Sponsorship } from "../../entities/Sponsorship";
import { Task } from "../../entities/Task";
import { WeeklyReport } from "../../entities/WeeklyReport";

/**
 * The meeting and the lists, checked with the entities' own schemas (paths start at
 * `meeting` or `options`): the page reads every field of them, and a list read from JSON may
 * hold anything (a meeting without `body`, a deadline `{ "type": "weeks" }`).
 */
export const ReportEntities = z.object({
  meeting: Meeting,
  options: z.object({
    directives: z.array(Directive),
    tasks: z.array(Task),
    agencies: z.array(Agency),
    sponsorships: z.array(Sponsorship).optional(),
    reports: z.array(WeeklyReport).optional(),
    people: z.array(Person).optional(),
  }),
});

/** The calendar, checked apart for its own error code. */
export const ReportCalendar = z.object({
  options: z.object({ calendar: WorkCalendar.optional() }),
});
