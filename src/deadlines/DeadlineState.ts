import * as z from "zod";
import type { JalaliDate } from "../jalali/JalaliDate";

/**
 * Where a task stands at an instant: `"open"`, `"due-soon"` (the warning threshold of the time
 * allowed has passed), `"overdue"`, `"done-on-time"`, `"done-late"` or `"cancelled"`.
 *
 * @example
 * ```ts
 * DeadlineState.parse("due-soon"); // => "due-soon"
 * DeadlineState.options.length; // => 6
 * ```
 *
 * @category Deadlines
 */
export const DeadlineState = z.enum([
  "open",
  "due-soon",
  "overdue",
  "done-on-time",
  "done-late",
  "cancelled",
]);

/**
 * The state of a task: open, due-soon, overdue, done-on-time, done-late or cancelled.
 *
 * @category Deadlines
 */
export type DeadlineState = z.infer<typeof DeadlineState>;

/**
 * Where one task stands at an instant, as plain JSON data (the answer of
 * {@link getDeadlineStatus}).
 *
 * @category Deadlines
 */
export interface DeadlineStatus {
  /** The state at the instant asked about. */
  readonly state: DeadlineState;
  /**
   * The due instant as ISO 8601 with the calendar's offset (`2024-07-15T14:30:00+03:30`),
   * `null` when the task has no deadline.
   */
  readonly dueAt: string | null;
  /** The calendar day (in the calendar's time zone) of `dueAt`, `null` without a deadline. */
  readonly dueDate: JalaliDate | null;
  /**
   * The milliseconds from the instant asked about to `dueAt` for open tasks (negative when
   * overdue), from completion to `dueAt` for done ones (negative when late); `null` without a
   * deadline or when cancelled.
   */
  readonly remainingMs: number | null;
  /**
   * The fraction of the time from `issuedAt` to `dueAt` that had passed at the instant asked
   * about (at completion for done tasks), in working time for `working-days` and `date`
   * deadlines and in clock time for `hours` ones; above 1 once overdue by working time; `null`
   * without a deadline or when cancelled.
   */
  readonly elapsed: number | null;
  /**
   * The working days in (due day, day of completion or of the instant asked about] for
   * `overdue` and `done-late` tasks (0 when late on the due day itself); `null` otherwise.
   */
  readonly workingDaysLate: number | null;
}
