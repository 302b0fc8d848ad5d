import type { WorkCalendar } from "../../calendar/WorkCalendar";
import type { DeadlineStatus } from "../../deadlines/DeadlineState";
import { formatDeadlineStatus } from "../../deadlines/formatDeadlineStatus";
import { getDeadlineStatus } from "../../deadlines/getDeadlineStatus";
import { IranProvince } from "../../entities/IranProvince";
import type { Task } from "../../entities/Task";
import { choiceOption, requiredOption, stringOption } from "../args";
import type { Command } from "../Command";
import { jsonText } from "../format/jsonText";
import { formatTable } from "../format/table";
import { writeData } from "../format/writeData";
import { parseInstantArg } from "../instantArg";
import { loadCalendar } from "../io/loadCalendar";
import { loadTables } from "../io/loadTables";
import { csvText } from "../io/writeCsv";
import { UsageError } from "../UsageError";

const usage = `Usage: peygir status --tasks <file> --now <instant or JalaliDate>
                     [--calendar <file>] [--region <province>] [--lang en|fa]
                     [--format table|json|csv]

Where each task stands at --now: open, due-soon, overdue, done-on-time, done-late or
cancelled, with its due time and the working days left or late.

--now is an ISO 8601 instant with an offset (2020-05-14T12:00:00+04:30) or a Jalali date
with an optional time in the calendar's time zone (1399/02/25 12:00; a date alone means
23:59 of that day). Working days follow the Iranian calendar, or a province's government
offices (--region), customised by a JSON file of work-calendar options (--calendar, e.g.
{ "weekend": ["thursday", "friday"] }).

The tasks file is CSV (id, agency_id, directive_id, title, issued_at, deadline, completed_at,
cancelled_at, evidence; English or Persian headers) or JSON (Task objects). A deadline cell
is a Jalali date with an optional time (1399/03/03 14:00), hours (24h), working days (7wd)
or empty for none.

Options:
  --tasks      tasks file
  --now        the instant to judge at
  --calendar   JSON work-calendar options
  --region     a province, for its offices' working week (e.g. Kerman, کرمان)
  --lang       language of the "left / late" label: en (default) or fa
  --format     table (default), json or csv

Example:
  peygir status --tasks tasks.csv --now 1399/02/25 --region کرمان`;

/** `peygir status`: the deadline status of every task of a file at an instant. */
export const statusCommand: Command = {
  name: "status",
  summary: "the deadline status of every task at an instant",
  usage,
  options: {
    tasks: { type: "string" },
    now: { type: "string" },
    calendar: { type: "string" },
    region: { type: "string" },
    lang: { type: "string" },
    format: { type: "string" },
  },
  async run(values, positionals) {
    if (positionals.length > 0) throw new UsageError("status takes no arguments", usage);
    const tasksPath = requiredOption(values, "tasks", usage);
    const nowText = requiredOption(values, "now", usage);
    const region = regionOption(stringOption(values, "region"), usage);
    const lang = choiceOption(values, "lang", ["en", "fa"], usage);
    const format = choiceOption(values, "format", ["table", "json", "csv"], usage);
    const calendarPromise = loadCalendar({ file: stringOption(values, "calendar"), region });
    const [calendar, { tasks }] = await Promise.all([
      calendarPromise,
      loadTables({ tasks: { path: tasksPath, kind: "tasks" } } as const),
    ]);
    const now = parseInstantArg(nowText, calendar.timeZone);
    if (now === undefined) {
      throw new UsageError(
        "--now must be an ISO 8601 instant with an offset or a Jalali date",
        usage,
      );
    }
    const rows = taskStatuses(tasks, now, calendar, lang);
    writeData(renderStatuses(rows, format));
    return 0;
  },
};

/** A province option checked up front (a wrong one is a usage error). */
export function regionOption(region: string | undefined, usage: string): string | undefined {
  if (region === undefined) return undefined;
  const parsed = IranProvince.safeParse(region);
  if (!parsed.success) {
    throw new UsageError("--region must be one of Iran's 31 provinces (Persian or English)", usage);
  }
  return parsed.data;
}

/** One task with its status and label. */
export interface TaskStatusRow {
  readonly task: Task;
  readonly status: DeadlineStatus;
  readonly label: string;
}

/** Every task's status at `now`, with a short label in `lang`. */
export function taskStatuses(
  tasks: readonly Task[],
  now: Date,
  calendar: WorkCalendar,
  lang: "en" | "fa",
): TaskStatusRow[] {
  return tasks.map((task) => {
    const status = getDeadlineStatus(task, { now, calendar });
    return { task, status, label: formatDeadlineStatus(status, { locale: lang, now, calendar }) };
  });
}

/** The statuses as the output of `peygir status --format <format>`. */
export function renderStatuses(
  rows: readonly TaskStatusRow[],
  format: "table" | "json" | "csv",
): string {
  switch (format) {
    case "json":
      return jsonText(
        rows.map(({ task, status, label }) => ({
          id: task.id,
          agencyId: task.agencyId,
          ...(task.directiveId !== undefined ? { directiveId: task.directiveId } : {}),
          title: task.title,
          ...status,
          label,
        })),
      );
    case "csv":
      return csvText(
        [
          "id",
          "agency_id",
          "directive_id",
          "state",
          "due_at",
          "due_date",
          "working_days_late",
          "label",
        ],
        rows.map(({ task, status, label }) => [
          task.id,
          task.agencyId,
          task.directiveId,
          status.state,
          status.dueAt ?? undefined,
          status.dueDate ?? undefined,
          status.workingDaysLate ?? undefined,
          label,
        ]),
      );
    case "table": {
      const counts = new Map<string, number>();
      for (const { status } of rows) counts.set(status.state, (counts.get(status.state) ?? 0) + 1);
      const table = formatTable(
        ["task", "agency", "state", "due", "", "title"],
        rows.map(({ task, status, label }) => [
          task.id,
          task.agencyId,
          status.state,
          status.dueAt === null ? "-" : `${status.dueDate} ${status.dueAt.slice(11, 16)}`,
          label,
          task.title,
        ]),
      );
      const summary = [...counts].map(([state, count]) => `${count} ${state}`).join(", ");
      return `${table}\n\n${rows.length} tasks: ${summary || "none"}\n`;
    }
    default: {
      const exhaustive: never = format;
      return exhaustive;
    }
  }
}
