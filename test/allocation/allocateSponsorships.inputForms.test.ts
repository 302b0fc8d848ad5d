// allocateSponsorships takes the entities in their input form (issue 15, items 3 and 4):
// plain literals with defaults left out, provinces in English, national IDs and days in
// Persian digits. The expected results are counted by hand below; each is also checked
// against the result of the parsed forms.

import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { allocateSponsorships } from "../../src/allocation/index";
import { Agency, type AgencyInput } from "../../src/entities/Agency";
import { Household, type HouseholdInput } from "../../src/entities/Household";
import { Sponsorship, type SponsorshipInput } from "../../src/entities/Sponsorship";
import { errorOf } from "../_support/errorOf";

const since = "1403/01/15";

/** The result of the same input parsed first, as 0.1 required. */
const parsedFirst = (
  agencies: readonly AgencyInput[],
  households: readonly HouseholdInput[],
  existing: readonly SponsorshipInput[] = [],
) =>
  allocateSponsorships(
    {
      agencies: Agency.array().parse(agencies),
      households: Household.array().parse(households),
      existing: Sponsorship.array().parse(existing),
    },
    { since },
  );

/** A verified household of Shahr-e Babak with its own need score, as literals write it. */
const household = (
  id: string,
  nationalId: string,
  needScore: number,
  region: HouseholdInput["region"] = { province: "کرمان", county: "شهربابک" },
): HouseholdInput => ({
  id,
  head: { name: "—", nationalId },
  members: 3,
  region,
  vulnerabilities: [],
  needScore,
  status: "verified",
});

describe("allocateSponsorships: input forms", () => {
  it("reads provinces, names, national IDs and days as parsing would", () => {
    // One agency with two places, in "Kerman"; its `active` left out (default true).
    const agencies: AgencyInput[] = [
      {
        id: "a1",
        name: "بهزیستی",
        region: { province: "Kerman", county: "شهربابک" },
        sponsorshipQuota: 2,
      },
    ];
    const households: HouseholdInput[] = [
      // The same head as h2 (0000000019), in Persian digits; county with an Arabic kaf.
      household("h1", "۰۰۰۰۰۰۰۰۱۹", 40, { province: "کرمان", county: "شهربابك" }),
      // Province with an Arabic kaf.
      household("h2", "0000000019", 70, { province: "كرمان", county: "شهربابک" }),
      // Sponsored by a1 since 1399/02/20, written in Persian digits without padding.
      {
        ...household("h3", "000-000002-7", 90, { province: "kerman", county: "شهربابک" }),
        status: "sponsored",
      },
    ];
    const existing: SponsorshipInput[] = [
      { id: "s1", agencyId: "a1", householdId: "h3", since: "۱۳۹۹/۲/۲۰", status: "active" },
    ];
    const result = allocateSponsorships({ agencies, households, existing }, { since: "۱۴۰۳/۱/۱۵" });
    // By hand: all three are in one county once the names are normalised. h3 keeps s1 (its
    // day canonical); h1 and h2 are one family, so h2 (the larger id) is the duplicate; h1
    // takes a1's second place.
    expect(result.kept).toEqual([
      { id: "s1", agencyId: "a1", householdId: "h3", since: "1399/02/20", status: "active" },
    ]);
    expect(result.added).toEqual([
      { id: "sp-a1-h1", agencyId: "a1", householdId: "h1", since, status: "active" },
    ]);
    expect(result.unassigned).toEqual([{ householdId: "h2", reason: "duplicate" }]);
    expect(result.agencies).toEqual([{ agencyId: "a1", quota: 2, filled: 2, shortfall: 0 }]);
    expect(result).toEqual(parsedFirst(agencies, households, existing));
  });

  it("runs the example of docs/allocation.md (Input)", () => {
    const result = allocateSponsorships(
      {
        agencies: [
          { id: "a1", name: "بهزیستی", region: { province: "Kerman", county: "شهربابک" } },
        ],
        households: [
          {
            id: "h1",
            head: { name: "—", nationalId: "۰۰۱-۰۳۵۰۸۲-۹" },
            members: 3,
            region: { province: "کرمان", county: "شهربابک" },
            vulnerabilities: ["female-headed"],
            status: "verified",
          },
        ],
        existing: [
          { id: "s1", agencyId: "a1", householdId: "h1", since: "۱۳۹۹/۲/۲۰", status: "active" },
        ],
      },
      { since: "1404/1/1" },
    );
    expect(result.kept).toEqual([
      { id: "s1", agencyId: "a1", householdId: "h1", since: "1399/02/20", status: "active" },
    ]);
    expect([result.added, result.released, result.unassigned]).toEqual([[], [], []]);
  });

  it("fills in every default of the agency and household schemas", () => {
    // Each field with a default, left out of an otherwise full literal, gives the result of
    // the parsed literal (which has the default). Found in the schemas, so a default added
    // later is tested too.
    const withDefaults = (schema: z.ZodObject) =>
      Object.entries(schema.shape)
        .filter(([, field]) => ["default", "prefault"].includes(field.def.type))
        .map(([name]) => name);
    const without = <T extends object>(entity: T, field: string) =>
      Object.fromEntries(Object.entries(entity).filter(([name]) => name !== field)) as T;
    const agencyFields = withDefaults(Agency);
    expect(agencyFields).toContain("active");
    const agency: AgencyInput = {
      id: "a1",
      name: "بهزیستی",
      region: { province: "کرمان", county: "شهربابک" },
      active: true,
      sponsorshipQuota: 1,
    };
    const households = [household("h1", "0000000019", 40), household("h2", "0000000027", 90)];
    for (const field of agencyFields) {
      const literal = without(agency, field);
      expect(allocateSponsorships({ agencies: [literal], households }, { since })).toEqual(
        parsedFirst([literal], households),
      );
    }
    // Left out, `active` is true: a1 takes the neediest household.
    const { active: _active, ...noActive } = agency;
    expect(allocateSponsorships({ agencies: [noActive], households }, { since }).added).toEqual([
      { id: "sp-a1-h2", agencyId: "a1", householdId: "h2", since, status: "active" },
    ]);
    const full = household("h1", "0000000019", 40);
    for (const field of withDefaults(Household)) {
      const literal = without(full, field);
      const input = { agencies: [agency], households: [literal] };
      expect(allocateSponsorships(input, { since })).toEqual(parsedFirst([agency], [literal]));
    }
  });

  it("shares a province between its Persian and English names, at every scope", () => {
    const agencies: AgencyInput[] = [
      { id: "a1", name: "—", region: { province: "Razavi Khorasan", county: "مشهد" } },
    ];
    const households = [
      household("h1", "0000000019", 10, { province: "خراسان رضوی", county: "مشهد" }),
      household("h2", "0000000027", 20, { province: "khorasan razavi", county: "مشهد" }),
      household("h3", "0000000035", 30, { province: "Khorasan-Razavi", county: "نیشابور" }),
    ];
    // By hand: at county scope h1 and h2 share a1's county (h3 is in another), at province
    // scope all three share a1's province; a1 has the default five places.
    const placed = (scope: "county" | "province") =>
      allocateSponsorships({ agencies, households }, { since, scope }).added.map(
        (s) => s.householdId,
      );
    expect(placed("county")).toEqual(["h2", "h1"]);
    expect(placed("province")).toEqual(["h3", "h2", "h1"]);
  });

  it("refuses a province that is none of the 31, and blank names, with paths and no value", () => {
    const agencies: AgencyInput[] = [
      { id: "a1", name: "—", region: { province: "Atlantis", county: "شهربابک" } },
      { id: "a2", name: "—", region: { province: "کرمان", county: " \u200c " } },
    ];
    const households = [
      household("h1", "0000000019", 10, { province: "", county: "شهربابک" }),
      household("h2", "0000000027", 20, { province: "Kerman", county: "شهربابک", district: "" }),
      household("h3", "0000000035", 30, { province: "Atlantis", county: "شهربابک" }),
    ];
    const error = errorOf(() => allocateSponsorships({ agencies, households }, { since }));
    expect(error.code).toBe("invalid_allocation_input");
    expect(error.issues).toEqual([
      {
        path: ["agencies", 0, "region", "province"],
        message: "must be one of Iran's 31 provinces, in Persian or English",
      },
      { path: ["agencies", 1, "region", "county"], message: "must not be blank" },
      {
        path: ["households", 0, "region", "province"],
        message: "must be one of Iran's 31 provinces, in Persian or English",
      },
      { path: ["households", 1, "region", "district"], message: "must not be blank" },
      {
        path: ["households", 2, "region", "province"],
        message: "must be one of Iran's 31 provinces, in Persian or English",
      },
    ]);
    expect(JSON.stringify(error)).not.toContain("Atlantis");
    expect(error.message).not.toContain("Atlantis");
  });

  it("refuses a sponsorship whose days are not Jalali days, or end before they start", () => {
    const agencies: AgencyInput[] = [
      { id: "a1", name: "—", region: { province: "کرمان", county: "شهربابک" } },
    ];
    const households = [household("h1", "0000000019", 10)];
    const sponsorship = (id: string, days: Pick<SponsorshipInput, "since" | "until">) => ({
      id,
      agencyId: "a1",
      householdId: "h1",
      status: "ended" as const,
      ...days,
    });
    const existing: SponsorshipInput[] = [
      sponsorship("s1", { since: "1403/13/01" }),
      sponsorship("s2", { since: "1403/01/10", until: "۱۴۰۳/۱/۹" }),
      sponsorship("s3", { since: "1402/12/30" }),
      sponsorship("s4", { since: "۱۴۰۳/۱/۹", until: "1403/01/09" }),
    ];
    const error = errorOf(() =>
      allocateSponsorships({ agencies, households, existing }, { since }),
    );
    expect(error.code).toBe("invalid_allocation_input");
    expect(error.issues).toEqual([
      { path: ["existing", 0, "since"], message: "month must be from 1 to 12" },
      { path: ["existing", 1, "until"], message: "must not be before since" },
      {
        path: ["existing", 2, "since"],
        message: "Esfand has 29 days in a common year (30 only in leap years)",
      },
    ]);
    // A status that is neither active nor ended is refused too (it was silently ignored).
    const odd = errorOf(() =>
      allocateSponsorships(
        {
          agencies,
          households,
          existing: [{ ...sponsorship("s1", { since }), status: "Active" as never }],
        },
        { since },
      ),
    );
    expect(odd.issues.map((issue) => issue.path)).toEqual([["existing", 0]]);
  });
});
