import { describe, expect, it } from "vitest";
import { allocateSponsorships } from "../../src/allocation/index";
import type { SponsorshipInput } from "../../src/entities/Sponsorship";
import { errorOf } from "../_support/errorOf";
import { nationalId } from "./_arbitraries";
import { household, oneSlotAgencies, refusal, region } from "./_fixtures";

describe("allocateSponsorships: checks", () => {
  it("uses createId when given and rejects bad options without echoing values", () => {
    const result = allocateSponsorships(
      {
        agencies: [{ id: "a1", name: "x", region, active: true }],
        households: [household("h1", "0000000019", 1)],
      },
      { since: "1403/01/15", createId: (a, h) => `${h}@${a}` },
    );
    expect(result.added[0]?.id).toBe("h1@a1");
    const error = errorOf(() =>
      allocateSponsorships(
        { agencies: [], households: [] },
        { since: "1402/12/30", perAgency: -1 },
      ),
    );
    expect(error.code).toBe("invalid_option");
    expect(error.issues.map((i) => i.path[0])).toEqual(["since", "perAgency"]);
    const bad = errorOf(() =>
      allocateSponsorships(
        {
          agencies: [],
          households: [{ ...household("h1", "0084575948", 1), region: undefined as never }],
        },
        { since: "1403/01/15" },
      ),
    );
    expect(bad.code).toBe("invalid_allocation_input");
    expect(bad.message).not.toContain("0084575948");
  });

  it("refuses quotas past 2,147,483,647 instead of wrapping them", () => {
    const agencies = [{ id: "a1", name: "x", region, active: true, sponsorshipQuota: 2 ** 31 }];
    const tooBig = errorOf(() =>
      allocateSponsorships(
        { agencies, households: [household("h1", "0000000019", 1)] },
        { since: "1403/01/15" },
      ),
    );
    expect([tooBig.code, tooBig.issues[0]?.path]).toEqual([
      "invalid_allocation_input",
      ["agencies", 0, "sponsorshipQuota"],
    ]);
    const perAgency = errorOf(() =>
      allocateSponsorships(
        { agencies: [], households: [] },
        { since: "1403/01/15", perAgency: 2 ** 32 + 1 },
      ),
    );
    expect(perAgency.issues[0]?.path).toEqual(["perAgency"]);
    // The largest quota is taken as it is.
    const largest = allocateSponsorships(
      {
        agencies: [{ ...agencies[0], sponsorshipQuota: 2 ** 31 - 1 } as (typeof agencies)[0]],
        households: [household("h1", "0000000019", 1)],
      },
      { since: "1403/01/15" },
    );
    expect(largest.agencies).toEqual([
      { agencyId: "a1", quota: 2 ** 31 - 1, filled: 1, shortfall: 2 ** 31 - 2 },
    ]);
  });

  it("rejects input that is not an object, and excludedAgencyIds that is not an array", () => {
    const noInput = errorOf(() => allocateSponsorships(null as never, { since: "1403/01/15" }));
    expect([noInput.code, noInput.issues[0]?.path]).toEqual(["invalid_allocation_input", []]);
    const nullExclusions = errorOf(() =>
      allocateSponsorships(
        {
          agencies: oneSlotAgencies("a1"),
          households: [{ ...household("h1", "0000000019", 1), excludedAgencyIds: null as never }],
        },
        { since: "1403/01/15" },
      ),
    );
    expect([nullExclusions.code, nullExclusions.issues[0]?.path]).toEqual([
      "invalid_allocation_input",
      ["households", 0],
    ]);
  });

  it("rejects a field it reads that has another type, instead of a raw TypeError", () => {
    // From JSON, { "toString": {} } in a field the allocator compares or looks up threw a
    // raw TypeError ("Cannot convert object to primitive value"), null in excludedAgencyIds
    // another; "80" as a need was taken as 80 and a mistyped status as a closed household.
    const odd = { toString: {} };
    const { needScore: _given, ...computed } = household("h1", "0000000019", 1);
    const householdCases: [object, (string | number)[]][] = [
      [{ ...computed, monthlyIncome: odd }, ["households", 0]],
      [{ ...computed, monthlyIncome: -1 }, ["households", 0]],
      [{ ...computed, members: Number.POSITIVE_INFINITY }, ["households", 0]],
      [{ ...computed, vulnerabilities: [odd] }, ["households", 0]],
      [{ ...computed, status: odd }, ["households", 0]],
      [{ ...computed, status: "Verified" }, ["households", 0]],
      [{ ...computed, region: { ...region, county: odd } }, ["households", 0]],
      [{ ...computed, region: { ...region, district: 7 } }, ["households", 0]],
      [{ ...computed, excludedAgencyIds: [null] }, ["households", 0]],
      [{ ...computed, needScore: odd }, ["households", 0, "needScore"]],
      [{ ...computed, needScore: "80" }, ["households", 0, "needScore"]],
    ];
    for (const [patch, path] of householdCases)
      expect(refusal(oneSlotAgencies("a1"), [patch])).toEqual(["invalid_allocation_input", [path]]);
    const [agency] = oneSlotAgencies("a1");
    const agencyCases: [object, (string | number)[]][] = [
      [{ ...agency, active: " " }, ["agencies", 0, "active"]],
      [{ ...agency, region: { ...region, county: odd } }, ["agencies", 0, "region"]],
    ];
    for (const [patch, path] of agencyCases)
      expect(refusal([patch], [household("h1", "0000000019", 1)])).toEqual([
        "invalid_allocation_input",
        [path],
      ]);
    const noSince = errorOf(() =>
      allocateSponsorships(
        {
          agencies: oneSlotAgencies("a1"),
          households: [household("h1", "0000000019", 1)],
          existing: [
            { id: "s1", agencyId: "a1", householdId: "h1", since: odd, status: "active" } as never,
          ],
        },
        { since: "1403/01/15" },
      ),
    );
    expect(noSince.issues.map((issue) => issue.path)).toEqual([["existing", 0]]);
  });

  it("rejects repeated sponsorship ids, of any status, without echoing them", () => {
    // Five sponsorships with one id went in, and five came out (kept and released).
    const same = (householdId: string, status: "active" | "ended"): SponsorshipInput => ({
      id: "sp-same",
      agencyId: "a1",
      householdId,
      since: "1402/01/15",
      status,
    });
    const error = errorOf(() =>
      allocateSponsorships(
        {
          agencies: oneSlotAgencies("a1", "a2"),
          households: ["h1", "h2", "h3"].map((id, i) => household(id, nationalId(i), 50)),
          existing: [
            same("h1", "active"),
            same("h2", "active"),
            same("h3", "active"),
            same("h9", "ended"),
            same("h1", "ended"),
          ],
        },
        { since: "1403/01/15" },
      ),
    );
    expect(error.code).toBe("invalid_allocation_input");
    expect(error.issues).toEqual(
      [1, 2, 3, 4].map((i) => ({
        path: ["existing", i, "id"],
        message: "repeats the id of another sponsorship",
      })),
    );
    expect(error.message).not.toContain("sp-same");
  });

  it("reports a need it cannot compute at the household, a given one at needScore", () => {
    const { needScore: _given, ...computed } = household("h1", "0000000019", 1);
    for (const [patch, path] of [
      [{ ...computed, members: Number.NaN }, ["households", 0]],
      [{ ...computed, monthlyIncome: Number.NaN }, ["households", 0]],
      [{ ...computed, needScore: 101 }, ["households", 0, "needScore"]],
    ] as const)
      expect(refusal(oneSlotAgencies("a1"), [patch])).toEqual(["invalid_allocation_input", [path]]);
  });

  it("rejects a createId that gives an empty, repeated or already given id", () => {
    const input = {
      agencies: oneSlotAgencies("a1", "a2"),
      households: [household("h1", "0000000019", 1), household("h2", "0000000027", 2)],
      existing: [
        {
          id: "old",
          agencyId: "a9",
          householdId: "h9",
          since: "1402/01/01",
          status: "ended" as const,
        },
      ],
    };
    for (const createId of [() => "", () => 5 as never, () => "same", () => "old"]) {
      const error = errorOf(() => allocateSponsorships(input, { since: "1403/01/15", createId }));
      expect([error.code, error.issues[0]?.path]).toEqual(["invalid_option", ["createId"]]);
    }
  });
});
