import { countWorkingDaysBetween } from "../../calendar/countWorkingDaysBetween";
import { getDaysOff } from "../../calendar/getDaysOff";
import { isWorkingDay } from "../../calendar/isWorkingDay";
import { addJalaliDays } from "../../jalali/addJalaliDays";
import { getJalaliWeekday } from "../../jalali/getJalaliWeekday";
import { safeParseJalaliDate } from "../../jalali/safeParseJalaliDate";
import { choiceOption, positionalArgs, stringOption } from "../args";
import type { Command } from "../Command";
import { jsonText } from "../format/jsonText";
import { formatTable } from "../format/table";
import { writeData } from "../format/writeData";
import { loadCalendar } from "../io/loadCalendar";
import { UsageError } from "../UsageError";
import { regionOption } from "./status";

const MAX_LISTED_DAYS = 3660;

const usage = `Usage: peygir workdays <from> <to> [--region <province>] [--calendar <file>]
                       [--format text|json]

Counts the working days from one Jalali date to another: the days in (from, to] that are
working days (the start day never counts; the end day counts when it is a working day), and
lists the days off in between with the reason (weekend, holiday, closure). Negative when
<to> is before <from>.

Options:
  --region   a province, in Persian or English, for its government offices' working week
  --calendar JSON work-calendar options (extra holidays, closures, weekend)
  --format   text (default) or json

Example:
  peygir workdays 1403/04/23 1403/04/27`;

/** `peygir workdays <from> <to>`: working days between two Jalali dates. */
export const workdaysCommand: Command = {
  name: "workdays",
  summary: "count the working days between two Jalali dates",
  usage,
  options: { region: { type: "string" }, calendar: { type: "string" }, format: { type: "string" } },
  async run(values, positionals) {
    const [fromText = "", toText = ""] = positionalArgs(positionals, 2, usage);
    const from = safeParseJalaliDate(fromText);
    const to = safeParseJalaliDate(toText);
    if (!from.success || !to.success) {
      throw new UsageError("<from> and <to> must be Jalali dates (e.g. 1403/04/23)", usage);
    }
    const format = choiceOption(values, "format", ["text", "json"], usage);
    const region = regionOption(stringOption(values, "region"), usage);
    const calendar = await loadCalendar({ file: stringOption(values, "calendar"), region });
    const count = countWorkingDaysBetween(from.data, to.data, { calendar });
    const [start, end] = from.data <= to.data ? [from.data, to.data] : [to.data, from.data];
    const daysOff: { date: string; weekday: string; reason: string }[] = [];
    let day = addJalaliDays(start, 1);
    for (let n = 0; day <= end && n < MAX_LISTED_DAYS; n++, day = addJalaliDays(day, 1)) {
      if (isWorkingDay(day, { calendar })) continue;
      const offs = getDaysOff(day, { calendar });
      const reason =
        offs.length === 0
          ? "weekend"
          : offs
              .map((off) =>
                off.type === "holiday"
                  ? off.names.map((name) => name.fa).join(" / ")
                  : (off.reason ?? "closure"),
              )
              .join(" / ");
      daysOff.push({ date: day, weekday: getJalaliWeekday(day), reason });
    }
    if (format === "json") {
      writeData(jsonText({ from: from.data, to: to.data, workingDays: count, daysOff }));
      return 0;
    }
    console.log(
      `${count} working day${Math.abs(count) === 1 ? "" : "s"} from ${from.data} to ${to.data}`,
    );
    if (daysOff.length > 0) {
      console.log(
        `\n${formatTable(
          ["day off", "weekday", "why"],
          daysOff.map((off) => [off.date, off.weekday, off.reason]),
        )}`,
      );
    }
    return 0;
  },
};
