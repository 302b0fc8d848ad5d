import {
  Agency,
  Directive,
  Household,
  Meeting,
  Person,
  Sponsorship,
  Task,
  WeeklyReport,
} from "peygir";
import {
  createTestAgency,
  createTestDirective,
  createTestHousehold,
  createTestMeeting,
  createTestPerson,
  createTestSponsorship,
  createTestTask,
  createTestWeeklyReport,
  testNationalId,
} from "peygir/testing";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { errorOf } from "../_support/errorOf";

type Factory = (overrides?: object, options?: { index?: number }) => object;
const factories: [string, Factory, z.ZodType, string][] = [
  ["createTestAgency", createTestAgency as Factory, Agency, "agency"],
  ["createTestPerson", createTestPerson as Factory, Person, "person"],
  ["createTestHousehold", createTestHousehold as Factory, Household, "household"],
  ["createTestMeeting", createTestMeeting as Factory, Meeting, "meeting"],
  ["createTestDirective", createTestDirective as Factory, Directive, "directive"],
  ["createTestTask", createTestTask as Factory, Task, "task"],
  ["createTestSponsorship", createTestSponsorship as Factory, Sponsorship, "sponsorship"],
  ["createTestWeeklyReport", createTestWeeklyReport as Factory, WeeklyReport, "weekly-report"],
];

describe("entity factories", () => {
  for (const [name, create, schema, kind] of factories) {
    describe(name, () => {
      it("returns a valid input by default and for other indexes", () => {
        for (const index of [1, 2, 37, 999]) {
          const input = create({}, { index });
          expect(schema.safeParse(input).success).toBe(true);
          expect((input as { id: string }).id).toBe(`test-${kind}-${index}`);
        }
        expect(create()).toEqual(create({}, { index: 1 }));
      });

      it("is deterministic, plain JSON, and returns a fresh object each call", () => {
        const a = create();
        const b = create();
        expect(a).toEqual(b);
        expect(a).not.toBe(b);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      });

      it("applies a top-level override and does not mutate it", () => {
        const overrides = Object.freeze({ id: "custom-id" });
        expect(create(overrides)).toMatchObject({ id: "custom-id" });
        expect(overrides).toEqual({ id: "custom-id" });
      });

      it("refuses an index that is not an integer from 1 with a PeygirError", () => {
        for (const index of [0, -1, 1.5, Number.NaN]) {
          const error = errorOf(() => create({}, { index }));
          expect(error.code).toBe("out_of_range");
          expect(error.issues[0]?.path).toEqual(["options", "index"]);
        }
      });
    });
  }

  it("gives distinct households distinct, valid national codes", () => {
    const households = [1, 2, 3].map((index) => createTestHousehold({}, { index }));
    expect(households.map((household) => household.head.nationalId)).toEqual(
      [1, 2, 3].map(testNationalId),
    );
  });

  it("merges nested records one level deep and replaces the rest whole", () => {
    const household = createTestHousehold(
      { head: { mobile: "09130000001" }, region: { district: "دهج" }, vulnerabilities: [] },
      { index: 3 },
    );
    expect(household.head).toEqual({
      name: "خانوار نمونه ۳",
      nationalId: "9990000034",
      mobile: "09130000001",
    });
    expect(household.region).toEqual({ province: "کرمان", county: "شهربابک", district: "دهج" });
    expect(household.vulnerabilities).toEqual([]);
    expect(Household.parse(household).head.mobile).toBe("09130000001");

    expect(createTestMeeting({ body: { kind: "working-group" } }).body).toEqual({
      name: "شورای اداری نمونه",
      kind: "working-group",
    });
    expect(createTestAgency({ region: { province: "تهران", county: "قدس" } }).region).toEqual({
      province: "تهران",
      county: "قدس",
    });
    const directive = createTestDirective({ deadline: { type: "hours", hours: 24 } }, { index: 2 });
    expect(directive.deadline).toEqual({ type: "hours", hours: 24 });
    expect(Directive.parse(directive).assignees).toBe("all-agencies");
  });

  it("follows the @examples", () => {
    expect(createTestAgency()).toEqual({
      id: "test-agency-1",
      name: "اداره نمونه ۱",
      region: { province: "کرمان", county: "شهربابک" },
    });
    expect(
      createTestAgency({ sponsorshipQuota: 5, region: { district: "دهج" } }, { index: 2 }).region,
    ).toEqual({
      province: "کرمان",
      county: "شهربابک",
      district: "دهج",
    });
    expect(createTestAgency({}, { index: 2 }).id).toBe("test-agency-2");
    expect(createTestPerson({ role: "governor" })).toEqual({
      id: "test-person-1",
      name: "شخص نمونه ۱",
      role: "governor",
      agencyId: "test-agency-1",
    });
    const meeting = createTestMeeting({ status: "scheduled" });
    expect(meeting.id).toBe("test-meeting-1");
    expect(meeting.body).toEqual({ name: "شورای اداری نمونه", kind: "administrative-council" });
    expect(createTestDirective({}, { index: 2 }).id).toBe("test-directive-2");
    const task = createTestTask({ completedAt: "2025-04-26T15:00:00+03:30" });
    expect(task.agencyId).toBe("test-agency-1");
    expect(task.deadline).toEqual({ type: "hours", hours: 24 });
    expect(createTestSponsorship({}, { index: 2 })).toEqual({
      id: "test-sponsorship-2",
      agencyId: "test-agency-1",
      householdId: "test-household-2",
      since: "1404/02/06",
      status: "active",
    });
    expect(createTestWeeklyReport().week).toBe("1404/02/11");
  });
});
