import { describe, expect, it } from "vitest";
import { WeeklyReport } from "../../src/entities/WeeklyReport";

describe("WeeklyReport", () => {
  it("follows its @example", () => {
    expect(
      WeeklyReport.parse({
        id: "wr-1",
        agencyId: "sb-welfare",
        week: "1399/02/11",
        submittedAt: "2020-04-30T12:30:00+04:30",
      }),
    ).toEqual({
      id: "wr-1",
      agencyId: "sb-welfare",
      week: "1399/02/11",
      submittedAt: "2020-04-30T12:30:00+04:30",
    });
  });

  it("needs an instant with an offset", () => {
    expect(
      WeeklyReport.safeParse({
        id: "w",
        agencyId: "a",
        week: "1399/02/11",
        submittedAt: "1399/02/11",
      }).success,
    ).toBe(false);
  });
});
