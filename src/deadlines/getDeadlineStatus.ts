import type { WorkCalendar } from "../calendar/index";
import type { InstantInput } from "../entities/IsoInstant";
import type { TaskInput } from "../entities/Task";
import { PeygirError } from "../errors/PeygirError";
import { instantMs } from "../internal/instant";
import type { DeadlineStatus } from "./DeadlineState";
import { statusAt } from "./internal/statusAt";
import { calendarOption } from "./internal/workingTime";

/**
 * Options of {@link getDeadlineStatus}.
 *
 * @category Deadlines
 */
export interface GetDeadlineStatusOptions {
  /** The instant asked about (required: peygir never reads the clock). */
  readonly now: InstantInput;
  /** The work calendar that counts working days and office hours. Default: the Iranian one. */
  readonly calendar?: WorkCalendar;
  /**
   * The fraction of the time allowed after which an open task is `"due-soon"`, from 0 to 1.
   * Default 0.75.
   */
  readonly warnAt?: number;
}

const WHERE = "getDeadlineStatus";
const NOW_PATH = ["options", "now"] as const;
let lastNowText: string | undefined;
let lastNowMs = 0;

/** `options.now` in ms; a string is parsed once for a run of calls with the same `now`. */
function nowMsOf(now: unknown): number {
  if (typeof now !== "string") return instantMs(now, WHERE, NOW_PATH);
  if (now === lastNowText) return lastNowMs;
  const ms = instantMs(now, WHERE, NOW_PATH);
  lastNowText = now;
  lastNowMs = ms;
  return ms;
}

/**
 * Where a task stands at an instant, the way service desks report an SLA: due time, time
 * left, fraction elapsed and lateness in working days.
 *
 * - `cancelled` when `cancelledAt` ≤ `now` (it wins over everything else);
 * - else, when `completedAt` ≤ `now`: `done-on-time` if it is ≤ the due instant (or there is
 *   no deadline), otherwise `done-late`;
 * - else `overdue` after the due instant, `due-soon` once `elapsed` ≥ `warnAt`, `open`
 *   otherwise. `elapsed` counts working time for `working-days` and `date` deadlines (a
 *   holiday does not bring a task nearer its deadline) and clock time for `hours` ones.
 *
 * Events after `now` (completion, cancellation, extensions granted later) are ignored, so the
 * status of any past instant can be replayed. The due instant comes from {@link resolveDueAt}
 * with the latest extension granted by `now`. Answers are cached per calendar, so a million
 * statuses take well under a second.
 *
 * @param task - The task (as validated by the `Task` schema, or its input form).
 * @param options - {@link GetDeadlineStatusOptions}; `now` is required.
 * @returns The {@link DeadlineStatus}, plain JSON data.
 * @throws {@link PeygirError} `invalid_instant` for a bad `now`, `issuedAt`, `completedAt`,
 *   `cancelledAt` or extension `at`; `invalid_deadline` for a malformed deadline;
 *   `invalid_task` for a `completedAt` or `cancelledAt` before `issuedAt`;
 *   `invalid_option` when `warnAt` is not from 0 to 1; `invalid_calendar` for a calendar
 *   that is not an object; `out_of_range` outside Jalali 1300–1500.
 *
 * @example
 * ```ts
 * // A citizen's demand sent to the media team on Saturday 1403/04/23 at 09:00: 24 clock
 * // hours to answer (Shahr-e Babak's rule), so due Sunday 09:00; at 04:00 Sunday, 19 of the
 * // 24 hours (79%) are gone.
 * getDeadlineStatus(
 *   {
 *     id: "d1",
 *     agencyId: "water",
 *     title: "پاسخ به مطالبه",
 *     issuedAt: "2024-07-13T09:00:00+03:30",
 *     deadline: { type: "hours", hours: 24 },
 *   },
 *   { now: "2024-07-14T04:00:00+03:30" },
 * );
 * // => { state: "due-soon", dueAt: "2024-07-14T09:00:00+03:30", dueDate: "1403/04/24",
 * //      remainingMs: 18000000, elapsed: 0.7916666666666666, workingDaysLate: null }
 * ```
 *
 * @category Deadlines
 */
export function getDeadlineStatus(
  task: TaskInput,
  options: GetDeadlineStatusOptions,
): DeadlineStatus {
  if (typeof options !== "object" || options === null)
    throw new PeygirError("invalid_option", `${WHERE}: options with now are required`, [
      { path: ["options"], message: "must be an object with now" },
    ]);
  const nowMs = nowMsOf(options.now);
  const warnAt = options.warnAt ?? 0.75;
  // typeof first: comparing an object calls its toString, which JSON can make a non-function.
  if (typeof warnAt !== "number" || !(warnAt >= 0 && warnAt <= 1))
    throw new PeygirError("invalid_option", `${WHERE}: warnAt must be from 0 to 1`, [
      { path: ["options", "warnAt"], message: "must be a number from 0 to 1" },
    ]);
  const cache = calendarOption(options, WHERE);
  return statusAt(task, nowMs, cache, warnAt, WHERE);
}
