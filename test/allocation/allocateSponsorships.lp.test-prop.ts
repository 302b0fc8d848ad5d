import fc from "fast-check";
import highsLoader from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { type AllocationResult, allocateSponsorships } from "../../src/allocation/index";
import { runs } from "../_support/runs";
import { familyOf, type Instance, instanceArb, provinceOf } from "./_arbitraries";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

type Scope = "province" | "county" | "district" | "any";
type Place = { province: string; county?: string; district?: string };
const scopeKey = (r: Place, scope: Scope): string =>
  scope === "any"
    ? ""
    : scope === "province"
      ? provinceOf(r.province)
      : scope === "county"
        ? `${provinceOf(r.province)}|${r.county ?? ""}`
        : `${provinceOf(r.province)}|${r.county ?? ""}|${r.district ?? ""}`;
const regionKey = (r: Place) => scopeKey(r, "county");
const districtKey = (r: { province: string; county?: string; district?: string }) =>
  r.district === undefined ? undefined : `${regionKey(r)}|${r.district}`;

/**
 * The residual problem after the kept sponsorships, solved exactly by HiGHS. The b-matching
 * constraint matrix is totally unimodular, so the LP optimum is integral; needs are integers
 * and the objective need·BIG² + BIG + sameDistrict (BIG > #households) is lexicographic: total
 * need first, then the number of households covered, then same-district placements.
 */
function exactOptimum(
  instance: Instance,
  result: AllocationResult,
  scope: Scope = "county",
  preferSameDistrict = true,
): { need: number; count: number; district: number } {
  const { agencies, households } = instance;
  const firstOfFamily = new Map<string, string>();
  for (const h of households) {
    const id = firstOfFamily.get(familyOf(h.head.nationalId));
    if (id === undefined || h.id < id) firstOfFamily.set(familyOf(h.head.nationalId), h.id);
  }
  const activeExisting = new Set(
    instance.existing.filter((s) => s.status === "active").map((s) => s.householdId),
  );
  const keptHouseholds = new Set(result.kept.map((s) => s.householdId));
  const keptPerAgency = new Map<string, number>();
  for (const s of result.kept)
    keptPerAgency.set(s.agencyId, (keptPerAgency.get(s.agencyId) ?? 0) + 1);
  const open = households.filter(
    (h) =>
      firstOfFamily.get(familyOf(h.head.nationalId)) === h.id &&
      (h.status === "identified" ||
        h.status === "verified" ||
        (h.status === "sponsored" && activeExisting.has(h.id))) &&
      !keptHouseholds.has(h.id),
  );
  const big = households.length + 1;
  const terms: string[] = [];
  const rows = new Map<string, string[]>();
  const caps = new Map<string, number>();
  for (const a of agencies) {
    if (a.active === false) continue;
    caps.set(a.id, (a.sponsorshipQuota ?? 5) - (keptPerAgency.get(a.id) ?? 0));
  }
  let v = 0;
  for (const h of open) {
    for (const a of agencies) {
      if (a.active === false || scopeKey(a.region, scope) !== scopeKey(h.region, scope)) continue;
      if (h.excludedAgencyIds?.includes(a.id)) continue;
      const same =
        preferSameDistrict &&
        districtKey(h.region) !== undefined &&
        districtKey(h.region) === districtKey(a.region);
      const x = `x${v++}`;
      terms.push(`${(h.needScore ?? 0) * big * big + big + (same ? 1 : 0)} ${x}`);
      for (const row of [`h_${h.id}`, `a_${a.id}`]) {
        const list = rows.get(row) ?? [];
        list.push(x);
        rows.set(row, list);
      }
    }
  }
  if (v === 0) return { need: 0, count: 0, district: 0 };
  const constraints = [...rows].map(([row, xs]) => {
    const cap = row.startsWith("h_") ? 1 : (caps.get(row.slice(2)) ?? 0);
    return ` ${row}: ${xs.join(" + ")} <= ${cap}`;
  });
  const bounds = Array.from({ length: v }, (_, i) => ` 0 <= x${i} <= 1`);
  const lp = `Maximize\n obj: ${terms.join(" + ")}\nSubject To\n${constraints.join("\n")}\nBounds\n${bounds.join("\n")}\nEnd\n`;
  const solution = highs.solve(lp);
  expect(solution.Status).toBe("Optimal");
  const value = Math.round(solution.ObjectiveValue);
  return {
    need: Math.floor(value / (big * big)),
    count: Math.floor(value / big) % big,
    district: value % big,
  };
}

function achieved(
  instance: Instance,
  result: AllocationResult,
  preferSameDistrict = true,
): { need: number; count: number; district: number } {
  const byId = new Map(instance.households.map((h) => [h.id, h]));
  const agencyById = new Map(instance.agencies.map((a) => [a.id, a]));
  let need = 0;
  let district = 0;
  for (const s of result.added) {
    const h = byId.get(s.householdId);
    const a = agencyById.get(s.agencyId);
    if (h === undefined || a === undefined) throw new Error("unknown pair");
    need += h.needScore ?? 0;
    const hd = districtKey(h.region);
    if (preferSameDistrict && hd !== undefined && hd === districtKey(a.region)) district++;
  }
  return { need, count: result.added.length, district };
}

describe("allocateSponsorships against HiGHS", () => {
  it("reaches the exact optimum of covered need, then same-district placements", () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = allocateSponsorships(instance, { since: "1403/01/15" });
        expect(achieved(instance, result)).toEqual(exactOptimum(instance, result));
      }),
      { numRuns: runs(3000), seed: 1403 },
    );
  });

  it("does so at every scope, with and without the district preference", () => {
    fc.assert(
      fc.property(
        instanceArb,
        fc.constantFrom<Scope>("province", "county", "district", "any"),
        fc.boolean(),
        fc.nat(4),
        (instance, scope, preferSameDistrict, perAgency) => {
          const result = allocateSponsorships(instance, {
            since: "1403/01/15",
            scope,
            preferSameDistrict,
            perAgency,
          });
          const withQuota = {
            ...instance,
            agencies: instance.agencies.map((a) => ({
              ...a,
              sponsorshipQuota: a.sponsorshipQuota ?? perAgency,
            })),
          };
          expect(achieved(instance, result, preferSameDistrict)).toEqual(
            exactOptimum(withQuota, result, scope, preferSameDistrict),
          );
        },
      ),
      { numRuns: runs(1000), seed: 1404 },
    );
  });
});
