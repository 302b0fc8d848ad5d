import { describe, expect, it } from "vitest";
import { Task } from "../../src/entities/Task";
import { fixtures } from "./fixtures";

describe("Task", () => {
  it("follows its @example", () => {
    const task = Task.parse({
      id: "task-1",
      agencyId: "sb-welfare",
      directiveId: "sb-media-24h",
      title: "پاسخ به مطالبه شهروند",
      issuedAt: "2020-04-28T09:00:00+04:30",
      deadline: { type: "hours", hours: 24 },
    });
    expect(task.deadline).toEqual({ type: "hours", hours: 24 });
  });

  it("normalises extension reasons and checks every instant", () => {
    const task = Task.parse(fixtures.Task);
    expect(task.extensions?.[0]?.reason).toBe("نیاز به استعلام");
    expect(Task.safeParse({ ...fixtures.Task, completedAt: "yesterday" }).success).toBe(false);
    expect(
      Task.safeParse({
        ...fixtures.Task,
        extensions: [{ at: "2020-04-28", deadline: { type: "none" } }],
      }).success,
    ).toBe(false);
  });

  it("refuses a completedAt or cancelledAt before issuedAt (issue 16)", () => {
    // Issued 2020-04-28 09:00 +04:30 (04:30Z); done at 04:29Z is a minute before issue.
    const early = Task.safeParse({ ...fixtures.Task, completedAt: "2020-04-28T04:29:00Z" });
    expect(early.success).toBe(false);
    expect(early.error?.issues.map((issue) => issue.path)).toEqual([["completedAt"]]);
    const cancelled = Task.safeParse({
      ...fixtures.Task,
      cancelledAt: "2020-04-28T08:59:59+04:30",
    });
    expect(cancelled.error?.issues.map((issue) => issue.path)).toEqual([["cancelledAt"]]);
    // At the instant of issue itself it is accepted.
    expect(Task.safeParse({ ...fixtures.Task, completedAt: "2020-04-28T04:30:00Z" }).success).toBe(
      true,
    );
  });
});
