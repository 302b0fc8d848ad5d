import { describe, expect, it } from "vitest";
import { DEFAULT_NEED_WEIGHTS, scoreNeed } from "../../src/allocation/index";
import { errorOf } from "../_support/errorOf";

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
