import { describe, expect, it } from "vitest";
import { Directive } from "../../src/entities/Directive";
import { fixtures } from "./fixtures";

describe("Directive", () => {
  it("follows its @example", () => {
    const directive = Directive.parse({
      id: "sb-weekly-report",
      title: "گزارش عملكرد هفتگي",
      assignees: "all-agencies",
      deadline: { type: "none" },
      recurrence: { every: "week", weekday: "thursday" },
      issuedAt: "2020-04-27T10:00:00+04:30",
    });
    expect(directive.title).toBe("گزارش عملکرد هفتگی");
    expect(directive.recurrence).toEqual({ every: "week", weekday: "thursday" });
  });

  it("takes a list of agencies (at least one) or all-agencies", () => {
    const listed = Directive.parse({ ...fixtures.Directive, assignees: { agencyIds: ["a", "b"] } });
    expect(listed.assignees).toEqual({ agencyIds: ["a", "b"] });
    expect(
      Directive.safeParse({ ...fixtures.Directive, assignees: { agencyIds: [] } }).success,
    ).toBe(false);
    expect(Directive.safeParse({ ...fixtures.Directive, assignees: "some" }).success).toBe(false);
  });

  it("needs an issuedAt with an offset and a real weekday", () => {
    expect(
      Directive.safeParse({ ...fixtures.Directive, issuedAt: "2020-04-27T10:00:00" }).success,
    ).toBe(false);
    expect(
      Directive.safeParse({
        ...fixtures.Directive,
        recurrence: { every: "week", weekday: "jomeh" },
      }).success,
    ).toBe(false);
  });
});
