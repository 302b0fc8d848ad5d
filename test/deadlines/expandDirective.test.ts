import { describe, expect, it } from "vitest";
import { expandDirective } from "../../src/deadlines/index";
import type { DirectiveInput } from "../../src/entities/Directive";
import { Task } from "../../src/entities/Task";

const agencies = [
  { id: "edu", name: "آموزش و پرورش", region: { province: "کرمان" } },
  { id: "old", name: "اداره منحل", region: { province: "کرمان" }, active: false },
  { id: "water", name: "آبفا", region: { province: "کرمان" } },
];

// Shahr-e Babak's administrative council: officials answer citizens' demands within 24 hours.
const answers: DirectiveInput = {
  id: "sb-24h",
  title: "پاسخ به مطالبات مردم ظرف ۲۴ ساعت",
  assignees: "all-agencies",
  deadline: { type: "hours", hours: 24 },
  issuedAt: "2020-04-27T10:00:00+04:30",
};

describe("expandDirective", () => {
  it("follows its documented example", () => {
    const tasks = expandDirective(answers, { agencies });
    expect(tasks.map((task) => task.id)).toEqual(["sb-24h:edu", "sb-24h:water"]);
    expect(tasks[0]?.deadline).toEqual({ type: "hours", hours: 24 });
  });

  it("makes valid tasks with the directive's title, deadline and issuedAt", () => {
    const tasks = expandDirective(answers, { agencies });
    expect(tasks[1]).toEqual({
      id: "sb-24h:water",
      agencyId: "water",
      directiveId: "sb-24h",
      // The Directive schema normalises Persian text (digits become Latin).
      title: "پاسخ به مطالبات مردم ظرف 24 ساعت",
      issuedAt: "2020-04-27T10:00:00+04:30",
      deadline: { type: "hours", hours: 24 },
    });
    for (const task of tasks) expect(Task.parse(task)).toEqual(task);
    // Each task owns its deadline object.
    expect(tasks[0]?.deadline).not.toBe(tasks[1]?.deadline);
  });

  it("is deterministic and keeps an explicit list's order, without duplicates", () => {
    const directive: DirectiveInput = {
      ...answers,
      assignees: { agencyIds: ["water", "old", "water"] },
    };
    const once = expandDirective(directive, { agencies });
    expect(once.map((task) => task.agencyId)).toEqual(["water", "old"]);
    expect(expandDirective(directive, { agencies })).toEqual(once);
  });

  it("escapes ids so that different pairs never share a task id", () => {
    const a = expandDirective(
      { ...answers, id: "a:b", assignees: { agencyIds: ["c"] } },
      { agencies: [{ ...agencies[0], id: "c" } as (typeof agencies)[0]] },
    );
    const b = expandDirective(
      { ...answers, id: "a", assignees: { agencyIds: ["b:c"] } },
      { agencies: [{ ...agencies[0], id: "b:c" } as (typeof agencies)[0]] },
    );
    expect(a[0]?.id).toBe("a%3Ab:c");
    expect(b[0]?.id).toBe("a:b%3Ac");
  });

  it("does not change its input", () => {
    const copy = structuredClone(answers);
    const agencyCopy = structuredClone(agencies);
    expandDirective(answers, { agencies });
    expect(answers).toEqual(copy);
    expect(agencies).toEqual(agencyCopy);
  });

  it("rejects a bad directive or an unknown assignee with a path", () => {
    expect(() => expandDirective({ ...answers, issuedAt: "2020-04-27" }, { agencies })).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        issues: [expect.objectContaining({ path: ["directive", "issuedAt"] })],
      }),
    );
    expect(() =>
      expandDirective({ ...answers, assignees: { agencyIds: ["edu", "roads"] } }, { agencies }),
    ).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        issues: [expect.objectContaining({ path: ["directive", "assignees", "agencyIds", 1] })],
      }),
    );
  });
});
