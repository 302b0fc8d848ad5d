import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegionProblem } from "../../../src/allocation/internal/RegionProblem";
import { solveByFlow } from "../../../src/allocation/internal/solveByFlow";
import { solveComplete } from "../../../src/allocation/internal/solveComplete";
import { solveRegion } from "../../../src/allocation/internal/solveRegion";
import { runs } from "../../_support/runs";

const problemArb: fc.Arbitrary<RegionProblem> = fc
  .record({
    agencies: fc.array(fc.record({ room: fc.nat(3), kept: fc.nat(2), district: fc.nat(2) }), {
      minLength: 1,
      maxLength: 6,
    }),
    households: fc.array(
      fc.record({
        need: fc.nat(4),
        district: fc.integer({ min: -1, max: 2 }),
        excluded: fc.array(fc.nat(5), { maxLength: 2 }),
      }),
      { maxLength: 16 },
    ),
  })
  .map(({ agencies, households }) => {
    const sorted = households
      .map((h, i) => ({ ...h, id: `h${String(i).padStart(2, "0")}` }))
      .sort((x, y) => y.need - x.need || (x.id < y.id ? -1 : 1));
    const excluded = new Map<number, Int32Array>();
    sorted.forEach((h, i) => {
      const list = [...new Set(h.excluded.filter((a) => a < agencies.length))].sort(
        (x, y) => x - y,
      );
      // Households excluding every agency are removed before the solver runs.
      if (list.length > 0 && list.length < agencies.length) excluded.set(i, Int32Array.from(list));
    });
    return {
      agencyRoom: Int32Array.from(agencies.map((a) => a.room)),
      agencyKept: Int32Array.from(agencies.map((a) => a.kept)),
      agencyDistrict: Int32Array.from(agencies.map((a) => a.district)),
      districtCount: 3,
      need: Float64Array.from(sorted.map((h) => h.need)),
      householdDistrict: Int32Array.from(sorted.map((h) => h.district)),
      excluded,
    };
  });

function measure(problem: RegionProblem, assigned: Int32Array) {
  let need = 0;
  let count = 0;
  let district = 0;
  const fill = Int32Array.from(problem.agencyKept);
  assigned.forEach((a, h) => {
    if (a < 0) return;
    count++;
    need += problem.need[h] as number;
    if (problem.agencyDistrict[a] === problem.householdDistrict[h]) district++;
    fill[a] = (fill[a] as number) + 1;
    expect(problem.excluded.get(h)?.includes(a) ?? false).toBe(false);
  });
  fill.forEach((f, a) => {
    expect(f - (problem.agencyKept[a] as number)).toBeLessThanOrEqual(
      problem.agencyRoom[a] as number,
    );
  });
  const squares = fill.reduce((sum, f) => sum + f * f, 0);
  return { need, count, district, squares };
}

describe("solveRegion", () => {
  it("fast path and exact flow agree on need, count and district placements", () => {
    let fast = 0;
    fc.assert(
      fc.property(problemArb, (problem) => {
        const exact = measure(problem, solveByFlow(problem));
        const complete = solveComplete(problem);
        if (complete !== undefined) {
          fast++;
          const quick = measure(problem, complete);
          expect({ ...quick, squares: 0 }).toEqual({ ...exact, squares: 0 });
          // Evenness: the exact flow minimises the sum of squared fills over all optima.
          expect(exact.squares).toBe(quick.squares);
        }
        expect(measure(problem, solveRegion(problem))).toEqual(
          complete === undefined ? exact : measure(problem, complete),
        );
      }),
      { numRuns: runs(3000), seed: 7 },
    );
    expect(fast).toBeGreaterThan(1000);
  });
});
