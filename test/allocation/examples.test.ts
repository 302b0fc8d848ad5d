import { describe, expect, it } from "vitest";
import {
  allocateSponsorships,
  DEFAULT_NEED_WEIGHTS,
  explainAllocation,
  scoreNeed,
} from "../../src/allocation/index";
import type { Household } from "../../src/entities/Household";
import type { Sponsorship } from "../../src/entities/Sponsorship";
import { errorOf } from "../_support/errorOf";
import { nationalId } from "./_arbitraries";

const region = { province: "کرمان", county: "شهربابک" };
/** Active agencies of the region with one slot each. */
const oneSlotAgencies = (...ids: string[]) =>
  ids.map((id) => ({ id, name: "—", region, active: true, sponsorshipQuota: 1 }));
const household = (id: string, nationalIdValue: string, needScore: number): Household => ({
  id,
  head: { name: "—", nationalId: nationalIdValue },
  members: 3,
  region,
  vulnerabilities: [],
  needScore,
  status: "verified" as const,
});
/** The code and issue paths of the error allocating these agencies and households gives. */
const refusal = (agencies: readonly object[], households: readonly object[]) => {
  const error = errorOf(() =>
    allocateSponsorships(
      { agencies: agencies as never, households: households as Household[] },
      { since: "1403/01/15" },
    ),
  );
  return [error.code, error.issues.map((issue) => issue.path)];
};
const example = () =>
  allocateSponsorships(
    {
      agencies: [{ id: "a1", name: "بهزیستی", region, active: true, sponsorshipQuota: 1 }],
      households: [household("h1", "0000000019", 40), household("h2", "0000000027", 90)],
    },
    { since: "1403/01/15" },
  );

describe("scoreNeed", () => {
  it("follows its documented examples", () => {
    expect(
      scoreNeed({ members: 4, vulnerabilities: ["female-headed"], monthlyIncome: 60_000_000 }),
    ).toEqual({
      score: 46.5,
      factors: [
        { factor: "vulnerability:female-headed", points: 15 },
        { factor: "members", points: 9 },
        { factor: "income-per-member", points: 22.5 },
      ],
    });
    expect(scoreNeed({ members: 1, vulnerabilities: [], needScore: 80 }).score).toBe(80);
    expect(DEFAULT_NEED_WEIGHTS.vulnerabilities["female-headed"]).toBe(15);
  });

  it("caps at 100 and its factors add up to the score", () => {
    const result = scoreNeed({
      members: 8,
      vulnerabilities: ["female-headed", "disability", "chronic-illness", "orphans", "no-housing"],
      monthlyIncome: 0,
    });
    expect(result.score).toBe(100);
    expect(result.factors.at(-1)).toEqual({ factor: "cap", points: -11 });
    expect(result.factors.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(100, 9);
  });

  it("takes weights that replace the defaults, and rejects bad ones", () => {
    expect(
      scoreNeed(
        { members: 1, vulnerabilities: ["worker"] },
        { weights: { vulnerabilities: { worker: 20 } } },
      ).score,
    ).toBe(20);
    expect(
      errorOf(() => scoreNeed({ members: 1, vulnerabilities: [] }, { weights: { income: -1 } }))
        .code,
    ).toBe("invalid_option");
  });

  it("refuses weights outside 0–100, which once gave a -Infinity cap factor", () => {
    // Two vulnerabilities of 1e308 points each summed to Infinity: the cap factor was
    // -Infinity (not JSON) and the factors no longer added up to the score.
    const household = { members: 1, vulnerabilities: ["female-headed", "disability"] };
    for (const weights of [
      { vulnerabilities: { "female-headed": 1e308, disability: 1e308 } },
      { perExtraMember: 101 },
      { maxMemberPoints: 1e308 },
      { income: 100.5 },
      { incomeThreshold: Number.POSITIVE_INFINITY },
    ]) {
      const error = errorOf(() => scoreNeed(household as never, { weights }));
      expect(error.code).toBe("invalid_option");
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.every((issue) => issue.path[0] === "weights")).toBe(true);
    }
    // 100 is allowed: the household is at the cap, its factors add up to it.
    const capped = scoreNeed(household as never, {
      weights: { vulnerabilities: { "female-headed": 100, disability: 100 } },
    });
    expect(capped).toEqual({
      score: 100,
      factors: [
        { factor: "vulnerability:female-headed", points: 100 },
        { factor: "vulnerability:disability", points: 100 },
        { factor: "members", points: 0 },
        { factor: "cap", points: -100 },
      ],
    });
  });

  it("rejects what it cannot read with a PeygirError, never echoing a key", () => {
    const noHousehold = errorOf(() => scoreNeed(null as never));
    expect([noHousehold.code, noHousehold.issues[0]?.path]).toEqual(["invalid_input", []]);
    expect(errorOf(() => scoreNeed({} as never)).issues[0]?.path).toEqual(["members"]);
    expect(errorOf(() => scoreNeed({ needScore: "80" } as never)).issues[0]?.path).toEqual([
      "needScore",
    ]);
    const noWeights = errorOf(() =>
      scoreNeed({ members: 1, vulnerabilities: [] }, { weights: null as never }),
    );
    expect([noWeights.code, noWeights.issues[0]?.path]).toEqual(["invalid_option", ["weights"]]);
    // A key that is not a vulnerability (here a person's name) is refused, not repeated.
    const name = "علی رضایی";
    const unknownKey = errorOf(() =>
      scoreNeed(
        { members: 1, vulnerabilities: [] },
        { weights: { vulnerabilities: { [name]: -1 } as never } },
      ),
    );
    expect(unknownKey.issues[0]?.path).toEqual(["weights", "vulnerabilities"]);
    expect(`${unknownKey.message} ${JSON.stringify(unknownKey.issues)}`).not.toContain(name);
  });

  it("gives no points to a name that is not a vulnerability, even one on Object.prototype", () => {
    // disability 15 (DEFAULT_NEED_WEIGHTS), one member: 0 member points.
    const household = { members: 1, vulnerabilities: ["constructor", "__proto__", "disability"] };
    const { score, factors } = scoreNeed(household as never);
    expect(score).toBe(15);
    expect(factors.map((f) => f.points)).toEqual([0, 0, 15, 0]);
    expect(JSON.parse(JSON.stringify(factors))).toEqual(factors);
  });
});

describe("allocateSponsorships", () => {
  it("follows its documented example", () => {
    const result = example();
    expect(result.added).toEqual([
      { id: "sp-a1-h2", agencyId: "a1", householdId: "h2", since: "1403/01/15", status: "active" },
    ]);
    expect(result.unassigned).toEqual([{ householdId: "h1", reason: "no-capacity" }]);
    expect(result.summary).toEqual({
      households: 2,
      eligible: 2,
      assigned: 1,
      unassigned: 1,
      slots: 1,
      filled: 1,
      coveredNeed: 90,
    });
  });

  it("gives every agency of Shahr-e Babak five families, the neediest first", () => {
    const agencies = ["فرمانداری", "بهزیستی", "کمیته امداد", "شهرداری"].map((name, i) => ({
      id: `a${i + 1}`,
      name,
      region,
      active: true,
    }));
    const households = Array.from({ length: 25 }, (_, i) =>
      household(`h${String(i).padStart(2, "0")}`, nationalId(i), i * 4),
    );
    const result = allocateSponsorships({ agencies, households }, { since: "1399/02/01" });
    expect(result.agencies.map((a) => a.filled)).toEqual([5, 5, 5, 5]);
    // The five least needy (need 0 to 16) are left out.
    expect(result.unassigned.map((u) => u.householdId)).toEqual([
      "h00",
      "h01",
      "h02",
      "h03",
      "h04",
    ]);
  });

  it("reports duplicates, ineligible households, exclusions and releases", () => {
    const households: Household[] = [
      household("h1", "0000000019", 50),
      household("h2", "0000000019", 90), // same head as h1: h1 (smaller id) is kept
      { ...household("h3", "0000000027", 70), status: "graduated" },
      { ...household("h4", "0000000035", 60), excludedAgencyIds: ["a1"] },
      { ...household("h5", "0000000043", 30), region: { province: "تهران" } },
    ];
    const result = allocateSponsorships(
      {
        agencies: [{ id: "a1", name: "بهزیستی", region, active: true }],
        households,
        existing: [
          {
            id: "s1",
            agencyId: "a1",
            householdId: "h3",
            since: "1402/01/01" as never,
            status: "active",
          },
        ],
      },
      { since: "1403/01/15" },
    );
    expect(result.unassigned).toEqual([
      { householdId: "h2", reason: "duplicate" },
      { householdId: "h3", reason: "not-eligible" },
      { householdId: "h4", reason: "no-agency-in-scope" },
      { householdId: "h5", reason: "no-agency-in-scope" },
    ]);
    expect(result.released.map((r) => r.reason)).toEqual(["household-ineligible"]);
    expect(result.added.map((s) => s.householdId)).toEqual(["h1"]);
  });

  it("prefers the household's own district to even fills", () => {
    const agencies = [
      { id: "a", name: "x", region: { ...region, district: "مرکزی" }, active: true },
      { id: "b", name: "x", region: { ...region, district: "خبر" }, active: true },
    ];
    const households = [
      { ...household("h1", nationalId(1), 50), region: { ...region, district: "خبر" } },
      { ...household("h2", nationalId(2), 50), region: { ...region, district: "مرکزی" } },
      { ...household("h3", nationalId(3), 40), region: { ...region, district: "خبر" } },
      { ...household("h4", nationalId(4), 40), region: { ...region, district: "خبر" } },
    ];
    const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    expect(result.added.map((s) => `${s.agencyId}:${s.householdId}`).sort()).toEqual(
      ["a:h2", "b:h1", "b:h3", "b:h4"].sort(),
    );
  });

  it("tells apart counties of the same name in different provinces", () => {
    // Iran has a county "مرکزی" in more than one province; scope "county" must not join them.
    // Regions come out in key order: فارس before کرمان.
    const inKerman = { province: "کرمان", county: "مرکزی" };
    const inFars = { province: "فارس", county: "مرکزی" };
    const agencies = [
      { id: "a", name: "x", region: inKerman, active: true },
      { id: "b", name: "x", region: inFars, active: true },
    ];
    const households = [
      { ...household("h1", nationalId(1), 50), region: inFars },
      { ...household("h2", nationalId(2), 40), region: { province: "یزد", county: "مرکزی" } },
      { ...household("h3", nationalId(3), 30), region: inKerman },
    ];
    const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    expect(result.added.map((s) => `${s.agencyId}:${s.householdId}`)).toEqual(["b:h1", "a:h3"]);
    expect(result.unassigned).toEqual([{ householdId: "h2", reason: "no-agency-in-scope" }]);
  });

  it("fills agencies evenly, the extra slots to the smallest ids", () => {
    const agencies = ["c", "a", "b"].map((id) => ({ id, name: "x", region, active: true }));
    const households = Array.from({ length: 7 }, (_, i) => household(`h${i}`, nationalId(i), 10));
    const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    expect(result.agencies.map((a) => [a.agencyId, a.filled])).toEqual([
      ["a", 3],
      ["b", 2],
      ["c", 2],
    ]);
  });

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
    const same = (householdId: string, status: "active" | "ended"): Sponsorship => ({
      id: "sp-same",
      agencyId: "a1",
      householdId,
      since: "1402/01/15" as Sponsorship["since"],
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
          since: "1402/01/01" as Sponsorship["since"],
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

describe("allocateSponsorships: ids", () => {
  const agency = { id: "a1", name: "بهزیستی", region, active: true, sponsorshipQuota: 2 };
  /** An ended sponsorship of the pair (a1, h1), holding its default id. */
  const ended = {
    id: "sp-a1-h1",
    agencyId: "a1",
    householdId: "h1",
    since: "1400/01/01" as never,
    until: "1401/01/01" as never,
    status: "ended" as const,
  };

  it("rejects a repeated household id, in any order, without echoing it", () => {
    for (const ids of [
      ["h2", "h1", "h2"],
      ["h1", "h1"],
    ]) {
      const households = ids.map((id, i) => household(id, nationalId(i + 1), 50));
      const error = errorOf(() =>
        allocateSponsorships({ agencies: [agency], households }, { since: "1403/01/15" }),
      );
      expect(error.code).toBe("invalid_allocation_input");
      expect(error.issues).toEqual([
        {
          path: ["households", ids.length - 1, "id"],
          message: "repeats the id of another household",
        },
      ]);
    }
  });

  it("does not reuse the id of an ended sponsorship of the same pair", () => {
    const run = (existing: (typeof ended)[]) =>
      allocateSponsorships(
        { agencies: [agency], households: [household("h1", nationalId(1), 50)], existing },
        { since: "1403/01/15" },
      ).added.map((s) => s.id);
    expect(run([ended])).toEqual(["sp-a1-h1@1403/01/15"]);
    // Hand-made: the date form is taken as well, so the counter follows.
    expect(run([ended, { ...ended, id: "sp-a1-h1@1403/01/15" }])).toEqual([
      "sp-a1-h1@1403/01/15#2",
    ]);
    expect(run([])).toEqual(["sp-a1-h1"]);
  });

  it("keeps a fresh id apart from a household id that reads like one", () => {
    // "sp-a1-h1" is taken, so h1's new sponsorship gets "sp-a1-h1@1403/01/15": the default id
    // of the household "h1@1403/01/15" with the same agency. Output order is by need, so h1
    // (60) comes first and keeps the date form; the other gets a second date suffix.
    const result = allocateSponsorships(
      {
        agencies: [agency],
        households: [
          household("h1", nationalId(1), 60),
          household("h1@1403/01/15", nationalId(2), 50),
        ],
        existing: [ended],
      },
      { since: "1403/01/15" },
    );
    expect(result.added.map((s) => [s.householdId, s.id])).toEqual([
      ["h1", "sp-a1-h1@1403/01/15"],
      ["h1@1403/01/15", "sp-a1-h1@1403/01/15@1403/01/15"],
    ]);
  });

  it("never gives two new sponsorships the same default id", () => {
    // Agency "a" + household "b-c" and agency "a-b" + household "c" both read `sp-a-b-c`.
    // Output order is by agency id, so "a" keeps the plain id and "a-b" gets the date form.
    const agencies = oneSlotAgencies("a", "a-b");
    const households = [
      { ...household("c", nationalId(1), 50), excludedAgencyIds: ["a"] },
      { ...household("b-c", nationalId(2), 50), excludedAgencyIds: ["a-b"] },
    ];
    const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    expect(
      result.added.map(({ id, agencyId, householdId }) => [id, agencyId, householdId]),
    ).toEqual([
      ["sp-a-b-c", "a", "b-c"],
      ["sp-a-b-c@1403/01/15", "a-b", "c"],
    ]);
  });

  it("gives the same result when createId itself allocates (a nested call)", () => {
    const agencies = [{ id: "a1", name: "—", region, active: true, sponsorshipQuota: 2 }];
    const households = [40, 90, 60].map((need, i) => household(`h${i}`, nationalId(i + 1), need));
    const plain = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    const nested = allocateSponsorships(
      { agencies, households },
      {
        since: "1403/01/15",
        createId: (agencyId, householdId) => {
          // The inner call must not share the outer call's working memory.
          const inner = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
          return `sp-${agencyId}-${householdId}/${inner.added.length}`;
        },
      },
    );
    expect(nested.added.map((s) => s.id)).toEqual(["sp-a1-h1/2", "sp-a1-h2/2"]);
    expect(nested.unassigned).toEqual(plain.unassigned);
    expect(nested.agencies).toEqual(plain.agencies);
  });

  it("numbers fresh ids in output order, whatever the input order", () => {
    // Agency "y" + household "z-1" and agency "y-z" + household "1" share the default id
    // `sp-y-z-1`, which an ended sponsorship already has. Output order is by agency id, so
    // "y" gets the date form and "y-z" the counter, though household "1" comes first.
    const agencies = oneSlotAgencies("y", "y-z");
    const households = [
      { ...household("1", nationalId(1), 50), excludedAgencyIds: ["y"] },
      { ...household("z-1", nationalId(2), 50), excludedAgencyIds: ["y-z"] },
    ];
    const existing = [
      {
        id: "sp-y-z-1",
        agencyId: "old",
        householdId: "old",
        since: "1400/01/01" as never,
        status: "ended" as const,
      },
    ];
    const result = allocateSponsorships(
      { agencies, households, existing },
      { since: "1403/01/15" },
    );
    expect(
      result.added.map(({ id, agencyId, householdId }) => [id, agencyId, householdId]),
    ).toEqual([
      ["sp-y-z-1@1403/01/15", "y", "z-1"],
      ["sp-y-z-1@1403/01/15#2", "y-z", "1"],
    ]);
  });
});

describe("explainAllocation", () => {
  it("rejects what is not an allocation result", () => {
    for (const result of [null, {}, { released: [], kept: [], added: [] }]) {
      const error = errorOf(() => explainAllocation(result as never, "h1", { locale: "en" }));
      expect([error.code, error.issues[0]?.path]).toEqual(["invalid_input", ["result"]]);
    }
  });

  it("rejects a result whose entries it cannot read, with their paths", () => {
    // A result read back from JSON: `released: [null]` and its like once threw raw TypeErrors.
    const result = JSON.parse(JSON.stringify(example()));
    const odd = { toString: {} };
    const cases: [object, (string | number)[]][] = [
      [{ released: [null] }, ["result", "released", 0]],
      [
        { released: [{ sponsorship: null, reason: "excluded" }] },
        ["result", "released", 0, "sponsorship"],
      ],
      [
        { released: [{ sponsorship: { householdId: "h1" }, reason: "gone" }] },
        ["result", "released", 0, "reason"],
      ],
      [
        { kept: [{ householdId: "h1", agencyId: "a1", since: odd }] },
        ["result", "kept", 0, "since"],
      ],
      [{ added: [{}] }, ["result", "added", 0, "householdId"]],
      [{ unassigned: [{ householdId: "h1", reason: odd }] }, ["result", "unassigned", 0, "reason"]],
    ];
    for (const [patch, path] of cases) {
      const error = errorOf(() =>
        explainAllocation({ ...result, ...patch }, "h1", { locale: "fa" }),
      );
      expect(error.code).toBe("invalid_input");
      expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
    }
    const noId = errorOf(() => explainAllocation(result, odd as never, { locale: "en" }));
    expect([noId.code, noId.issues[0]?.path]).toEqual(["invalid_input", ["householdId"]]);
  });

  it("follows its documented examples", () => {
    const result = example();
    expect(explainAllocation(result, "h2", { locale: "en" })).toBe(
      "Household h2 is newly sponsored by agency a1 from 1403/01/15, the neediest placement its region allowed.",
    );
    expect(explainAllocation(result, "h1", { locale: "fa" })).toBe(
      "خانوار h۱ تحت پوشش قرار نگرفت، زیرا سهمیه همه دستگاه‌های منطقه‌اش با خانواده‌های نیازمندتر پر شده است.",
    );
  });

  it("explains kept and released sponsorships, never printing the national ID", () => {
    const nationalIdValue = "0000000019";
    const result = allocateSponsorships(
      {
        agencies: [
          { id: "a1", name: "x", region, active: true },
          { id: "a2", name: "x", region, active: false },
        ],
        households: [household("h1", nationalIdValue, 40), household("h2", "0000000027", 30)],
        existing: [
          {
            id: "s1",
            agencyId: "a1",
            householdId: "h1",
            since: "1402/05/01" as never,
            status: "active",
          },
          {
            id: "s2",
            agencyId: "a2",
            householdId: "h2",
            since: "1402/05/01" as never,
            status: "active",
          },
        ],
      },
      { since: "1403/01/15" },
    );
    expect(explainAllocation(result, "h1", { locale: "en" })).toBe(
      "Household h1 keeps its sponsorship with agency a1 since 1402/05/01.",
    );
    expect(explainAllocation(result, "h1", { locale: "fa" })).toBe(
      "خانوار h۱ پوشش خود را نزد دستگاه a۱ از ۱۴۰۲/۰۵/۰۱ حفظ کرد.",
    );
    expect(explainAllocation(result, "h2", { locale: "en" })).toBe(
      "Household h2 is newly sponsored by agency a1 from 1403/01/15, because its former agency is inactive.",
    );
    for (const locale of ["fa", "en"] as const) {
      for (const id of ["h1", "h2"]) {
        expect(explainAllocation(result, id, { locale })).not.toContain(nationalIdValue);
      }
    }
    expect(errorOf(() => explainAllocation(result, "h9", { locale: "en" })).code).toBe(
      "invalid_input",
    );
  });
});
