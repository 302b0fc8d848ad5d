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
