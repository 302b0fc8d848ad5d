// replayTask's invariants (issue 16): the order of the events array does not matter; events
// after `now` are ignored; `reported` + `verified` at t gives the status getDeadlineStatus gives
// for `completedAt: t`; rescheduling never moves the baseline; held time never counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDeadlineStatus, replayTask } from "../../src/deadlines/index";
import type { DeadlineSpecInput } from "../../src/entities/DeadlineSpec";
import type { TaskInput } from "../../src/entities/Task";
import type { TaskEventInput } from "../../src/entities/TaskEvent";
import { runs } from "../_support/runs";

const ISSUED = Date.parse("2025-04-05T09:00:00+03:30"); // Saturday 1404/01/16
const HOUR = 3_600_000;
const spec: fc.Arbitrary<DeadlineSpecInput> = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map((hours) => ({ type: "hours" as const, hours })),
  fc.integer({ min: 0, max: 30 }).map((days) => ({ type: "working-days" as const, days })),
  fc
    .constantFrom("1404/01/20", "1404/02/01", "1404/03/14")
    .map((date) => ({ type: "date" as const, date })),
  fc.constant({ type: "none" as const }),
);
const offset = fc.integer({ min: 0, max: 60 * 24 }).map((hours) => hours * HOUR);
const task = (deadline: DeadlineSpecInput): TaskInput => ({
  id: "t",
  agencyId: "a",
  title: "کار",
  issuedAt: ISSUED,
  deadline,
});

/** A valid life: acknowledged, progress, a hold, a report and its verification, in order. */
const life = fc
  .tuple(fc.array(offset, { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 100 }))
  .map(([offsets, percent]) => {
    const [a, b, c, d, e, f] = [...offsets].sort((x, y) => x - y) as number[];
    const at = (ms: number) => ISSUED + (ms as number);
    return [
      { id: "1", taskId: "t", type: "acknowledged", at: at(a as number) },
      { id: "2", taskId: "t", type: "progress", at: at(b as number), percent },
      { id: "3", taskId: "t", type: "held", at: at(c as number), reason: "بودجه" },
      { id: "4", taskId: "t", type: "resumed", at: at(d as number) },
      { id: "5", taskId: "t", type: "reported", at: at(e as number) },
      { id: "6", taskId: "t", type: "verified", at: at(f as number) },
    ] as TaskEventInput[];
  });
const now = offset.map((ms) => ISSUED + ms);

describe("replayTask properties", () => {
  it("does not depend on the order of the events array", () => {
    fc.assert(
      fc.property(spec, life, now, fc.nat(), (deadline, events, at, seed) => {
        const shuffled = [...events].sort(
          (x, y) =>
            ((x.id.charCodeAt(0) * 7919 + seed) % 13) - ((y.id.charCodeAt(0) * 7919 + seed) % 13),
        );
        expect(replayTask(task(deadline), shuffled, { now: at })).toEqual(
          replayTask(task(deadline), events, { now: at }),
        );
      }),
      { numRuns: runs(200) },
    );
  });

  it("ignores the events after now", () => {
    fc.assert(
      fc.property(spec, life, now, (deadline, events, at) => {
        const before = events.filter((event) => Number(event.at) <= at);
        expect(replayTask(task(deadline), events, { now: at })).toEqual(
          replayTask(task(deadline), before, { now: at }),
        );
      }),
      { numRuns: runs(200) },
    );
  });

  it("gives reported + verified at t the status getDeadlineStatus gives completedAt: t", () => {
    fc.assert(
      fc.property(spec, offset, offset, (deadline, done, later) => {
        const t = ISSUED + done;
        const at = t + later;
        const events: TaskEventInput[] = [
          { id: "r", taskId: "t", type: "reported", at: t },
          { id: "v", taskId: "t", type: "verified", at: t },
        ];
        const replayed = replayTask(task(deadline), events, { now: at });
        const status = getDeadlineStatus({ ...task(deadline), completedAt: t }, { now: at });
        expect(replayed.deadline.state).toBe(status.state);
        expect(replayed.deadline.dueAt).toBe(status.dueAt);
        expect(replayed.deadline.workingDaysLate).toBe(status.workingDaysLate);
      }),
      { numRuns: runs(200) },
    );
  });

  it("never moves the baseline when rescheduling, and counts held clock time exactly for hours", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        offset,
        fc.integer({ min: 1, max: 48 }),
        spec,
        (hours, start, length, later) => {
          const deadline = { type: "hours" as const, hours };
          const held: TaskEventInput[] = [
            { id: "h", taskId: "t", type: "held", at: ISSUED + start, reason: "منتظر" },
            { id: "r", taskId: "t", type: "resumed", at: ISSUED + start + length * HOUR },
            {
              id: "s",
              taskId: "t",
              type: "rescheduled",
              at: ISSUED + start,
              deadline: later,
              reason: "شورا",
            },
          ];
          const at = ISSUED + start + length * HOUR;
          const state = replayTask(task(deadline), held, { now: at });
          // The baseline: issued + hours + the held hours, whatever the rescheduling says.
          expect(Date.parse(state.baseline.dueAt as string)).toBe(ISSUED + (hours + length) * HOUR);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
