import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod";
import { Agency } from "../../entities/Agency";
import { Directive } from "../../entities/Directive";
import { Meeting } from "../../entities/Meeting";
import { Person } from "../../entities/Person";
import { Sponsorship } from "../../entities/Sponsorship";
import { Task } from "../../entities/Task";
import { WeeklyReport } from "../../entities/WeeklyReport";
import { fontUrlSource } from "../../report/internal/styles";
import { renderFollowUpReport } from "../../report/renderFollowUpReport";
import { shahrBabak } from "../../testing/scenario/seeds";
import { choiceOption, requiredOption, stringOption } from "../args";
import type { Command } from "../Command";
import { shahrBabakFollowUpReport } from "../demo/followUp";
import { escapeControls } from "../format/escapeControls";
import { parseInstantArg } from "../instantArg";
import { readTextFile } from "../io/decode";
import { InputError, type RowError } from "../io/InputError";
import { loadCalendar } from "../io/loadCalendar";
import { readId, readIdsIn } from "../io/readId";
import { checkOutPath, writeAtomic } from "../io/writeAtomic";
import { UsageError } from "../UsageError";

const usage = `Usage: peygir report --meeting <id> --data <file.json or dir> --now <instant>
                     --out <report.html> [--lang fa|en] [--calendar <file>] [--region <province>]
                     [--font-url <url>]
       peygir report --demo --out <report.html> [--lang fa|en]

Writes the follow-up report of a meeting: one self-contained, printable HTML page (right to
left in Persian) with each agency's task states, overdue items first, the weekly-report
compliance and the sponsorship coverage as bar charts. Household identities never appear.

--data is one JSON file { meetings, directives, tasks, agencies, people?, sponsorships?,
reports? } or a directory holding meetings.json, directives.json, tasks.json, agencies.json
and optionally people.json, sponsorships.json, reports.json (each an array of entities).
--demo uses the built-in Shahr-e Babak council of the seeds, with an illustrative follow-up.

The page uses the Vazirmatn font when --font-url points to Vazirmatn[wght].woff2 (from the
vazirmatn package): a path relative to the page, or an https: URL. Otherwise it uses the
installed Persian fonts.

Options:
  --meeting    the meeting's id
  --data       the JSON file or directory
  --now        the instant the report describes (ISO 8601 with offset, or a Jalali date)
  --out        the HTML file to write (atomically; a new path or a regular file)
  --lang       fa (default) or en
  --calendar   JSON work-calendar options
  --region     a province, for its offices' working week (e.g. Kerman, کرمان)
  --font-url   URL of Vazirmatn[wght].woff2 (relative to the page, or https:)
  --demo       the built-in Shahr-e Babak example

Example:
  peygir report --meeting sb-council-1399 --data follow-up/ --now 1399/02/30 --out report.html`;

const Bundle = z.object({
  meetings: z.array(Meeting),
  directives: z.array(Directive),
  tasks: z.array(Task),
  agencies: z.array(Agency),
  people: z.array(Person).optional(),
  sponsorships: z.array(Sponsorship).optional(),
  reports: z.array(WeeklyReport).optional(),
});
type Bundle = z.input<typeof Bundle>;

const KEYS = [
  "meetings",
  "directives",
  "tasks",
  "agencies",
  "people",
  "sponsorships",
  "reports",
] as const;

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readTextFile(path));
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new InputError([{ file: path, message: "is not valid JSON" }]);
    }
    throw error;
  }
}

// The files --data names: the file itself, or the JSON files read from the directory.
async function dataFiles(path: string): Promise<Record<string, string>> {
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isDirectory() !== true) return { "--data": path };
  return Object.fromEntries(KEYS.map((key) => [`--data ${key}.json`, join(path, `${key}.json`)]));
}

async function loadBundle(path: string): Promise<Bundle> {
  let raw: Record<string, unknown>;
  if ((await stat(path)).isDirectory()) {
    const files = new Set(await readdir(path));
    raw = {};
    for (const key of KEYS) {
      if (files.has(`${key}.json`)) raw[key] = await readJson(join(path, `${key}.json`));
    }
  } else {
    const data = await readJson(path);
    raw = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  }
  const result = Bundle.safeParse(raw);
  if (!result.success) {
    const errors: RowError[] = result.error.issues.map((issue) => ({
      file: path,
      column: issue.path.map(String).join("."),
      // zod's and peygir's messages state the rule, never the value.
      message: issue.message,
    }));
    throw new InputError(errors);
  }
  const errors: RowError[] = [];
  // Ids are read as every input format reads them, so `ag-۰۱` here matches `ag-01` there.
  const bundle = readIdsIn(result.data, (column, message) =>
    errors.push({ file: path, column, message }),
  ) as Bundle;
  if (errors.length > 0) throw new InputError(errors);
  return bundle;
}

function demoBundle(): { bundle: Bundle; meetingId: string; now: Date } {
  const demo = shahrBabakFollowUpReport();
  return {
    meetingId: demo.meeting.id,
    now: new Date(demo.now),
    bundle: {
      meetings: [...shahrBabak.meetings],
      directives: [...demo.directives],
      tasks: [...demo.tasks],
      agencies: [...demo.agencies],
      people: [...(demo.people ?? [])],
      sponsorships: [...(demo.sponsorships ?? [])],
      reports: [...(demo.reports ?? [])],
    },
  };
}

/** `peygir report`: the printable follow-up report of a meeting, as an HTML file. */
export const reportCommand: Command = {
  name: "report",
  summary: "write the printable follow-up report of a meeting (HTML)",
  usage,
  options: {
    meeting: { type: "string" },
    data: { type: "string" },
    now: { type: "string" },
    out: { type: "string" },
    lang: { type: "string" },
    calendar: { type: "string" },
    region: { type: "string" },
    "font-url": { type: "string" },
    demo: { type: "boolean" },
  },
  async run(values, positionals) {
    if (positionals.length > 0) throw new UsageError("report takes no arguments", usage);
    const out = requiredOption(values, "out", usage);
    const locale = choiceOption(values, "lang", ["fa", "en"] as const, usage);
    const fontUrl = stringOption(values, "font-url");
    if (fontUrl !== undefined && fontUrlSource(fontUrl) === undefined) {
      throw new UsageError(
        "--font-url must be a path relative to the page or an https: URL, without quotes, backslashes, angle brackets or spaces",
        usage,
      );
    }
    const dataPath = values.demo === true ? undefined : stringOption(values, "data");
    const calendarPath = stringOption(values, "calendar");
    await checkOutPath(out, {
      "--calendar": calendarPath,
      ...(dataPath === undefined ? {} : await dataFiles(dataPath)),
    });
    let bundle: Bundle;
    let meetingId: string;
    let now: Date;
    const calendar = await loadCalendar({
      file: calendarPath,
      region: stringOption(values, "region"),
    });
    if (values.demo === true) {
      ({ bundle, meetingId, now } = demoBundle());
    } else {
      const meetingOption = readId(requiredOption(values, "meeting", usage));
      if (meetingOption?.ok !== true) throw new UsageError("--meeting must be an id", usage);
      meetingId = meetingOption.id;
      const nowText = requiredOption(values, "now", usage);
      const parsedNow = parseInstantArg(nowText, calendar.timeZone);
      if (parsedNow === undefined) {
        throw new UsageError(
          "--now must be an ISO 8601 instant with an offset or a Jalali date",
          usage,
        );
      }
      now = parsedNow;
      bundle = await loadBundle(requiredOption(values, "data", usage));
    }
    const meeting = bundle.meetings.find((candidate) => candidate.id === meetingId);
    if (meeting === undefined) {
      throw new InputError([{ file: "--meeting", message: "no meeting with that id in the data" }]);
    }
    const html = renderFollowUpReport(meeting, {
      directives: bundle.directives,
      tasks: bundle.tasks,
      agencies: bundle.agencies,
      now,
      calendar,
      locale,
      ...(bundle.people ? { people: bundle.people } : {}),
      ...(bundle.sponsorships ? { sponsorships: bundle.sponsorships } : {}),
      ...(bundle.reports ? { reports: bundle.reports } : {}),
      ...(fontUrl ? { fontUrl } : {}),
    });
    await writeAtomic(out, html);
    console.error(`wrote ${escapeControls(out)}`);
    return 0;
  },
};
