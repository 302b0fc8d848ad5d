import fc from "fast-check";
import type { Agency } from "../../src/entities/Agency";
import type { Household } from "../../src/entities/Household";
import type { Sponsorship } from "../../src/entities/Sponsorship";

/** A fictional but valid national ID (check digit computed) from a small number. */
export function nationalId(n: number): string {
  const nine = String(n + 1).padStart(9, "0");
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const r = sum % 11;
  return `${nine}${r < 2 ? r : 11 - r}`;
}

export interface Instance {
  readonly agencies: Agency[];
  readonly households: Household[];
  readonly existing: Sponsorship[];
}

const PROVINCE = "کرمان";
const COUNTIES = ["شهربابک", "رفسنجان"];
const DISTRICTS = ["مرکزی", "دهج", "خبر"];

function region(county: number, district: number) {
  const c = COUNTIES[county] as string;
  return district < 0
    ? { province: PROVINCE, county: c }
    : { province: PROVINCE, county: c, district: DISTRICTS[district] as string };
}

/** Small random instances with exclusions, mixed quotas, duplicates and existing sponsorships. */
export const instanceArb: fc.Arbitrary<Instance> = fc
  .record({
    agencies: fc.array(
      fc.record({
        county: fc.nat(1),
        district: fc.integer({ min: -1, max: 2 }),
        quota: fc.option(fc.nat(3), { nil: undefined }),
        inactive: fc.nat(9),
      }),
      { minLength: 0, maxLength: 7 },
    ),
    households: fc.array(
      fc.record({
        county: fc.nat(1),
        district: fc.integer({ min: -1, max: 2 }),
        need: fc.nat(6),
        status: fc.constantFrom(
          "identified",
          "verified",
          "verified",
          "identified",
          "sponsored",
          "graduated",
        ),
        family: fc.nat(40),
        excluded: fc.array(fc.nat(6), { maxLength: 3 }),
      }),
      { minLength: 0, maxLength: 18 },
    ),
    existing: fc.array(
      fc.record({ agency: fc.nat(7), household: fc.nat(18), ended: fc.nat(4), since: fc.nat(3) }),
      { maxLength: 8 },
    ),
  })
  .map(({ agencies, households, existing }) => ({
    agencies: agencies.map(
      (a, i): Agency => ({
        id: `a${i}`,
        name: "دستگاه",
        region: region(a.county, a.district),
        ...(a.quota === undefined ? {} : { sponsorshipQuota: a.quota }),
        active: a.inactive !== 0,
      }),
    ),
    households: households.map(
      (h, i): Household => ({
        id: `h${String(i).padStart(2, "0")}`,
        head: { name: "نام", nationalId: nationalId(h.family) },
        members: 2,
        region: region(h.county, h.district),
        vulnerabilities: [],
        needScore: h.need * 10,
        status: h.status as Household["status"],
        ...(h.excluded.length > 0
          ? { excludedAgencyIds: [...new Set(h.excluded)].map((e) => `a${e}`) }
          : {}),
      }),
    ),
    existing: existing.map(
      (s, i): Sponsorship => ({
        id: `old${i}`,
        agencyId: `a${s.agency}`,
        householdId: `h${String(s.household).padStart(2, "0")}`,
        since: `1402/0${s.since + 1}/01` as Sponsorship["since"],
        status: s.ended === 0 ? "ended" : "active",
      }),
    ),
  }));

/** Deterministic Fisher–Yates shuffle. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
