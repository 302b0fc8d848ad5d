import { PeygirError } from "../../errors/PeygirError";
import { formatJalaliDate } from "../../jalali/formatJalaliDate";
import { fromJalaliDate } from "../../jalali/fromJalaliDate";
import { getJalaliWeekday } from "../../jalali/getJalaliWeekday";
import { parseJalaliDate } from "../../jalali/parseJalaliDate";
import { toJalaliDate } from "../../jalali/toJalaliDate";
import { region4 } from "../../testing/scenario/seeds";
import { type DemoLang, type DemoSection, say } from "./labels";

/** Jalali dates: the Region 4 report's `1397/3/21` parsed, formatted, converted. */
export function datesSection(lang: DemoLang): DemoSection {
  // As the Region 4 report writes it: no zero padding.
  const written = "1397/3/21";
  const date = parseJalaliDate(written);
  const instant = fromJalaliDate(date, { time: "11:00" });
  let rejected = "";
  try {
    parseJalaliDate("1402/12/30");
  } catch (error) {
    if (!(error instanceof PeygirError)) throw error;
    rejected = `PeygirError ${error.code}: ${error.issues.map((issue) => issue.message).join("; ")}`;
  }
  const rows: [string, string][] = [
    [`parseJalaliDate("${written}")`, date],
    ["getJalaliWeekday", getJalaliWeekday(date)],
    [
      'formatJalaliDate(…, { pattern: "EEEE d MMMM yyyy", digits: "persian" })',
      formatJalaliDate(date, { pattern: "EEEE d MMMM yyyy", digits: "persian" }),
    ],
    ['fromJalaliDate(…, { time: "11:00" }) (Asia/Tehran, DST in 1397)', instant],
    ["toJalaliDate(that instant)", toJalaliDate(instant)],
    ['parseJalaliDate("1402/12/30") (1402 is not a leap year)', rejected],
  ];
  const lines = [
    say(lang, {
      en: `The Region 4 meeting ("${region4.meeting.body.name}") is dated as the report writes it:`,
      fa: `تاریخ جلسه منطقه ۴ («${region4.meeting.body.name}») همان‌طور که در خبر آمده:`,
    }),
    ...rows.map(([what, value]) => `  ${what}\n    => ${value}`),
  ];
  return { title: { en: "Jalali dates", fa: "تاریخ شمسی" }, body: lines.join("\n") };
}
