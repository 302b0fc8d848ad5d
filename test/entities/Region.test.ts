import { describe, expect, it } from "vitest";
import { Region } from "../../src/entities/Region";

describe("Region", () => {
  it("follows its @example", () => {
    expect(Region.parse({ province: "كرمان", county: "شهربابك", district: "دهج" })).toEqual({
      province: "کرمان",
      county: "شهربابک",
      district: "دهج",
    });
  });

  it("needs a non-blank province", () => {
    expect(Region.safeParse({}).success).toBe(false);
    expect(Region.safeParse({ province: "" }).success).toBe(false);
    expect(Region.safeParse({ province: " \u200c " }).success).toBe(false);
    expect(Region.parse({ province: "تهران" })).toEqual({ province: "تهران" });
  });
});

describe("Region optional fields", () => {
  it("may be left out but not set to undefined (exactOptionalPropertyTypes, as in JSON)", () => {
    expect(Region.safeParse({ province: "تهران", county: undefined }).success).toBe(false);
  });
});
