// Pins the public signatures of the allocation area (issue 15, item 9). A change to any of them
// fails `npx vitest run --project types`; the reshape of issue 15 updates these on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  type AgencyFill,
  type AgencyInput,
  type AllocateSponsorshipsOptions,
  type AllocationInput,
  type AllocationResult,
  type AllocationScope,
  type AllocationSummary,
  allocateSponsorships,
  DEFAULT_NEED_WEIGHTS,
  type ExplainAllocationOptions,
  explainAllocation,
  type HouseholdInput,
  type NeedFactor,
  type NeedScore,
  type NeedWeights,
  type ReleasedSponsorship,
  type ReleaseReason,
  type ScoreNeedOptions,
  type Sponsorship,
  type SponsorshipInput,
  scoreNeed,
  type UnassignedHousehold,
  type UnassignedReason,
} from "../../src/index";

describe("allocation signatures", () => {
  it("allocateSponsorships", () => {
    expectTypeOf(allocateSponsorships).parameters.toEqualTypeOf<
      [input: AllocationInput, options: AllocateSponsorshipsOptions]
    >();
    expectTypeOf(allocateSponsorships).returns.toEqualTypeOf<AllocationResult>();
    expectTypeOf<AllocationInput>().toEqualTypeOf<{
      readonly agencies: readonly AgencyInput[];
      readonly households: readonly HouseholdInput[];
      readonly existing?: readonly SponsorshipInput[];
    }>();
    expectTypeOf<AllocateSponsorshipsOptions["since"]>().toEqualTypeOf<string>();
    expectTypeOf<AllocationScope>().toEqualTypeOf<"province" | "county" | "district" | "any">();
    expectTypeOf<UnassignedReason>().toEqualTypeOf<
      "no-capacity" | "no-agency-in-scope" | "not-eligible" | "duplicate"
    >();
    expectTypeOf<ReleaseReason>().toBeString();
    expectTypeOf<AllocationResult>().toEqualTypeOf<{
      readonly sponsorships: Sponsorship[];
      readonly added: Sponsorship[];
      readonly kept: Sponsorship[];
      readonly released: ReleasedSponsorship[];
      readonly unassigned: UnassignedHousehold[];
      readonly agencies: AgencyFill[];
      readonly summary: AllocationSummary;
    }>();
    expectTypeOf<ReleasedSponsorship>().toEqualTypeOf<{
      readonly sponsorship: Sponsorship;
      readonly reason: ReleaseReason;
    }>();
    expectTypeOf<UnassignedHousehold>().toEqualTypeOf<{
      readonly householdId: string;
      readonly reason: UnassignedReason;
    }>();
    // @ts-expect-error `since` is required
    allocateSponsorships({ agencies: [], households: [] }, {});
  });

  it("explainAllocation", () => {
    expectTypeOf(explainAllocation).parameters.toEqualTypeOf<
      [result: AllocationResult, householdId: string, options?: ExplainAllocationOptions]
    >();
    expectTypeOf(explainAllocation).returns.toEqualTypeOf<string>();
    expectTypeOf<ExplainAllocationOptions>().toEqualTypeOf<{ readonly locale?: "fa" | "en" }>();
    expectTypeOf(explainAllocation).toBeCallableWith({} as AllocationResult, "h1");
  });

  it("scoreNeed", () => {
    expectTypeOf(scoreNeed).parameters.toEqualTypeOf<
      [
        household: Pick<
          HouseholdInput,
          "members" | "vulnerabilities" | "monthlyIncome" | "needScore"
        >,
        options?: ScoreNeedOptions,
      ]
    >();
    expectTypeOf(scoreNeed).returns.toEqualTypeOf<NeedScore>();
    expectTypeOf<NeedScore>().toEqualTypeOf<{
      readonly score: number;
      readonly factors: NeedFactor[];
    }>();
    expectTypeOf(DEFAULT_NEED_WEIGHTS).toEqualTypeOf<NeedWeights>();
    expectTypeOf(scoreNeed).toBeCallableWith({ members: 1, vulnerabilities: [] });
    expectTypeOf(scoreNeed).toBeCallableWith(
      { members: 4, vulnerabilities: ["female-headed"], monthlyIncome: 100 },
      { weights: { vulnerabilities: { elderly: 5 } } },
    );
  });

  it("takes plain literals: defaults left out, days and national IDs as written (issue 15)", () => {
    // No parse call, no cast: an agency without `active`, a province in English, a
    // national ID and days in Persian digits, unpadded.
    allocateSponsorships(
      {
        agencies: [{ id: "a1", name: "بهزیستی", region: { province: "Kerman" } }],
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
    expectTypeOf<AgencyInput>().toExtend<AllocationInput["agencies"][number]>();
    // The parsed forms still fit.
    expectTypeOf<Sponsorship>().toExtend<NonNullable<AllocationInput["existing"]>[number]>();
    allocateSponsorships(
      // @ts-expect-error an agency needs a name
      { agencies: [{ id: "a1", region: { province: "یزد" } }], households: [] },
      { since: "1404/01/01" },
    );
  });
});
