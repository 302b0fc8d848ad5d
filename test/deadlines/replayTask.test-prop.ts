// replayTask's invariants (issue 16): the order of the events array does not matter; events
// after `now` are ignored; `reported` + `verified` at t gives the status getDeadlineStatus gives
// for `completedAt: t`; rescheduling never moves the baseline; held time never counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { getDeadlineStatus, replayTask } from "../../src/deadlines/index";
import { readEventsFast } from "../../src/deadlines/internal/readEventsFast";
import type { DeadlineSpecInput } from "../../src/entities/DeadlineSpec";
import type { TaskInput } from "../../src/entities/Task";
import type { TaskEventInput } from "../../src/entities/TaskEvent";
import { TaskEvent } from "../../src/entities/TaskEvent";
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

describe("reading events by hand", () => {
  const text = fc.constantFrom("بودجه", "منتظر دستگاه", "x", "", " ", "a\u0007b", 5);
  const at = fc.oneof(
    fc.constantFrom("2025-04-06T09:00:00+03:30", "2025-04-06T09:00:00Z", "2025-04-06", "x"),
    fc.integer({ min: -1e16, max: 1e16 }),
    fc.constant(new Date(Date.UTC(2025, 3, 6))),
  );
  const deadline = fc.oneof(
    fc.record({ type: fc.constant("hours"), hours: fc.constantFrom(24, 0, -1, "24") }),
    fc.record({ type: fc.constant("working-days"), days: fc.constantFrom(3, 0, 1.5, -1) }),
    fc.record(
      {
        type: fc.constant("date"),
        date: fc.constantFrom("1404/01/20", "1404/1/20", "۱۴۰۴/۰۱/۲۰", "x"),
        time: fc.constantFrom("10:00", "9:00", "25:00"),
      },
      { requiredKeys: ["type", "date"] },
    ),
    fc.constantFrom({ type: "none" }, { type: "weeks" }, null),
  );
  const event = fc.record(
    {
      id: fc.constantFrom("e1", "e2", "", 7),
      taskId: fc.constantFrom("t", ""),
      type: fc.constantFrom(
        "acknowledged",
        "progress",
        "held",
        "resumed",
        "rescheduled",
        "reported",
        "verified",
        "returned",
        "cancelled",
        "reopened",
        "closed",
      ),
      at,
      by: fc.constantFrom("p1", "", undefined),
      note: text,
      percent: fc.constantFrom(0, 40, 100, 140, -1, Number.NaN, "40"),
      evidence: fc.oneof(fc.array(text, { maxLength: 2 }), fc.constant("نامه")),
      reason: text,
      deadline,
      approvedIn: fc.constantFrom("m1", ""),
      extra: fc.constant(1),
    },
    { requiredKeys: ["id", "taskId", "type", "at"] },
  );

  it("gives what the TaskEvent schema gives, or leaves the events to the schema", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 2 }), (events) => {
        const fast = readEventsFast(events);
        const schema = z.array(TaskEvent).safeParse(events);
        if (fast !== undefined) {
          read++;
          expect(schema.success).toBe(true);
          expect(fast).toEqual(schema.data);
        }
      }),
      { numRuns: runs(4000) },
    );
    // The comparison must have happened: some of the generated events are read by hand.
    expect(read).toBeGreaterThan(20);
  });

  it("reads every canonical event by hand (the fast path is taken)", () => {
    const canonical = [
      { id: "1", taskId: "t", type: "acknowledged", at: "2025-04-06T09:00:00+03:30", by: "p" },
      {
        id: "2",
        taskId: "t",
        type: "progress",
        at: 1_743_917_400_000,
        percent: 40,
        evidence: ["نامه ۱"],
      },
      {
        id: "3",
        taskId: "t",
        type: "rescheduled",
        at: "2025-04-06T10:00:00Z",
        deadline: { type: "date", date: "1404/01/20", time: "10:00" },
        reason: "شورا",
        approvedIn: "m2",
      },
    ];
    expect(readEventsFast(canonical)).toEqual(z.array(TaskEvent).parse(canonical));
  });
});
