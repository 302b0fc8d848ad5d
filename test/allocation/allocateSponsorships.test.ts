import { describe, expect, it } from "vitest";
import { allocateSponsorships } from "../../src/allocation/index";
import type { Household } from "../../src/entities/Household";
import { nationalId } from "./_arbitraries";
import { example, household, region } from "./_fixtures";

describe("allocateSponsorships", () => {
  it("follows its documented example", () => {
    const result = example();
    expect(result.added).toEqual([
      { id: "sp-a1-h2", agencyId: "a1", householdId: "h2", since: "1403/01/15", status: "active" },
    ]);
    expect(result.unassigned).toEqual([{ householdId: "h1", reason: "no-capacity" }]);
    expect(result.summary).toEqual({
      households: 2,
      eligible: 2,
      assigned: 1,
      unassigned: 1,
      slots: 1,
      filled: 1,
      coveredNeed: 90,
    });
  });

  it("gives every agency of Shahr-e Babak five families, the neediest first", () => {
    const agencies = ["فرمانداری", "بهزیستی", "کمیته امداد", "شهرداری"].map((name, i) => ({
      id: `a${i + 1}`,
      name,
      region,
      active: true,
    }));
    const households = Array.from({ length: 25 }, (_, i) =>
      household(`h${String(i).padStart(2, "0")}`, nationalId(i), i * 4),
    );
    const result = allocateSponsorships({ agencies, households }, { since: "1399/02/01" });
    expect(result.agencies.map((a) => a.filled)).toEqual([5, 5, 5, 5]);
    // The five least needy (need 0 to 16) are left out.
    expect(result.unassigned.map((u) => u.householdId)).toEqual([
      "h00",
      "h01",
      "h02",
      "h03",
      "h04",
    ]);
  });

  it("reports duplicates, ineligible households, exclusions and releases", () => {
    const households: Household[] = [
      household("h1", "0000000019", 50),
      household("h2", "0000000019", 90), // same head as h1: h1 (smaller id) is kept
      { ...household("h3", "0000000027", 70), status: "graduated" },
      { ...household("h4", "0000000035", 60), excludedAgencyIds: ["a1"] },
      { ...household("h5", "0000000043", 30), region: { province: "تهران" } },
    ];
    const result = allocateSponsorships(
      {
        agencies: [{ id: "a1", name: "بهزیستی", region, active: true }],
        households,
        existing: [
          {
            id: "s1",
            agencyId: "a1",
            householdId: "h3",
            since: "1402/01/01",
            status: "active",
          },
        ],
      },
      { since: "1403/01/15" },
    );
    expect(result.unassigned).toEqual([
      { householdId: "h2", reason: "duplicate" },
      { householdId: "h3", reason: "not-eligible" },
      { householdId: "h4", reason: "no-agency-in-scope" },
      { householdId: "h5", reason: "no-agency-in-scope" },
    ]);
    expect(result.released.map((r) => r.reason)).toEqual(["household-ineligible"]);
    expect(result.added.map((s) => s.householdId)).toEqual(["h1"]);
  });

  it("prefers the household's own district to even fills", () => {
    const agencies = [
      { id: "a", name: "x", region: { ...region, district: "مرکزی" }, active: true },
      { id: "b", name: "x", region: { ...region, district: "خبر" }, active: true },
    ];
    const households = [
      { ...household("h1", nationalId(1), 50), region: { ...region, district: "خبر" } },
      { ...household("h2", nationalId(2), 50), region: { ...region, district: "مرکزی" } },
      { ...household("h3", nationalId(3), 40), region: { ...region, district: "خبر" } },
      { ...household("h4", nationalId(4), 40), region: { ...region, district: "خبر" } },
    ];
    const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    expect(result.added.map((s) => `${s.agencyId}:${s.householdId}`).sort()).toEqual(
      ["a:h2", "b:h1", "b:h3", "b:h4"].sort(),
    );
  });

  it("tells apart counties of the same name in different provinces", () => {
    // Iran has a county "مرکزی" in more than one province; scope "county" must not join them.
    // Regions come out in key order: فارس before کرمان.
    const inKerman = { province: "کرمان", county: "مرکزی" };
    const inFars = { province: "فارس", county: "مرکزی" };
    const agencies = [
      { id: "a", name: "x", region: inKerman, active: true },
      { id: "b", name: "x", region: inFars, active: true },
    ];
    const households = [
      { ...household("h1", nationalId(1), 50), region: inFars },
      { ...household("h2", nationalId(2), 40), region: { province: "یزد", county: "مرکزی" } },
      { ...household("h3", nationalId(3), 30), region: inKerman },
    ];
    const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    expect(result.added.map((s) => `${s.agencyId}:${s.householdId}`)).toEqual(["b:h1", "a:h3"]);
    expect(result.unassigned).toEqual([{ householdId: "h2", reason: "no-agency-in-scope" }]);
  });

  it("fills agencies evenly, the extra slots to the smallest ids", () => {
    const agencies = ["c", "a", "b"].map((id) => ({ id, name: "x", region, active: true }));
    const households = Array.from({ length: 7 }, (_, i) => household(`h${i}`, nationalId(i), 10));
    const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    expect(result.agencies.map((a) => [a.agencyId, a.filled])).toEqual([
      ["a", 3],
      ["b", 2],
      ["c", 2],
    ]);
  });
});
