import { describe, expect, it } from "vitest";
import { DeadlineSpec } from "../../src/entities/DeadlineSpec";

describe("DeadlineSpec", () => {
  it("follows its @example", () => {
    expect(DeadlineSpec.parse({ type: "date", date: "۱۳۹۹/۳/۳" })).toEqual({
      type: "date",
      date: "1399/03/03",
    });
    expect(DeadlineSpec.parse({ type: "hours", hours: 24 })).toEqual({ type: "hours", hours: 24 });
    expect(DeadlineSpec.safeParse({ type: "hours", hours: 0 }).success).toBe(false);
  });

  it("checks each variant", () => {
    expect(DeadlineSpec.parse({ type: "date", date: "1399/03/03", time: "۱۳:۰۰" })).toEqual({
      type: "date",
      date: "1399/03/03",
      time: "13:00",
    });
    expect(DeadlineSpec.parse({ type: "hours", hours: 1.5 })).toEqual({
      type: "hours",
      hours: 1.5,
    });
    expect(DeadlineSpec.safeParse({ type: "hours", hours: Number.POSITIVE_INFINITY }).success).toBe(
      false,
    );
    expect(DeadlineSpec.parse({ type: "working-days", days: 0 })).toEqual({
      type: "working-days",
      days: 0,
    });
    expect(DeadlineSpec.safeParse({ type: "working-days", days: 1.5 }).success).toBe(false);
    expect(DeadlineSpec.safeParse({ type: "working-days", days: -1 }).success).toBe(false);
    expect(DeadlineSpec.parse({ type: "none" })).toEqual({ type: "none" });
    expect(DeadlineSpec.safeParse({ type: "week" }).success).toBe(false);
    expect(DeadlineSpec.safeParse({ type: "date", date: "1399/13/01" }).success).toBe(false);
  });

  it("takes onNonWorkingDay on a date deadline (issue 16)", () => {
    expect(
      DeadlineSpec.parse({
        type: "date",
        date: "1403/04/29",
        onNonWorkingDay: "previous-working-day",
      }),
    ).toEqual({ type: "date", date: "1403/04/29", onNonWorkingDay: "previous-working-day" });
    expect(
      DeadlineSpec.safeParse({ type: "date", date: "1403/04/29", onNonWorkingDay: "same-day" })
        .success,
    ).toBe(false);
  });
});
