import { countWorkingDaysBetween } from "../../calendar/countWorkingDaysBetween";
import { getDaysOff } from "../../calendar/getDaysOff";
import { getIranianHolidays, type HolidaySource } from "../../calendar/holidays/getIranianHolidays";
import { addJalaliDays } from "../../jalali/addJalaliDays";
import { getJalaliWeekday } from "../../jalali/getJalaliWeekday";
import { toLatinDigits } from "../../text/digits";
import { choiceOption, positionalArgs, stringOption } from "../args";
import type { Command } from "../Command";
import { escapeControls } from "../format/escapeControls";
import { jsonText } from "../format/jsonText";
import { formatTable } from "../format/table";
import { writeData } from "../format/writeData";
import { loadCalendar } from "../io/loadCalendar";
import { UsageError } from "../UsageError";
import { regionOption } from "./status";

const SOURCES: readonly HolidaySource[] = ["auto", "official", "estimated"];

const usage = `Usage: peygir holidays <year> [--region <province>] [--calendar <file>]
                       [--source auto|official|estimated] [--format table|json]

Lists the official holidays of a Jalali year (1300-1500): the observed official calendar for
1398-1405, an estimate (solar days by law, lunar days by crescent visibility) otherwise.
With --region (or --calendar, a JSON file of work-calendar options), the days off of that
province's government offices: the holidays plus the calendar's closures, and the number of
working days in the year under its working-week rules.

Options:
  --region   a province, in Persian or English (e.g. Mazandaran, مازندران)
  --calendar JSON work-calendar options (extra holidays, closures, weekend)
  --source   auto (default: official where known), official, or estimated
  --format   table (default) or json

Example:
  peygir holidays 1404 --region Mazandaran`;

/** One day off in the listing. */
interface DayOffRow {
  readonly date: string;
  readonly names: readonly { readonly fa: string; readonly en: string }[];
  readonly kind: string;
  readonly official?: boolean;
}

/** `peygir holidays <year>`: the holidays of a Jalali year. */
export const holidaysCommand: Command = {
  name: "holidays",
  summary: "list the official holidays of a Jalali year (optionally a province's days off)",
  usage,
  options: {
    region: { type: "string" },
    calendar: { type: "string" },
    source: { type: "string" },
    format: { type: "string" },
  },
  async run(values, positionals) {
    const [yearText = ""] = positionalArgs(positionals, 1, usage);
    const latin = toLatinDigits(yearText);
    const year = Number(latin);
    if (!/^\d{4}$/.test(latin) || year < 1300 || year > 1500) {
      throw new UsageError("<year> must be a Jalali year from 1300 to 1500", usage);
    }
    const source = choiceOption(values, "source", SOURCES, usage);
    const format = choiceOption(values, "format", ["table", "json"], usage);
    const region = regionOption(stringOption(values, "region"), usage);
    const file = stringOption(values, "calendar");
    if (region === undefined && file === undefined) {
      const holidays = getIranianHolidays(year, { source });
      if (format === "json") writeData(jsonText(holidays));
      else console.log(daysOffTable(holidays));
      return 0;
    }
    if (stringOption(values, "source") !== undefined) {
      throw new UsageError("--source cannot be combined with --region or --calendar", usage);
    }
    const calendar = await loadCalendar({ file, region });
    const first = `${year}/01/01`;
    const last = addJalaliDays(`${year + 1}/01/01`, -1);
    const days: DayOffRow[] = [];
    for (let day = first; day <= last; day = addJalaliDays(day, 1)) {
      for (const off of getDaysOff(day, { calendar })) {
        days.push(
          off.type === "holiday"
            ? { date: off.date, names: off.names, kind: off.kind, official: off.official }
            : {
                date: off.date,
                names: [{ fa: off.reason ?? "تعطیلی", en: off.reason ?? "closure" }],
                kind: off.hours === undefined ? "closure" : "shortened day",
              },
        );
      }
    }
    const workingDays = countWorkingDaysBetween(addJalaliDays(first, -1), last, { calendar });
    const place = region ?? file ?? "";
    if (format === "json") {
      writeData(jsonText({ year, region: calendar.region ?? null, workingDays, daysOff: days }));
    } else {
      console.log(
        `${daysOffTable(days)}\n\n${year} (${escapeControls(place)}): ${workingDays} working days`,
      );
    }
    return 0;
  },
};

/** Days off as a table: date, weekday, Persian and English names, source or kind. */
export function daysOffTable(days: readonly DayOffRow[]): string {
  return formatTable(
    ["date", "weekday", "occasion", "occasion (en)", "source"],
    days.map((day) => [
      day.date,
      getJalaliWeekday(day.date),
      day.names.map((name) => name.fa).join(" / "),
      day.names.map((name) => name.en).join(" / "),
      day.official === undefined ? day.kind : day.official ? "official" : "estimated",
    ]),
  );
}
