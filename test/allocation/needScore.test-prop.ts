import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateSponsorships, scoreNeed } from "../../src/allocation/index";
import { Vulnerability } from "../../src/entities/Household";
import { runs } from "../_support/runs";
import { nationalId } from "./_arbitraries";

const region = { province: "کرمان", county: "شهربابک" };
const agency = { id: "a1", name: "—", region, active: true, sponsorshipQuota: 1 };
// Weights with fractions, so that the order of a sum can change its last bits.
const pointsArb = fc
  .double({ min: 0, max: 40, noNaN: true })
  .map((x) => Math.round(x * 1000) / 1000);

/** The need the allocator gives one household alone (its covered need). */
function allocatedNeed(household: Parameters<typeof scoreNeed>[0], weights: object): number {
  const result = allocateSponsorships(
    {
      agencies: [agency],
      households: [
        {
          id: "h1",
          head: { name: "—", nationalId: nationalId(1) },
          region,
          status: "verified",
          ...household,
        },
      ],
    },
    { since: "1403/01/15", need: { weights } },
  );
  return result.summary.coveredNeed;
}

describe("scoreNeed's factors", () => {
  it("are finite and add up to the score (to its two decimals), whatever the weights allowed", () => {
    const weight = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 100));
    fc.assert(
      fc.property(
        fc.record(
          {
            vulnerabilities: fc.array(fc.constantFrom(...Vulnerability.options), { maxLength: 40 }),
            members: fc.oneof(
              fc.integer({ min: 0, max: 12 }),
              fc.double({ min: 0, max: 1e308, noNaN: true }),
            ),
            monthlyIncome: fc.double({ min: 0, max: 1e308, noNaN: true }),
          },
          { requiredKeys: ["vulnerabilities", "members"] },
        ),
        fc.record({
          vulnerabilities: fc.dictionary(fc.constantFrom(...Vulnerability.options), weight),
          perExtraMember: weight,
          maxMemberPoints: weight,
          income: weight,
          incomeThreshold: fc.oneof(
            fc.double({ min: Number.MIN_VALUE, max: 1e308, noNaN: true }),
            fc.constantFrom(Number.MIN_VALUE, 1e308),
          ),
        }),
        (household, weights) => {
          const { score, factors } = scoreNeed(household, { weights });
          expect(score >= 0 && score <= 100).toBe(true);
          for (const { points } of factors) expect(Number.isFinite(points)).toBe(true);
          const sum = factors.reduce((total, { points }) => total + points, 0);
          // Each factor is as computed, the score rounded to hundredths (and capped).
          expect(Math.abs(sum - score)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(sum));
        },
      ),
      { seed: 1404, numRuns: runs(3000) },
    );
  });
});

describe("the allocator's need score", () => {
  it("adds the points in scoreNeed's order, so both round alike", () => {
    // By hand, in scoreNeed's order (vulnerabilities, then members): 0.01 + 0.105 = 0.115,
    // + 2.3 (one extra member) = 2.415, which rounds to 2.42. Summed members first, the
    // floating-point total falls just under 2.415 and rounds to 2.41.
    const household = {
      members: 2,
      vulnerabilities: ["female-headed", "disability"] satisfies Vulnerability[],
    };
    const weights = {
      vulnerabilities: { "female-headed": 0.01, disability: 0.105 },
      perExtraMember: 2.3,
      maxMemberPoints: 10,
    };
    expect(
      scoreNeed({ ...household, vulnerabilities: [...household.vulnerabilities] }, { weights })
        .score,
    ).toBe(2.42);
    expect(allocatedNeed(household, weights)).toBe(2.42);
  });

  it("is the score scoreNeed gives, with any weights", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            vulnerabilities: fc.subarray([...Vulnerability.options]),
            members: fc.integer({ min: 1, max: 12 }),
            monthlyIncome: fc.integer({ min: 0, max: 400_000_000 }),
          },
          { requiredKeys: ["vulnerabilities", "members"] },
        ),
        fc.record({
          vulnerabilities: fc.dictionary(fc.constantFrom(...Vulnerability.options), pointsArb),
          perExtraMember: pointsArb,
          maxMemberPoints: pointsArb,
          income: pointsArb,
          incomeThreshold: fc.integer({ min: 1, max: 100_000_000 }),
        }),
        (fields, weights) => {
          expect(allocatedNeed(fields, weights)).toBe(scoreNeed(fields, { weights }).score);
        },
      ),
      { seed: 1404, numRuns: runs(3000) },
    );
  });
});
