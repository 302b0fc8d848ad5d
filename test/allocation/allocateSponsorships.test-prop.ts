import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateSponsorships } from "../../src/allocation/index";
import { Agency } from "../../src/entities/Agency";
import { Household } from "../../src/entities/Household";
import { Sponsorship, type SponsorshipInput } from "../../src/entities/Sponsorship";
import { runs } from "../_support/runs";
import { type Instance, instanceArb, provinceOf, shuffle } from "./_arbitraries";

const since = "1403/01/15";
const regionKey = (r: { province: string; county?: string }) =>
  `${provinceOf(r.province)}|${r.county ?? ""}`;
const pairs = (list: readonly { agencyId: string; householdId: string }[]) =>
  list.map((s) => `${s.agencyId}>${s.householdId}`).sort();

describe("allocateSponsorships properties", () => {
  it("keeps every invariant", () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = allocateSponsorships(instance, { since });
        const households = new Map(instance.households.map((h) => [h.id, h]));
        const agencies = new Map(instance.agencies.map((a) => [a.id, a]));
        // Every household exactly once among sponsorships and unassigned.
        const seen = [
          ...result.sponsorships.map((s) => s.householdId),
          ...result.unassigned.map((u) => u.householdId),
        ].sort();
        expect(seen).toEqual([...households.keys()].sort());
        // No agency over quota; eligibility respected.
        const fill = new Map<string, number>();
        for (const s of result.sponsorships) {
          fill.set(s.agencyId, (fill.get(s.agencyId) ?? 0) + 1);
          const a = agencies.get(s.agencyId);
          const h = households.get(s.householdId);
          expect(a?.active ?? true).toBe(true);
          expect(h).toBeDefined();
          if (a === undefined || h === undefined) return;
          expect(regionKey(a.region)).toBe(regionKey(h.region));
          expect(h.excludedAgencyIds ?? []).not.toContain(a.id);
          expect(["identified", "verified", "sponsored"]).toContain(h.status);
        }
        for (const entry of result.agencies) {
          expect(entry.filled).toBe(fill.get(entry.agencyId) ?? 0);
          expect(entry.filled).toBeLessThanOrEqual(entry.quota);
          expect(entry.shortfall).toBe(entry.quota - entry.filled);
        }
        // Kept and added make up the sponsorships; summary adds up.
        expect(pairs(result.sponsorships)).toEqual(pairs([...result.kept, ...result.added]));
        expect(result.summary.assigned + result.summary.unassigned).toBe(
          instance.households.length,
        );
        expect(result.summary.filled).toBe(result.sponsorships.length);
        // Each active existing sponsorship is kept or released.
        const active = instance.existing.filter((s) => s.status === "active").map((s) => s.id);
        expect(
          [...result.kept.map((s) => s.id), ...result.released.map((r) => r.sponsorship.id)].sort(),
        ).toEqual(active.sort());
        // JSON round trip.
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: runs(1500), seed: 42 },
    );
  });

  it("gives for the input forms the result of the parsed forms", () => {
    // The arbitraries write provinces in English or with Arabic letters, national IDs and
    // days in Persian digits, and leave `active` out: the allocator reads them as parsing
    // would (same provinces, same families, canonical days).
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const parsed = {
          agencies: Agency.array().parse(instance.agencies),
          households: Household.array().parse(instance.households),
          existing: Sponsorship.array().parse(instance.existing),
        };
        expect(allocateSponsorships(instance, { since })).toEqual(
          allocateSponsorships(parsed, { since }),
        );
      }),
      { numRuns: runs(500), seed: 47 },
    );
  });

  it("writes the days of the sponsorships it keeps and releases in canonical form", () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = allocateSponsorships(instance, { since });
        const days = [...result.kept, ...result.released.map((r) => r.sponsorship)].map(
          (s) => s.since,
        );
        for (const day of days) expect(day).toMatch(/^1402\/0[1-4]\/01$/);
      }),
      { numRuns: runs(300), seed: 48 },
    );
  });

  it("does not depend on the order of the inputs", () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 1e9 }), (instance, seed) => {
        const result = allocateSponsorships(instance, { since });
        const shuffled = allocateSponsorships(
          {
            agencies: shuffle(instance.agencies, seed),
            households: shuffle(instance.households, seed + 1),
            existing: shuffle(instance.existing, seed + 2),
          },
          { since },
        );
        expect(shuffled).toEqual(result);
      }),
      { numRuns: runs(1000), seed: 43 },
    );
  });

  it("re-run on its own result adds and releases nothing", () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const first = allocateSponsorships(instance, { since });
        const again = allocateSponsorships(
          { ...instance, existing: first.sponsorships },
          {
            since: "1403/07/01",
          },
        );
        expect(again.added).toEqual([]);
        expect(again.released).toEqual([]);
        expect(pairs(again.sponsorships)).toEqual(pairs(first.sponsorships));
      }),
      { numRuns: runs(1000), seed: 44 },
    );
  });

  it("never mutates its inputs", () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const before = structuredClone(instance);
        allocateSponsorships(instance, { since });
        expect(instance).toEqual(before);
      }),
      { numRuns: runs(300), seed: 45 },
    );
  });

  it("gives new ids that repeat no given id and no other new id, as a plain set would", () => {
    // Ids with dashes, so that `sp-<agency>-<household>` can be read more than one way, and
    // of several lengths (`xz` has no dash where `x-y` has one).
    const agencyIds = ["x", "x-y", "y", "x-y-z", "y-z", "z", "xz", "y-x"];
    const householdId = (i: number) =>
      `${["y-z", "z", "y", "1", "z-1", "x-y"][i % 6]}${i < 6 ? "" : Math.floor(i / 6)}`;
    const rename = (instance: Instance): Instance => {
      const agency = (id: string) => agencyIds[Number(id.slice(1))] as string;
      const household = (id: string) => householdId(Number(id.slice(1)));
      return {
        agencies: instance.agencies.map((a) => ({ ...a, id: agency(a.id) })),
        households: instance.households.map((h) => ({
          ...h,
          id: household(h.id),
          ...(h.excludedAgencyIds === undefined
            ? {}
            : { excludedAgencyIds: h.excludedAgencyIds.map(agency) }),
        })),
        existing: instance.existing.map((e) => ({
          ...e,
          agencyId: agency(e.agencyId),
          householdId: household(e.householdId),
        })),
      };
    };
    const takenArb = fc.array(
      fc.record({ agency: fc.nat(7), household: fc.nat(17), form: fc.nat(2) }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(instanceArb, takenArb, (original, taken) => {
        const instance = rename(original);
        const takenIds = new Set(
          taken.map(
            (t) =>
              `sp-${agencyIds[t.agency]}-${householdId(t.household)}${["", `@${since}`, `@${since}#2`][t.form]}`,
          ),
        );
        // Each id once: a repeated sponsorship id is an error.
        const ended = [...takenIds].map(
          (id, i): SponsorshipInput => ({
            id,
            agencyId: "gone",
            householdId: `gone${i}`,
            since: "1401/01/01",
            status: "ended",
          }),
        );
        const existing = [...instance.existing, ...ended];
        const result = allocateSponsorships({ ...instance, existing }, { since });
        // The rule, by hand: in output order, a default id already given or already used
        // by a new sponsorship gets the date, then a counter; each id handed out counts as
        // used.
        const given = new Set(existing.map((e) => e.id));
        const expected = result.added.map(({ agencyId, householdId }) => {
          const id = `sp-${agencyId}-${householdId}`;
          if (!given.has(id)) {
            given.add(id);
            return id;
          }
          let fresh = `${id}@${since}`;
          for (let n = 2; given.has(fresh); n++) fresh = `${id}@${since}#${n}`;
          given.add(fresh);
          return fresh;
        });
        expect(result.added.map((s) => s.id)).toEqual(expected);
        const ids = result.added.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(existing.map((e) => e.id)).not.toContain(id);
      }),
      { numRuns: runs(1500), seed: 46 },
    );
  });
});
