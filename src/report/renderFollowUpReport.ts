import type { WorkCalendar } from "../calendar/index";
import { calendarOption } from "../calendar/internal/calendarOption";
import { type DeadlineStatus, formatDeadlineStatus, getReportCompliance } from "../deadlines/index";
import { statusAt } from "../deadlines/internal/statusAt";
import type { AgencyInput } from "../entities/Agency";
import type { DirectiveInput } from "../entities/Directive";
import type { InstantInput } from "../entities/IsoInstant";
import type { MeetingInput } from "../entities/Meeting";
import type { PersonInput } from "../entities/Person";
import type { SponsorshipInput } from "../entities/Sponsorship";
import type { TaskInput } from "../entities/Task";
import type { WeeklyReportInput } from "../entities/WeeklyReport";
import { PeygirError } from "../errors/PeygirError";
import { localeOption } from "../i18n/internal/localeOption";
import type { Locale } from "../i18n/Locale";
import { epochDayToString } from "../internal/epochDay";
import { instantMs } from "../internal/instant";
import { epochDayOf } from "../internal/jalaliInput";
import { zoneOffset } from "../internal/timeZone";
import { parseWith } from "../internal/zodIssues";
import { formatJalaliDate } from "../jalali/formatJalaliDate";
import { toJalaliDate } from "../jalali/toJalaliDate";
import { toPersianDigits } from "../text/digits";
import { complianceRows, coverageRows } from "./internal/chartRows";
import { directiveBlocks } from "./internal/directiveBlocks";
import { esc } from "./internal/escape";
import { labelsFor } from "./internal/labels";
import { ReportCalendar, ReportEntities } from "./internal/reportInput";
import {
  complianceSection,
  directivesSection,
  headerSection,
  overdueSection,
  type ReportContext,
  sponsorshipSection,
} from "./internal/sections";
import { fontUrlSource, styleSheet } from "./internal/styles";

/**
 * Input of {@link renderFollowUpReport}: the meeting, what it decided, where each agency
 * stands, and how the page is rendered.
 *
 * @category Report
 */
export interface RenderFollowUpReportOptions {
  /** Directives; only those whose `meetingId` is the meeting's id are reported. */
  readonly directives: readonly DirectiveInput[];
  /** Tasks; only those of the reported directives are shown. */
  readonly tasks: readonly TaskInput[];
  /** The jurisdiction's agencies: names for the tables, rows of the charts (active ones). */
  readonly agencies: readonly AgencyInput[];
  /** Sponsorships of needy households; the coverage chart is drawn when given. */
  readonly sponsorships?: readonly SponsorshipInput[];
  /** Weekly reports sent; the compliance chart is drawn when given. */
  readonly reports?: readonly WeeklyReportInput[];
  /** People, to name the chair (the chair's id is shown otherwise). */
  readonly people?: readonly PersonInput[];
  /** The instant the report describes (required: peygir never reads the clock). */
  readonly now: InstantInput;
  /** The work calendar. Default: the Iranian one. */
  readonly calendar?: WorkCalendar;
  /** `"fa"` (default: right to left, Jalali dates in words, Persian digits) or `"en"`. */
  readonly locale?: Locale;
  /** The first day of the weekly-report period. Default: the meeting's date. */
  readonly reportsFrom?: string;
  /** The sponsorship quota of an agency without `sponsorshipQuota`. Default 5. */
  readonly perAgency?: number;
  /**
   * The URL of `Vazirmatn[wght].woff2`: a relative path (e.g. the file copied from the
   * `vazirmatn` package beside the page) or an `https:` URL, whose origin alone the page's
   * Content-Security-Policy then opens for fonts. Without it or `embedFontBase64`, the page
   * uses installed fonts.
   */
  readonly fontUrl?: string;
  /** The base64 text of a woff2 font embedded in the page (wins over `fontUrl`). */
  readonly embedFontBase64?: string;
}

const WHERE = "renderFollowUpReport";

function fail(path: string, message: string): PeygirError {
  return new PeygirError("invalid_option", `${WHERE}: invalid ${path}`, [
    { path: ["options", path], message },
  ]);
}

/**
 * Renders the follow-up report of a meeting: one self-contained HTML page to read out at the
 * next session or print to PDF.
 *
 * The page holds the meeting header with totals; the overdue tasks, latest first; every
 * directive of the meeting with each agency's task state (directives with overdue tasks
 * first, and in each the overdue rows first); the weekly-report compliance per agency and
 * the sponsorship coverage against each agency's quota as inline SVG bar charts. Households
 * are only counted, never named. All text from the data is escaped. There is no script and no
 * external request (unless `fontUrl` points elsewhere); the print style sheet sets A4 pages,
 * a page break before each section and table headers repeated on every page.
 *
 * @param meeting - The meeting whose directives are followed up.
 * @param options - The directives, tasks, agencies and `now`; `sponsorships`, `reports`,
 *   `people`, `calendar`, `locale`, `reportsFrom`, `perAgency`, `fontUrl`, `embedFontBase64`.
 * @returns The HTML document, `<!DOCTYPE html>` first.
 * @throws {@link PeygirError} `invalid_input` when the options are not an object, a list is
 *   missing (directives, tasks, agencies), or the meeting or an item of a list does not
 *   match its entity's schema (`Meeting`, `Directive`, `Task`, `Agency`, `Sponsorship`,
 *   `WeeklyReport`, `Person`; each issue at its path, e.g. `["meeting", "date"]` or
 *   `["options", "tasks", 3, "deadline", "type"]`); `invalid_calendar` for a calendar that is not a `WorkCalendar`;
 *   `invalid_option` for an unknown locale, a bad `perAgency`, `fontUrl` or
 *   `embedFontBase64`; `invalid_instant` for a bad `now`; `invalid_jalali_date` for a bad
 *   `reportsFrom`; and what `getDeadlineStatus` throws for a task (`out_of_range`).
 *
 * @example
 * ```ts
 * const meeting = {
 *   id: "m1",
 *   body: { name: "شورای اداری", kind: "administrative-council" },
 *   session: 3,
 *   date: "1403/04/20",
 *   chairId: "governor",
 *   status: "held",
 * } as const;
 * const html = renderFollowUpReport(meeting, {
 *   directives: [
 *     {
 *       id: "d1",
 *       meetingId: "m1",
 *       title: "پاسخ به مطالبات",
 *       assignees: { agencyIds: ["edu"] },
 *       deadline: { type: "hours", hours: 24 },
 *       issuedAt: "2024-07-10T10:00:00+03:30",
 *     },
 *   ],
 *   tasks: [
 *     {
 *       id: "t1",
 *       agencyId: "edu",
 *       directiveId: "d1",
 *       title: "پاسخ به مطالبات",
 *       issuedAt: "2024-07-10T10:00:00+03:30",
 *       deadline: { type: "hours", hours: 24 },
 *     },
 *   ],
 *   agencies: [{ id: "edu", name: "آموزش و پرورش", region: { province: "کرمان" } }],
 *   now: "2024-07-14T10:00:00+03:30",
 * });
 * html.startsWith('<!DOCTYPE html><html lang="fa" dir="rtl">'); // => true
 * html.includes("گذشته از مهلت"); // => true
 * html.includes("<script"); // => false
 * ```
 *
 * @category Report
 */
export function renderFollowUpReport(
  meeting: MeetingInput,
  options: RenderFollowUpReportOptions,
): string {
  if (typeof options !== "object" || options === null)
    throw new PeygirError("invalid_input", `${WHERE}: options must be an object`, [
      { path: ["options"], message: "must be an object with directives, tasks, agencies and now" },
    ]);
  const parsed = parseWith(
    ReportEntities,
    { meeting, options },
    "invalid_input",
    `${WHERE}: invalid meeting or lists`,
  );
  const { directives, tasks, agencies, sponsorships, reports, people } = parsed.options;
  const theMeeting = parsed.meeting;
  // Any problem with the calendar is `invalid_calendar` here, whatever field it is in.
  parseWith(ReportCalendar, { options }, "invalid_calendar", `${WHERE}: invalid work calendar`);
  const locale = localeOption(options, WHERE);
  const perAgency = options.perAgency ?? 5;
  if (!Number.isInteger(perAgency) || perAgency < 0)
    throw fail("perAgency", "must be a whole number, 0 or more");
  const nowMs = instantMs(options.now, WHERE, ["options", "now"]);
  const reportsFrom =
    options.reportsFrom === undefined
      ? undefined
      : epochDayToString(epochDayOf(options.reportsFrom, WHERE, ["options", "reportsFrom"]));
  // The calendar as given (checked above), so that its compiled tables serve the next report
  // (the national one when none is given); a calendar read back from JSON without a zone
  // gets Tehran's.
  const cal = calendarOption(options, WHERE);
  const workCalendar = cal.calendar;
  const timeZone = cal.timeZone;
  const style = styleSheet(
    {
      ...(options.fontUrl === undefined ? {} : { fontUrl: options.fontUrl }),
      ...(options.embedFontBase64 === undefined
        ? {}
        : { embedFontBase64: options.embedFontBase64 }),
    },
    WHERE,
  );

  const labels = labelsFor(locale);
  const num = locale === "fa" ? (v: number | string) => toPersianDigits(v) : String;
  const ctx: ReportContext = {
    locale,
    dir: locale === "fa" ? "rtl" : "ltr",
    labels,
    num,
    text: locale === "fa" ? toPersianDigits : (value) => value,
    day:
      locale === "fa"
        ? (date) => formatJalaliDate(date, { pattern: "d MMMM yyyy", digits: "persian" })
        : (date) => formatJalaliDate(date, { pattern: "d MMMM yyyy", locale: "en" }),
    detail: (status: DeadlineStatus) =>
      formatDeadlineStatus(status, { locale, now: options.now, calendar: workCalendar }),
  };

  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const nameOf = (id: string): string => agencyName.get(id) ?? id;

  const {
    meetingDirectives,
    blocks,
    overdue,
    tasks: taskCount,
    done,
  } = directiveBlocks(
    theMeeting.id,
    directives,
    tasks,
    // The options were checked once above: each task goes to the unchecked core.
    (task) => statusAt(task, nowMs, cal, 0.75, WHERE),
    nameOf,
  );

  const today = toJalaliDate(nowMs, { timeZone });
  const clock = new Date(nowMs + zoneOffset(timeZone, nowMs)).toISOString().slice(11, 16);
  const chair = people?.find((p) => p.id === theMeeting.chairId)?.name ?? theMeeting.chairId;
  const sections = [
    headerSection(ctx, {
      meeting: theMeeting,
      chair,
      asOf: `${ctx.day(today)}${locale === "fa" ? "، " : ", "}${num(clock)}`,
      directives: meetingDirectives.length,
      tasks: taskCount,
      overdue: overdue.length,
      done,
    }),
    overdueSection(ctx, overdue),
    directivesSection(ctx, blocks),
  ];

  const active = agencies.filter((a) => a.active !== false);
  if (reports !== undefined) {
    const from = reportsFrom ?? theMeeting.date;
    const weekday = meetingDirectives.find((d) => d.recurrence !== undefined)?.recurrence?.weekday;
    const compliance = getReportCompliance(active, {
      calendar: workCalendar,
      reports,
      from,
      // biome-ignore lint/complexity/useMathMinMax: Jalali date strings, not numbers.
      to: from > today ? from : today,
      now: options.now,
      ...(weekday === undefined ? {} : { weekday }),
    });
    sections.push(complianceSection(ctx, complianceRows(compliance, nameOf)));
  }

  if (sponsorships !== undefined) {
    const { rows, households } = coverageRows(active, sponsorships, today, perAgency);
    sections.push(sponsorshipSection(ctx, rows, households));
  }

  const title = `${labels.title} — ${ctx.text(theMeeting.body.name)} — ${labels.session} ${num(theMeeting.session)}`;
  // The font's own origin, never `*`: the style sheet was checked, so the URL is allowed.
  const fontSrc =
    options.embedFontBase64 === undefined && options.fontUrl !== undefined
      ? ` ${fontUrlSource(options.fontUrl) ?? ""}`
      : "";
  return [
    `<!DOCTYPE html><html lang="${locale}" dir="${ctx.dir}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:${fontSrc}">`,
    `<title>${esc(title)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    `<body>${sections.join("\n")}</body>`,
    "</html>\n",
  ].join("\n");
}
