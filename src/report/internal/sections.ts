/**
 * The report's sections (private): each takes the computed model and returns escaped markup.
 */
import type { DeadlineState, DeadlineStatus } from "../../deadlines/index";
import type { Directive } from "../../entities/Directive";
import type { Meeting } from "../../entities/Meeting";
import type { Task } from "../../entities/Task";
import { PeygirError } from "../../errors/PeygirError";
import type { Locale } from "../../i18n/Locale";
import { barChart } from "./charts";
import { esc, type Html } from "./escape";
import type { ReportLabels } from "./labels";

/** Locale-bound formatting shared by the sections. */
export interface ReportContext {
  readonly locale: Locale;
  readonly dir: "rtl" | "ltr";
  readonly labels: ReportLabels;
  /** Digits in the locale's script. */
  readonly num: (value: number | string) => string;
  /** Text from the data as shown: Persian digits in Persian (names and titles). */
  readonly text: (value: string) => string;
  /** A Jalali day in words (`۲۵ تیر ۱۴۰۳`, `25 Tir 1403`). */
  readonly day: (date: string) => string;
  /** The label of a task's status (`overdue by 3 working days`). */
  readonly detail: (status: DeadlineStatus) => string;
}

/** One task with its status and names resolved. */
export interface TaskRow {
  readonly task: Task;
  readonly status: DeadlineStatus;
  readonly agencyName: string;
  readonly directiveTitle: string;
}

/** One directive with its tasks, most urgent first. */
export interface DirectiveBlock {
  readonly directive: Directive;
  readonly rows: readonly TaskRow[];
  readonly overdue: number;
}

/** A row of the compliance chart. */
export interface ComplianceRow {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly due: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly onTimeRate: number;
}

/** A row of the sponsorship chart. */
export interface CoverageRow {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly active: number;
  readonly quota: number;
}

/** Severity order of states: what needs action comes first. */
export const STATE_ORDER: Readonly<Record<DeadlineState, number>> = {
  overdue: 0,
  "due-soon": 1,
  open: 2,
  "done-late": 3,
  "done-on-time": 4,
  cancelled: 5,
};

/** The due day and time of a status (`۲۵ تیر ۱۴۰۳، ۱۴:۳۰`), or the "no deadline" label. */
function dueText(ctx: ReportContext, status: DeadlineStatus): string {
  if (status.dueDate === null || status.dueAt === null) return ctx.labels.noDeadline;
  // dueAt is written in the calendar's zone, so its clock digits are the local time.
  const time = status.dueAt.slice(11, 16);
  return `${ctx.day(status.dueDate)}${ctx.locale === "fa" ? "، " : ", "}${ctx.num(time)}`;
}

function stateCell(ctx: ReportContext, state: DeadlineState): Html {
  return `<td class="state state-${state}">${esc(ctx.labels.states[state])}</td>`;
}

/** The deadline of a directive in words. */
function deadlineText(ctx: ReportContext, directive: Directive): string {
  const spec = directive.deadline;
  const l = ctx.labels;
  let text: string;
  switch (spec.type) {
    case "date":
      text =
        spec.time === undefined
          ? ctx.day(spec.date)
          : `${ctx.day(spec.date)}${ctx.locale === "fa" ? "، " : ", "}${ctx.num(spec.time)}`;
      break;
    case "hours":
      text = `${ctx.num(spec.hours)} ${l.hours}`;
      break;
    case "working-days":
      text = `${ctx.num(spec.days)} ${l.workingDays}`;
      break;
    case "none":
      text = l.noDeadline;
      break;
    default:
      text = unreachable(spec);
  }
  const recurrence = directive.recurrence;
  if (recurrence !== undefined) {
    const every = `${l.every} ${l.weekdays[recurrence.weekday]}${recurrence.time === undefined ? "" : ` ${ctx.num(recurrence.time)}`}`;
    text = spec.type === "none" ? every : `${text}${ctx.locale === "fa" ? "؛ " : "; "}${every}`;
  }
  return text;
}

function unreachable(_value: never): never {
  // Directives are checked with their schema first; the value is not shown (it is data).
  throw new PeygirError("invalid_input", "renderFollowUpReport: unknown deadline type", [
    { path: ["options", "directives"], message: "has a deadline of an unknown type" },
  ]);
}

/** The meeting header with the totals. */
export function headerSection(
  ctx: ReportContext,
  input: {
    readonly meeting: Meeting;
    readonly chair: string;
    readonly asOf: string;
    readonly directives: number;
    readonly tasks: number;
    readonly overdue: number;
    readonly done: number;
  },
): Html {
  const l = ctx.labels;
  const m = input.meeting;
  const present = m.attendees.filter((a) => a.status === "present").length;
  const items: [string, string][] = [
    [l.session, ctx.num(m.session)],
    [
      l.date,
      `${ctx.day(m.date)}${m.startTime === undefined ? "" : `${ctx.locale === "fa" ? "، " : ", "}${ctx.num(m.startTime)}`}`,
    ],
    [l.chair, ctx.text(input.chair)],
  ];
  if (m.location !== undefined) items.push([l.location, ctx.text(m.location)]);
  if (m.attendees.length > 0) items.push([l.attendees, ctx.num(present)]);
  items.push([l.asOf, input.asOf]);
  const totals: [string, number, string][] = [
    ["directives", input.directives, l.directivesCount],
    ["tasks", input.tasks, l.tasksCount],
    ["overdue", input.overdue, l.states.overdue],
    ["done", input.done, l.done],
  ];
  return [
    `<header class="meeting" id="meeting">`,
    `<h1>${esc(l.title)}</h1>`,
    `<p class="body"><bdi>${esc(ctx.text(m.body.name))}</bdi></p>`,
    `<dl>${items.map(([k, v]) => `<dt>${esc(k)}</dt><dd><bdi>${esc(v)}</bdi></dd>`).join("")}</dl>`,
    `<ul class="totals" aria-label="${esc(l.summary)}">`,
    totals
      .map(
        ([key, n, label]) =>
          `<li class="${key}" data-count="${n}"><strong>${esc(ctx.num(n))}</strong>${esc(label)}</li>`,
      )
      .join(""),
    "</ul>",
    "</header>",
  ].join("");
}

/** The overdue tasks, the latest first. */
export function overdueSection(ctx: ReportContext, rows: readonly TaskRow[]): Html {
  const l = ctx.labels;
  const body =
    rows.length === 0
      ? `<p class="muted">${esc(l.overdueNone)}</p>`
      : [
          "<table>",
          `<thead><tr><th scope="col">${esc(l.directive)}</th><th scope="col">${esc(l.agency)}</th><th scope="col">${esc(l.due)}</th><th scope="col">${esc(l.lateBy)}</th></tr></thead>`,
          "<tbody>",
          rows
            .map(
              (row) =>
                `<tr class="state-overdue" data-task-id="${esc(row.task.id)}"><td><bdi>${esc(ctx.text(row.directiveTitle))}</bdi></td><td><bdi>${esc(ctx.text(row.agencyName))}</bdi></td><td class="num">${esc(dueText(ctx, row.status))}</td><td class="num">${esc(ctx.num(row.status.workingDaysLate ?? 0))}</td></tr>`,
            )
            .join(""),
          "</tbody></table>",
        ].join("");
  return `<section id="overdue" data-count="${rows.length}"><h2>${esc(l.overdue)}</h2>${body}</section>`;
}

/** Every directive of the meeting with each agency's task. */
export function directivesSection(ctx: ReportContext, blocks: readonly DirectiveBlock[]): Html {
  const l = ctx.labels;
  if (blocks.length === 0) {
    return `<section id="directives"><h2>${esc(l.directives)}</h2><p class="muted">${esc(l.directivesNone)}</p></section>`;
  }
  const articles = blocks.map((block, i) => {
    const d = block.directive;
    const table =
      block.rows.length === 0
        ? `<p class="muted">${esc(l.noTasks)}</p>`
        : [
            "<table>",
            `<thead><tr><th scope="col">${esc(l.agency)}</th><th scope="col">${esc(l.state)}</th><th scope="col">${esc(l.due)}</th><th scope="col">${esc(l.detail)}</th></tr></thead>`,
            "<tbody>",
            block.rows
              .map(
                (row) =>
                  `<tr class="state-${row.status.state}" data-task-id="${esc(row.task.id)}" data-state="${row.status.state}"><td><bdi>${esc(ctx.text(row.agencyName))}</bdi></td>${stateCell(ctx, row.status.state)}<td class="num">${esc(dueText(ctx, row.status))}</td><td>${esc(ctx.detail(row.status))}</td></tr>`,
              )
              .join(""),
            "</tbody></table>",
          ].join("");
    return [
      `<article class="directive" data-directive-id="${esc(d.id)}" data-overdue="${block.overdue}">`,
      `<h3>${esc(ctx.num(i + 1))}. <bdi>${esc(ctx.text(d.title))}</bdi></h3>`,
      d.text === undefined ? "" : `<p>${esc(ctx.text(d.text))}</p>`,
      `<p class="muted">${esc(l.deadline)}: ${esc(deadlineText(ctx, d))}</p>`,
      table,
      "</article>",
    ].join("");
  });
  return `<section id="directives"><h2>${esc(l.directives)}</h2>${articles.join("")}</section>`;
}

/** The weekly-report compliance chart. */
export function complianceSection(ctx: ReportContext, rows: readonly ComplianceRow[]): Html {
  const l = ctx.labels;
  const chart = barChart({
    title: l.complianceChart,
    scaleMax: 100,
    dir: ctx.dir,
    bars: rows.map((row) => ({
      id: row.agencyId,
      label: ctx.text(row.agencyName),
      value: row.due === 0 ? 0 : row.onTimeRate * 100,
      valueText:
        row.due === 0
          ? l.noReportsDue
          : `${ctx.num(Math.round(row.onTimeRate * 100))}${ctx.locale === "fa" ? "٪" : "%"} (${ctx.num(row.onTime)} ${l.of} ${ctx.num(row.due)})`,
    })),
  });
  return [
    `<section id="compliance">`,
    `<h2>${esc(l.compliance)}</h2>`,
    `<figure><figcaption>${esc(l.complianceNote)}</figcaption>${chart}</figure>`,
    "</section>",
  ].join("");
}

/** The sponsorship coverage chart: active households against the quota. */
export function sponsorshipSection(
  ctx: ReportContext,
  rows: readonly CoverageRow[],
  households: number,
): Html {
  const l = ctx.labels;
  const scaleMax = rows.reduce((max, row) => Math.max(max, row.active, row.quota), 0);
  const chart = barChart({
    title: l.sponsorshipChart,
    scaleMax,
    dir: ctx.dir,
    bars: rows.map((row) => ({
      id: row.agencyId,
      label: ctx.text(row.agencyName),
      value: row.active,
      track: row.quota,
      valueText: `${ctx.num(row.active)} ${l.of} ${ctx.num(row.quota)}`,
    })),
  });
  return [
    `<section id="sponsorship" data-households="${households}">`,
    `<h2>${esc(l.sponsorship)}</h2>`,
    `<figure><figcaption>${esc(l.sponsorshipNote)}</figcaption>${chart}`,
    `<p class="legend"><span><i class="swatch-bar"></i>${esc(l.active)}</span><span><i class="swatch-track"></i>${esc(l.quota)}</span></p></figure>`,
    `<p><strong>${esc(ctx.num(households))}</strong> ${esc(l.households)}</p>`,
    `<p class="privacy">${esc(l.privacy)}</p>`,
    "</section>",
  ].join("");
}
