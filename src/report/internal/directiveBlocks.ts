/**
 * The directives of a meeting with their tasks' states, most urgent first (private): the
 * overdue table and the directive blocks of the follow-up report.
 */
import type { DeadlineStatus } from "../../deadlines/DeadlineState";
import type { Directive } from "../../entities/Directive";
import type { Task } from "../../entities/Task";
import { type DirectiveBlock, STATE_ORDER, type TaskRow } from "./sections";

/** Code-unit order of two texts (locale-free, so the page is the same everywhere). */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the report shows of a meeting's directives. */
export interface DirectiveBlocks {
  /** The directives of the meeting, in the order given. */
  readonly meetingDirectives: readonly Directive[];
  /** Each directive with its tasks; directives with overdue tasks first. */
  readonly blocks: readonly DirectiveBlock[];
  /** The overdue tasks, the latest first. */
  readonly overdue: readonly TaskRow[];
  /** How many tasks the directives have. */
  readonly tasks: number;
  /** How many of them are done (on time or late). */
  readonly done: number;
}

/**
 * Groups the tasks of a meeting's directives under them, each task with its status, the
 * most urgent first: by state, then by the time left, then by agency name and task id.
 */
export function directiveBlocks(
  meetingId: string,
  directives: readonly Directive[],
  tasks: readonly Task[],
  statusOf: (task: Task) => DeadlineStatus,
  nameOf: (agencyId: string) => string,
): DirectiveBlocks {
  const meetingDirectives = directives.filter((d) => d.meetingId === meetingId);
  const titles = new Map(meetingDirectives.map((d) => [d.id, d.title]));
  const rowsByDirective = new Map<string, TaskRow[]>(meetingDirectives.map((d) => [d.id, []]));
  const allRows: TaskRow[] = [];
  for (const task of tasks) {
    if (task.directiveId === undefined) continue;
    const list = rowsByDirective.get(task.directiveId);
    if (list === undefined) continue;
    const row: TaskRow = {
      task,
      status: statusOf(task),
      agencyName: nameOf(task.agencyId),
      directiveTitle: titles.get(task.directiveId) ?? task.directiveId,
    };
    list.push(row);
    allRows.push(row);
  }
  const urgency = (a: TaskRow, b: TaskRow): number =>
    STATE_ORDER[a.status.state] - STATE_ORDER[b.status.state] ||
    (a.status.remainingMs ?? Number.POSITIVE_INFINITY) -
      (b.status.remainingMs ?? Number.POSITIVE_INFINITY) ||
    byName(a.agencyName, b.agencyName) ||
    byName(a.task.id, b.task.id);
  const blocks: DirectiveBlock[] = meetingDirectives
    .map((directive) => {
      const rows = [...(rowsByDirective.get(directive.id) ?? [])].sort(urgency);
      return { directive, rows, overdue: rows.filter((r) => r.status.state === "overdue").length };
    })
    // Array.prototype.sort is stable: directives without overdue tasks keep their order.
    .sort((a, b) => b.overdue - a.overdue);
  const overdue = allRows
    .filter((row) => row.status.state === "overdue")
    .sort(
      (a, b) => (b.status.workingDaysLate ?? 0) - (a.status.workingDaysLate ?? 0) || urgency(a, b),
    );
  const done = allRows.filter(
    (r) => r.status.state === "done-on-time" || r.status.state === "done-late",
  ).length;
  return { meetingDirectives, blocks, overdue, tasks: allRows.length, done };
}
