// replayTask: hand-computed cases. Calendar (national, Friday weekend, 07:30–14:30 Tehran):
//   1403/04/23 = 2024-07-13 Saturday   1403/04/24 Sunday   1403/04/25 Tasua (holiday)
//   1403/04/26 Ashura (holiday)        1403/04/27 Wednesday  1403/04/28 Thursday
//   1403/04/29 Friday                  1403/04/30 Saturday   1403/04/31 Sunday
import { describe, expect, it } from "vitest";
import { replayTask } from "../../src/deadlines/index";
import type { TaskInput } from "../../src/entities/Task";
import type { TaskEventInput } from "../../src/entities/TaskEvent";
import { errorOf } from "../_support/errorOf";

const base = {
  id: "t1",
  agencyId: "edu",
  title: "پاسخ به مطالبات",
  issuedAt: "2024-07-13T10:00:00+03:30", // Saturday 1403/04/23, 10:00
} as const;
const ev = (id: string, type: string, at: string, more: object = {}): TaskEventInput =>
  ({ id, taskId: "t1", type, at, ...more }) as TaskEventInput;

describe("replayTask", () => {
  it("follows its @example: two held hours move a 24-hour deadline by two hours", () => {
    const state = replayTask(
      { ...base, deadline: { type: "hours", hours: 24 } },
      [
        ev("e1", "held", "2024-07-13T12:00:00+03:30", { reason: "بودجه" }),
        ev("e2", "resumed", "2024-07-13T14:00:00+03:30"),
      ],
      { now: "2024-07-14T11:00:00+03:30" },
    );
    expect(state.deadline.dueAt).toBe("2024-07-14T12:00:00+03:30");
    expect(state.stage).toBe("issued");
    expect(state.counts).toEqual({ reschedules: 0, returns: 0, holds: 1 });
  });

  it("moves a working-day deadline by the held working time, across Tasua and Ashura", () => {
    // 2 working days from Saturday 04/23: Sunday 04/24, then (Tasua, Ashura) Wednesday 04/27,
    // due at its close, 14:30. Held all of Sunday 04/24 (07:30–14:30, 7 working hours): the
    // deadline moves by 7 working hours, to Thursday 04/28 at 14:30.
    const task: TaskInput = { ...base, deadline: { type: "working-days", days: 2 } };
    const events = [
      ev("e1", "held", "2024-07-14T07:30:00+03:30", { reason: "منتظر دستگاه دیگر" }),
      ev("e2", "resumed", "2024-07-14T14:30:00+03:30"),
    ];
    const state = replayTask(task, events, { now: "2024-07-17T09:00:00+03:30" });
    expect(state.deadline.dueAt).toBe("2024-07-18T14:30:00+03:30");
    expect(state.baseline.dueAt).toBe("2024-07-18T14:30:00+03:30");
    expect(state.heldWorkingHours).toBe(7);
    // Without the hold: Wednesday 04/27 at 14:30.
    expect(replayTask(task, [], { now: "2024-07-17T09:00:00+03:30" }).deadline.dueAt).toBe(
      "2024-07-17T14:30:00+03:30",
    );
  });

  it("judges a report at the instant it was made, and counts the verification lag", () => {
    // Due Wednesday 04/27 14:30; reported Wednesday 11:00 (on time), verified Sunday 04/31:
    // working days after Wednesday up to Sunday: Thursday 04/28, Saturday 04/30, Sunday 04/31 = 3.
    const task: TaskInput = { ...base, deadline: { type: "working-days", days: 2 } };
    const state = replayTask(
      task,
      [
        ev("r", "reported", "2024-07-17T11:00:00+03:30", { evidence: ["نامه ۱۲"] }),
        ev("v", "verified", "2024-07-21T09:00:00+03:30"),
      ],
      { now: "2024-07-22T09:00:00+03:30" },
    );
    expect(state.stage).toBe("verified");
    expect(state.deadline.state).toBe("done-on-time");
    expect(state.reportedAt).toBe("2024-07-17T11:00:00+03:30");
    expect(state.verificationLagWorkingDays).toBe(3);
  });

  it("keeps the baseline when the deadline is rescheduled", () => {
    // Baseline: 24 hours → Sunday 10:00. Rescheduled to 1403/04/28 (Thursday, close 14:30).
    // Reported Wednesday 04/27 at 10:00: late against the baseline, on time against the new one.
    const state = replayTask(
      { ...base, deadline: { type: "hours", hours: 24 } },
      [
        ev("a", "rescheduled", "2024-07-14T09:00:00+03:30", {
          deadline: { type: "date", date: "1403/04/28" },
          reason: "تصویب شورا",
          approvedIn: "m2",
        }),
        ev("b", "reported", "2024-07-17T10:00:00+03:30"),
      ],
      { now: "2024-07-17T12:00:00+03:30" },
    );
    expect(state.stage).toBe("reported");
    expect(state.deadline).toMatchObject({
      dueAt: "2024-07-18T14:30:00+03:30",
      state: "done-on-time",
    });
    // Late against Sunday 04/24: Wednesday 04/27 is the first working day after it (Tasua and
    // Ashura between), so 1 working day late.
    expect(state.baseline).toMatchObject({
      dueAt: "2024-07-14T10:00:00+03:30",
      state: "done-late",
      workingDaysLate: 1,
    });
    expect(state.counts.reschedules).toBe(1);
  });

  it("returns a claim and reopens the task; acknowledgement delay in working hours", () => {
    const state = replayTask(
      { ...base, deadline: { type: "working-days", days: 2 } },
      [
        // Acknowledged Sunday 08:30: 4.5 working hours on Saturday (10:00–14:30) + 1 on Sunday.
        ev("1", "acknowledged", "2024-07-14T08:30:00+03:30"),
        ev("2", "progress", "2024-07-14T12:00:00+03:30", { percent: 50 }),
        ev("3", "reported", "2024-07-17T09:00:00+03:30"),
        ev("4", "returned", "2024-07-17T13:00:00+03:30", { reason: "مستندات ناقص" }),
      ],
      { now: "2024-07-17T14:00:00+03:30" },
    );
    expect(state.stage).toBe("returned");
    expect(state.acknowledgementWorkingHours).toBe(5.5);
    expect(state.counts.returns).toBe(1);
    expect(state.reportedAt).toBeNull();
    // Wednesday 14:00, due 14:30: not done, due soon.
    expect(state.deadline.state).toBe("due-soon");
    expect(state.progress.percent).toBe(50);
  });

  it("ignores events after now and the order of the array", () => {
    const task: TaskInput = { ...base, deadline: { type: "hours", hours: 24 } };
    const events = [
      ev("b", "verified", "2024-07-13T13:00:00+03:30"),
      ev("a", "reported", "2024-07-13T12:00:00+03:30"),
    ];
    expect(replayTask(task, events, { now: "2024-07-13T12:30:00+03:30" }).stage).toBe("reported");
    expect(replayTask(task, events, { now: "2024-07-13T13:00:00+03:30" }).stage).toBe("verified");
  });

  it("refuses an impossible sequence with the path of the event", () => {
    const task: TaskInput = { ...base, deadline: { type: "hours", hours: 24 } };
    const cases: [TaskEventInput[], (string | number)[]][] = [
      [[ev("v", "verified", "2024-07-13T12:00:00+03:30")], ["events", 0]],
      [[ev("r", "resumed", "2024-07-13T12:00:00+03:30")], ["events", 0]],
      [[ev("x", "acknowledged", "2024-07-13T09:00:00+03:30")], ["events", 0, "at"]],
      [
        [
          ev("x", "acknowledged", "2024-07-13T11:00:00+03:30"),
          ev("x", "acknowledged", "2024-07-13T12:00:00+03:30"),
        ],
        ["events", 1, "id"],
      ],
      [
        [
          ev("c", "cancelled", "2024-07-13T11:00:00+03:30"),
          ev("d", "progress", "2024-07-13T12:00:00+03:30", { percent: 5 }),
        ],
        ["events", 1],
      ],
      [
        [{ ...ev("p", "progress", "2024-07-13T12:00:00+03:30"), percent: 140 } as TaskEventInput],
        ["events", 0, "percent"],
      ],
      [
        [{ ...ev("o", "acknowledged", "2024-07-13T12:00:00+03:30"), taskId: "t2" }],
        ["events", 0, "taskId"],
      ],
    ];
    for (const [events, path] of cases) {
      const error = errorOf(() => replayTask(task, events, { now: "2024-07-20T10:00:00+03:30" }));
      expect([error.code, error.issues[0]?.path]).toEqual(["invalid_event", path]);
    }
  });

  it("reads completedAt and cancelledAt as the events they stand for", () => {
    const state = replayTask(
      { ...base, deadline: { type: "hours", hours: 24 }, completedAt: "2024-07-13T15:00:00+03:30" },
      [],
      { now: "2024-07-14T09:00:00+03:30" },
    );
    expect(state.stage).toBe("verified");
    expect(state.deadline.state).toBe("done-on-time");
  });

  it("never changes its inputs", () => {
    const task: TaskInput = { ...base, deadline: { type: "hours", hours: 24 } };
    const events = [ev("a", "progress", "2024-07-13T12:00:00+03:30", { percent: 10 })];
    const copy = structuredClone([task, events]);
    replayTask(task, events, { now: "2024-07-13T13:00:00+03:30" });
    expect([task, events]).toEqual(copy);
  });
});
