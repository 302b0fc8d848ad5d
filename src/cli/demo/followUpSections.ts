import type { AllocationResult } from "../../allocation/index";
import type { WorkCalendar } from "../../calendar/WorkCalendar";
import type { DeadlineState } from "../../deadlines/DeadlineState";
import { getAgencyScorecards } from "../../deadlines/getAgencyScorecards";
import { getDeadlineStatus } from "../../deadlines/getDeadlineStatus";
import { getReportCompliance } from "../../deadlines/getReportCompliance";
import type { Agency } from "../../entities/Agency";
import type { DeadlineSpec } from "../../entities/DeadlineSpec";
import type { Directive } from "../../entities/Directive";
import type { Task } from "../../entities/Task";
import { toJalaliDate } from "../../jalali/toJalaliDate";
import { formatTable } from "../format/table";
import { shahrBabakReports } from "./followUp";
import { type Bilingual, type DemoLang, type DemoSection, say } from "./labels";
import { indent } from "./meetings";

/** One county's follow-up: its agencies, directives, tasks, calendar and `now`. */
export interface CountyFollowUp {
  readonly name: Bilingual;
  readonly agencies: readonly Agency[];
  readonly directives: readonly Directive[];
  readonly tasks: readonly Task[];
  readonly calendar: WorkCalendar;
  readonly now: Date;
}

const STATE_LABELS: Readonly<Record<DeadlineState | "not-issued", Bilingual>> = {
  open: { en: "open", fa: "باز" },
  "due-soon": { en: "due soon", fa: "نزدیک مهلت" },
  overdue: { en: "OVERDUE", fa: "معوق" },
  "done-on-time": { en: "done", fa: "انجام‌شده" },
  "done-late": { en: "done late", fa: "با تأخیر" },
  cancelled: { en: "cancelled", fa: "لغوشده" },
  "not-issued": { en: "-", fa: "-" },
};

function describeDeadline(lang: DemoLang, deadline: DeadlineSpec, directive: Directive): string {
  if (directive.recurrence !== undefined) {
    return say(lang, {
      en: `every ${directive.recurrence.weekday}`,
      fa: "هر هفته",
    });
  }
  switch (deadline.type) {
    case "date":
      return `${say(lang, { en: "by", fa: "تا" })} ${deadline.date}${deadline.time !== undefined ? ` ${deadline.time}` : ""}`;
    case "hours":
      return say(lang, { en: `${deadline.hours} hours`, fa: `${deadline.hours} ساعت` });
    case "working-days":
      return say(lang, { en: `${deadline.days} working days`, fa: `${deadline.days} روز کاری` });
    case "none":
      return say(lang, { en: "no deadline", fa: "بدون مهلت" });
    default: {
      const exhaustive: never = deadline;
      return exhaustive;
    }
  }
}

/** The directives of both counties, each fanned out to its agencies. */
export function directivesSection(
  lang: DemoLang,
  counties: readonly CountyFollowUp[],
): DemoSection {
  const blocks = counties.map((county) => {
    const rows = county.directives.map((directive, i) => [
      `D${i + 1}`,
      directive.title,
      describeDeadline(lang, directive.deadline, directive),
      String(county.tasks.filter((task) => task.directiveId === directive.id).length),
    ]);
    return `${say(lang, county.name)}\n${indent(
      formatTable(
        [
          "",
          say(lang, { en: "directive", fa: "مصوبه" }),
          say(lang, { en: "deadline", fa: "مهلت" }),
          say(lang, { en: "tasks", fa: "وظیفه" }),
        ],
        rows,
        { alignRight: [3] },
      ),
    )}`;
  });
  return {
    title: { en: "Directives fanned out to agencies", fa: "ابلاغ مصوبات به دستگاه‌ها" },
    body: [
      say(lang, {
        en: "Each directive becomes one follow-up task per responsible agency (expandDirective).",
        fa: "هر مصوبه برای هر دستگاه مسئول یک وظیفه پیگیری می‌شود (expandDirective).",
      }),
      ...blocks,
    ].join("\n\n"),
  };
}

/** `now` as a Jalali date and wall-clock time in the county's time zone. */
function localTime(county: CountyFollowUp): string {
  const { timeZone } = county.calendar;
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(county.now);
  return `${toJalaliDate(county.now, { timeZone })} ${time} (${timeZone})`;
}

/** Every task's state at `now`: agencies down, directives across. */
export function statusSection(lang: DemoLang, counties: readonly CountyFollowUp[]): DemoSection {
  const blocks = counties.map((county) => {
    const byKey = new Map(
      county.tasks.map((task) => [`${task.directiveId}\u0000${task.agencyId}`, task]),
    );
    const counts = new Map<string, number>();
    const rows = county.agencies
      .filter((agency) => county.tasks.some((task) => task.agencyId === agency.id))
      .map((agency) => [
        agency.name,
        ...county.directives.map((directive) => {
          const task = byKey.get(`${directive.id}\u0000${agency.id}`);
          if (task === undefined) return "";
          const state: DeadlineState | "not-issued" =
            Date.parse(task.issuedAt) > county.now.getTime()
              ? "not-issued"
              : getDeadlineStatus(task, { now: county.now, calendar: county.calendar }).state;
          counts.set(state, (counts.get(state) ?? 0) + 1);
          return say(lang, STATE_LABELS[state]);
        }),
      ]);
    const total = [...counts]
      .map(([state, count]) => `${count} ${say(lang, STATE_LABELS[state as DeadlineState])}`)
      .join(", ");
    return `${say(lang, county.name)}, ${say(lang, { en: "at", fa: "در" })} ${localTime(county)}\n${indent(
      formatTable(
        [
          say(lang, { en: "agency", fa: "دستگاه" }),
          ...county.directives.map((_, i) => `D${i + 1}`),
        ],
        rows,
      ),
    )}\n  ${total}`;
  });
  return {
    title: { en: "Where every task stands", fa: "وضعیت هر وظیفه" },
    body: [
      say(lang, {
        en: "Completions are illustrative (the seeds stop at the meeting). D1… as in the list above; working days follow each county's government calendar.",
        fa: "انجام کارها نمونه است (خبرها فقط جلسه را گزارش می‌کنند). D1… مانند فهرست بالا؛ روزهای کاری بر اساس تقویم ادارات هر شهرستان.",
      }),
      ...blocks,
    ].join("\n\n"),
  };
}

const WEEK_LABELS: Readonly<Record<string, Bilingual>> = {
  "on-time": { en: "on time", fa: "به‌موقع" },
  late: { en: "late", fa: "دیر" },
  missing: { en: "MISSING", fa: "ارسال‌نشده" },
  pending: { en: "pending", fa: "در انتظار" },
};

/** Shahr-e Babak's weekly Thursday reports: each agency's record since the council. */
export function complianceSection(
  lang: DemoLang,
  county: CountyFollowUp,
  from: string,
): DemoSection {
  const records = getReportCompliance(county.agencies, {
    calendar: county.calendar,
    reports: shahrBabakReports(),
    from,
    to: toJalaliDate(county.now, { timeZone: county.calendar.timeZone }),
    now: county.now,
    weekday: "thursday",
  });
  const names = new Map(county.agencies.map((agency) => [agency.id, agency.name]));
  const weeks = records[0]?.weeks.map((week) => week.due) ?? [];
  const rows = records.map((record) => [
    names.get(record.agencyId) ?? record.agencyId,
    ...record.weeks.map((week) =>
      say(lang, WEEK_LABELS[week.state] ?? { en: week.state, fa: week.state }),
    ),
    `${Math.round(record.onTimeRate * 100)}%`,
  ]);
  return {
    title: { en: "Weekly reports (every Thursday)", fa: "گزارش هفتگی (هر پنج‌شنبه)" },
    body: [
      say(lang, {
        en: `Shahr-e Babak: "every office sends its weekly report every Thursday"; on time means by the close of office hours (reports illustrative).`,
        fa: "شهربابک: «ادارات هر پنج‌شنبه گزارش هفتگی خود را ارسال کنند»؛ به‌موقع یعنی تا پایان ساعت اداری (گزارش‌ها نمونه است).",
      }),
      indent(
        formatTable(
          [
            say(lang, { en: "agency", fa: "دستگاه" }),
            ...weeks,
            say(lang, { en: "on time", fa: "به‌موقع" }),
          ],
          rows,
          { alignRight: [weeks.length + 1] },
        ),
      ),
    ].join("\n\n"),
  };
}

/** Each Shahr-e Babak agency's scorecard: tasks, families covered, reports. */
export function scorecardsSection(
  lang: DemoLang,
  county: CountyFollowUp,
  allocation: AllocationResult,
  from: string,
  perAgency: number,
): DemoSection {
  const cards = getAgencyScorecards(county.agencies, {
    tasks: county.tasks,
    sponsorships: allocation.sponsorships,
    reports: shahrBabakReports(),
    now: county.now,
    calendar: county.calendar,
    perAgency,
    reportsFrom: from,
    weekday: "thursday",
  });
  const names = new Map(county.agencies.map((agency) => [agency.id, agency.name]));
  const rows = cards.map((card) => [
    names.get(card.agencyId) ?? card.agencyId,
    String(card.tasks["done-on-time"]),
    String(card.tasks["done-late"]),
    String(card.overdue),
    String(card.tasks.open + card.tasks["due-soon"]),
    card.onTimeRate === null ? "–" : `${Math.round(card.onTimeRate * 100)}%`,
    `${card.sponsorship.active}/${card.sponsorship.quota}`,
    card.reports === undefined ? "" : `${Math.round(card.reports.onTimeRate * 100)}%`,
  ]);
  return {
    title: { en: "Agency scorecards", fa: "کارنامه دستگاه‌ها" },
    body: indent(
      formatTable(
        [
          say(lang, { en: "agency", fa: "دستگاه" }),
          say(lang, { en: "on time", fa: "به‌موقع" }),
          say(lang, { en: "late", fa: "با تأخیر" }),
          say(lang, { en: "overdue", fa: "معوق" }),
          say(lang, { en: "open", fa: "باز" }),
          say(lang, { en: "on-time rate", fa: "نرخ به‌موقع" }),
          say(lang, { en: "families", fa: "خانواده‌ها" }),
          say(lang, { en: "reports", fa: "گزارش‌ها" }),
        ],
        rows,
        { alignRight: [1, 2, 3, 4, 5, 6, 7] },
      ),
    ),
  };
}
