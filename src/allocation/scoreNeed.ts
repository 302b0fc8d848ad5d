import type { HouseholdInput, Vulnerability } from "../entities/Household";
import { PeygirError } from "../errors/PeygirError";
import { householdDefaults } from "./internal/entityDefaults";
import {
  defaultNeedWeights,
  incomePoints,
  memberPoints,
  resolveNeedWeights,
  round2,
  vulnerabilityPoints,
} from "./internal/needScore";

/**
 * The weights of the need score: points per vulnerability, per extra member and for a low
 * income per member. Each is from 0 to 100 (the score is capped at 100); the income
 * threshold is any finite number above 0.
 *
 * @category Allocation
 */
export interface NeedWeights {
  /** The points each vulnerability adds. */
  readonly vulnerabilities: Readonly<Record<Vulnerability, number>>;
  /** The points each member beyond the first adds. */
  readonly perExtraMember: number;
  /** The most points the household's size can add. */
  readonly maxMemberPoints: number;
  /** The points a household with no income at all gets; they fall linearly to 0 at `incomeThreshold`. */
  readonly income: number;
  /** The monthly income per member (rials) from which a household gets no income points. */
  readonly incomeThreshold: number;
}

/**
 * The default need weights.
 *
 * Vulnerabilities: female-headed 15, disability 15, chronic illness 12, orphans 12, no
 * housing 12, unemployed 10, elderly 8, job loss 8, recovered addiction 6, worker 4. Members:
 * 3 points per member beyond the first, at most 15. Income: 30 points for no income, falling
 * linearly to 0 at 60,000,000 rials a month per member; an unknown income adds nothing.
 *
 * @example
 * ```ts
 * DEFAULT_NEED_WEIGHTS.vulnerabilities["female-headed"]; // => 15
 * ```
 *
 * @category Allocation
 */
export const DEFAULT_NEED_WEIGHTS: NeedWeights = defaultNeedWeights;

/**
 * Options of {@link scoreNeed}.
 *
 * @category Allocation
 */
export interface ScoreNeedOptions {
  /** The weights to use instead of the defaults; missing ones keep their default. */
  readonly weights?: Partial<Omit<NeedWeights, "vulnerabilities">> & {
    /** The points of each vulnerability to override; the others keep their default. */
    readonly vulnerabilities?: Partial<Record<Vulnerability, number>>;
  };
}

/**
 * One line of a need score: what added (or, for the cap, removed) how many points.
 *
 * @category Allocation
 */
export interface NeedFactor {
  /** The factor: `vulnerability:<name>`, `members`, `income-per-member`, `need-score` (the household's own score) or `cap` (points above 100 removed). */
  readonly factor: string;
  /** The points it adds (negative for `cap`). */
  readonly points: number;
}

/**
 * A household's need score and how it was reached.
 *
 * @category Allocation
 */
export interface NeedScore {
  /** The score, from 0 to 100 (higher is needier). */
  readonly score: number;
  /** The factors; their points add up to `score`. */
  readonly factors: NeedFactor[];
}

/**
 * Scores how needy a household is, from 0 to 100, and lists the points of each factor.
 *
 * A household's own `needScore`, when given, is used as is. Otherwise the score is the sum
 * of the points of its vulnerabilities, its size and its monthly income per member (see
 * {@link DEFAULT_NEED_WEIGHTS}), capped at 100 and rounded to two decimals.
 *
 * @param household - The household, parsed or in its input form (only `members`,
 *   `vulnerabilities`, `monthlyIncome` and `needScore` are read).
 * @param options - Weights that replace the defaults.
 * @returns The score and its factors.
 * @throws {@link PeygirError} `invalid_input` when the household is not an object with
 *   numeric `members`, an array of `vulnerabilities` and, if given, a `monthlyIncome` ≥ 0 or
 *   a `needScore` from 0 to 100; `invalid_option` when the weights are not an object, name
 *   an unknown vulnerability, a weight is not a number from 0 to 100 (the points of a score
 *   capped at 100; so every factor is finite), or the income threshold is not a finite
 *   number > 0. A vulnerability without a weight adds no points.
 *
 * @example
 * ```ts
 * scoreNeed({ members: 4, vulnerabilities: ["female-headed"], monthlyIncome: 60_000_000 });
 * // => { score: 46.5, factors: [
 * //   { factor: "vulnerability:female-headed", points: 15 },
 * //   { factor: "members", points: 9 },
 * //   { factor: "income-per-member", points: 22.5 } ] }
 * scoreNeed({ members: 1, vulnerabilities: [], needScore: 80 }).score; // => 80
 * ```
 *
 * @category Allocation
 */
export function scoreNeed(
  household: Pick<HouseholdInput, "members" | "vulnerabilities" | "monthlyIncome" | "needScore">,
  options?: ScoreNeedOptions,
): NeedScore {
  const vulnerabilities = checkNeedInput(household);
  if (household.needScore !== undefined) {
    return {
      score: household.needScore,
      factors: [{ factor: "need-score", points: household.needScore }],
    };
  }
  const weights = resolveNeedWeights(options, "scoreNeed");
  const factors: NeedFactor[] = [];
  let total = 0;
  for (const vulnerability of vulnerabilities) {
    const points = vulnerabilityPoints(weights, vulnerability);
    factors.push({ factor: `vulnerability:${vulnerability}`, points });
    total += points;
  }
  const members = memberPoints(household.members, weights);
  factors.push({ factor: "members", points: members });
  total += members;
  if (household.monthlyIncome !== undefined) {
    const income = round2(incomePoints(household.monthlyIncome, household.members, weights));
    factors.push({ factor: "income-per-member", points: income });
    total += income;
  }
  const rounded = round2(total);
  if (rounded > 100) {
    factors.push({ factor: "cap", points: round2(100 - rounded) });
    return { score: 100, factors };
  }
  return { score: rounded, factors };
}

/**
 * Throws `invalid_input` for a household {@link scoreNeed} cannot read; returns its
 * vulnerabilities (the schema's default when they are missing and the schema has one).
 */
function checkNeedInput(household: unknown): readonly string[] {
  const fail = (path: (string | number)[], message: string): never => {
    throw new PeygirError("invalid_input", "scoreNeed: invalid household", [{ path, message }]);
  };
  if (typeof household !== "object" || household === null) fail([], "must be a household object");
  const fields = household as Record<string, unknown>;
  const { members, monthlyIncome, needScore } = fields;
  const vulnerabilities =
    fields.vulnerabilities === undefined
      ? householdDefaults.vulnerabilities
      : fields.vulnerabilities;
  if (needScore !== undefined) {
    if (!(typeof needScore === "number" && needScore >= 0 && needScore <= 100))
      fail(["needScore"], "must be a number from 0 to 100");
    return [];
  }
  if (!(typeof members === "number" && Number.isFinite(members) && members >= 0))
    fail(["members"], "must be a number ≥ 0");
  if (!Array.isArray(vulnerabilities)) fail(["vulnerabilities"], "must be an array");
  for (let i = 0; i < (vulnerabilities as unknown[]).length; i++)
    if (typeof (vulnerabilities as unknown[])[i] !== "string")
      fail(["vulnerabilities", i], "must be a vulnerability name");
  if (
    monthlyIncome !== undefined &&
    !(typeof monthlyIncome === "number" && Number.isFinite(monthlyIncome) && monthlyIncome >= 0)
  )
    fail(["monthlyIncome"], "must be a number ≥ 0");
  return vulnerabilities as readonly string[];
}
