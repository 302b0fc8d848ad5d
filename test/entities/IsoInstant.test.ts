import { describe, expect, it } from "vitest";
import { IsoInstant } from "../../src/entities/IsoInstant";

describe("IsoInstant", () => {
  it("follows its @example", () => {
    expect(IsoInstant.parse("2020-04-27T10:00:00+04:30")).toBe("2020-04-27T10:00:00+04:30");
    expect(IsoInstant.safeParse("2020-04-27T10:00:00").success).toBe(false);
  });

  it.each(["2024-07-15T10:00Z", "2024-07-15T10:00:00.123+03:30", "2024-02-29T00:00:00-08:00"])(
    "accepts %s unchanged",
    (text) => {
      expect(IsoInstant.parse(text)).toBe(text);
    },
  );

  it.each([
    "2024-02-30T10:00:00Z",
    "2023-02-29T10:00:00Z",
    "2024-13-01T10:00:00Z",
    "2024-07-15",
    "",
    "now",
  ])("rejects %j", (text) => {
    expect(IsoInstant.safeParse(text).success).toBe(false);
  });
});

describe("IsoInstant takes every form of InstantInput", () => {
  it("writes a Date or epoch milliseconds as the ISO string of that instant in Tehran", () => {
    // 2024-07-15T10:00:00Z is 13:30 in Tehran (+03:30 since 1401/06/31; no DST in 1403).
    expect(IsoInstant.parse(Date.UTC(2024, 6, 15, 10))).toBe("2024-07-15T13:30:00+03:30");
    expect(IsoInstant.parse(new Date(Date.UTC(2024, 6, 15, 10)))).toBe("2024-07-15T13:30:00+03:30");
    // 2021-07-15T10:00:00Z was 14:30 in Tehran (daylight-saving time, +04:30).
    expect(IsoInstant.parse(Date.UTC(2021, 6, 15, 10, 0, 0, 5))).toBe(
      "2021-07-15T14:30:00.005+04:30",
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e20, new Date(Number.NaN), true, null])(
    "refuses %s, without repeating it",
    (value) => {
      const result = IsoInstant.safeParse(value);
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues.map((issue) => issue.message))).not.toContain(
        "1e+20",
      );
    },
  );
});
