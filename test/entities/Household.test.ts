import { describe, expect, it } from "vitest";
import { Household, HouseholdStatus, Vulnerability } from "../../src/entities/Household";
import { fixtures } from "./fixtures";

describe("Household", () => {
  it("follows its @example", () => {
    const household = Household.parse({
      id: "hh-1",
      head: { name: "خانوار نمونه ۱", nationalId: "۰۰۱-۰۳۵۰۸۲-۹", mobile: "+98 912 345 6789" },
      members: 4,
      region: { province: "کرمان", county: "شهربابک", district: "مرکزی" },
      vulnerabilities: ["female-headed", "job-loss"],
      status: "verified",
    });
    expect(household.head).toEqual({
      name: "خانوار نمونه 1",
      nationalId: "0010350829",
      mobile: "09123456789",
    });
  });

  it("validates the national ID check digit, members, income, score and vulnerabilities", () => {
    const bad = (patch: object) => Household.safeParse({ ...fixtures.Household, ...patch }).success;
    expect(bad({})).toBe(true);
    expect(bad({ head: { name: "x", nationalId: "0010350828" } })).toBe(false);
    expect(bad({ head: { name: "x", nationalId: "1111111111" } })).toBe(false);
    expect(bad({ head: { name: "x", nationalId: "0010350829", mobile: "021" } })).toBe(false);
    expect(bad({ members: 0 })).toBe(false);
    expect(bad({ monthlyIncome: -1 })).toBe(false);
    expect(bad({ needScore: 100.5 })).toBe(false);
    expect(bad({ vulnerabilities: ["elderly", "elderly"] })).toBe(false);
    expect(bad({ vulnerabilities: ["rich"] })).toBe(false);
    expect(bad({ status: "sponsored" })).toBe(true);
  });
});

describe("household enums", () => {
  it("follow their @examples", () => {
    expect(Vulnerability.parse("female-headed")).toBe("female-headed");
    expect(Vulnerability.options.length).toBe(10);
    expect(HouseholdStatus.parse("verified")).toBe("verified");
  });
});
