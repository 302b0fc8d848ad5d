import fc from "fast-check";
import type { AgencyInput } from "../../src/entities/Agency";
import type { HouseholdInput } from "../../src/entities/Household";
import type { SponsorshipInput } from "../../src/entities/Sponsorship";

/** A fictional but valid national ID (check digit computed) from a small number. */
export function nationalId(n: number): string {
  const nine = String(n + 1).padStart(9, "0");
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const r = sum % 11;
  return `${nine}${r < 2 ? r : 11 - r}`;
}

/**
 * An instance in the input form of the entities, written as users write them: provinces in
 * Persian, English or with Arabic letters, national IDs and days in Persian digits too.
 */
export interface Instance {
  readonly agencies: AgencyInput[];
  readonly households: HouseholdInput[];
  readonly existing: SponsorshipInput[];
}

// Two real provinces, each spelled three ways (Persian, English, Arabic kaf or yeh), with
// one county each; by hand, so that the tests' own region keys do not use peygir's lookup.
const PROVINCES = [
  { name: "کرمان", spellings: ["کرمان", "Kerman", "كرمان"], county: "شهربابک" },
  { name: "یزد", spellings: ["یزد", "Yazd", "يزد"], county: "مرکزی" },
];
const DISTRICTS = ["مرکزی", "دهج", "خبر"];
const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

/** The province a spelling of the arbitraries names (its Persian name). */
export function provinceOf(spelling: string): string {
  const province = PROVINCES.find((p) => p.spellings.includes(spelling));
  if (province === undefined) throw new Error("not a spelling of the arbitraries");
  return province.name;
}

/** Latin digits written as Persian ones. */
function persianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] as string);
}

/** The ten Latin digits of a national ID the arbitraries wrote (Persian digits, dashes). */
export function familyOf(written: string): string {
  return written.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d))).replace(/-/g, "");
}

function region(county: number, district: number, spelling: number) {
  const p = PROVINCES[county] as (typeof PROVINCES)[number];
  const province = p.spellings[spelling] as string;
  return district < 0
    ? { province, county: p.county }
    : { province, county: p.county, district: DISTRICTS[district] as string };
}

/** Small random instances with exclusions, mixed quotas, duplicates and existing sponsorships. */
export const instanceArb: fc.Arbitrary<Instance> = fc
  .record({
    agencies: fc.array(
      fc.record({
        county: fc.nat(1),
        district: fc.integer({ min: -1, max: 2 }),
        spelling: fc.nat(2),
        quota: fc.option(fc.nat(3), { nil: undefined }),
        // 0: inactive; 1: `active` left out (its default, true); else active.
        inactive: fc.nat(9),
      }),
      { minLength: 0, maxLength: 7 },
    ),
    households: fc.array(
      fc.record({
        county: fc.nat(1),
        district: fc.integer({ min: -1, max: 2 }),
        spelling: fc.nat(2),
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
        // The head's national ID in Persian digits with dashes, or as ten Latin digits.
        persianId: fc.boolean(),
        excluded: fc.array(fc.nat(6), { maxLength: 3 }),
      }),
      { minLength: 0, maxLength: 18 },
    ),
    existing: fc.array(
      fc.record({
        agency: fc.nat(7),
        household: fc.nat(18),
        ended: fc.nat(4),
        since: fc.nat(3),
        // 0: canonical; 1: Persian digits; 2: without zero padding.
        written: fc.nat(2),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ agencies, households, existing }) => ({
    agencies: agencies.map(
      (a, i): AgencyInput => ({
        id: `a${i}`,
        name: "دستگاه",
        region: region(a.county, a.district, a.spelling),
        ...(a.quota === undefined ? {} : { sponsorshipQuota: a.quota }),
        ...(a.inactive === 1 ? {} : { active: a.inactive !== 0 }),
      }),
    ),
    households: households.map(
      (h, i): HouseholdInput => ({
        id: `h${String(i).padStart(2, "0")}`,
        head: {
          name: "نام",
          nationalId: h.persianId
            ? persianDigits(nationalId(h.family).replace(/^(\d{3})(\d{6})/, "$1-$2-"))
            : nationalId(h.family),
        },
        members: 2,
        region: region(h.county, h.district, h.spelling),
        vulnerabilities: [],
        needScore: h.need * 10,
        status: h.status as HouseholdInput["status"],
        ...(h.excluded.length > 0
          ? { excludedAgencyIds: [...new Set(h.excluded)].map((e) => `a${e}`) }
          : {}),
      }),
    ),
    existing: existing.map(
      (s, i): SponsorshipInput => ({
        id: `old${i}`,
        agencyId: `a${s.agency}`,
        householdId: `h${String(s.household).padStart(2, "0")}`,
        since: [
          `1402/0${s.since + 1}/01`,
          persianDigits(`1402/0${s.since + 1}/01`),
          `1402/${s.since + 1}/1`,
        ][s.written] as string,
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
