// Pins the public signatures of the allocation area (issue 15, item 9). A change to any of them
// fails `npx vitest run --project types`; the reshape of issue 15 updates these on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  type Agency,
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
  type Household,
  type NeedFactor,
  type NeedScore,
  type NeedWeights,
  type ReleasedSponsorship,
  type ReleaseReason,
  type ScoreNeedOptions,
  type Sponsorship,
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
      [result: AllocationResult, householdId: string, options: ExplainAllocationOptions]
    >();
    expectTypeOf(explainAllocation).returns.toEqualTypeOf<string>();
    expectTypeOf<ExplainAllocationOptions>().toEqualTypeOf<{ readonly locale: "fa" | "en" }>();
  });

  it("scoreNeed", () => {
    expectTypeOf(scoreNeed).parameters.toEqualTypeOf<
      [
        household: Pick<Household, "members" | "vulnerabilities" | "monthlyIncome" | "needScore">,
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

  it("issue 15 pain point, as of 0.1: allocation takes parsed entities only", () => {
    expectTypeOf<AllocationInput["agencies"]>().toEqualTypeOf<readonly Agency[]>();
    expectTypeOf<AgencyInput>().not.toExtend<AllocationInput["agencies"][number]>();
    allocateSponsorships(
      // @ts-expect-error an agency literal without `active` is missing a default
      { agencies: [{ id: "a1", name: "x", region: { province: "یزد" } }], households: [] },
      { since: "1404/01/01" },
    );
  });
});
