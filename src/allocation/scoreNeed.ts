import type { Household, Vulnerability } from "../entities/Household";
import { PeygirError, type PeygirIssue } from "../errors/PeygirError";

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
export const DEFAULT_NEED_WEIGHTS: NeedWeights = Object.freeze({
  vulnerabilities: Object.freeze({
    "female-headed": 15,
    disability: 15,
    "chronic-illness": 12,
    elderly: 8,
    orphans: 12,
    unemployed: 10,
    "job-loss": 8,
    "recovered-addiction": 6,
    worker: 4,
    "no-housing": 12,
  }),
  perExtraMember: 3,
  maxMemberPoints: 15,
  income: 30,
  incomeThreshold: 60_000_000,
});

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

/** The household fields the need score reads. */
type NeedInput = Pick<Household, "members" | "vulnerabilities" | "monthlyIncome" | "needScore">;

/**
 * Scores how needy a household is, from 0 to 100, and lists the points of each factor.
 *
 * A household's own `needScore`, when given, is used as is. Otherwise the score is the sum
 * of the points of its vulnerabilities, its size and its monthly income per member (see
 * {@link DEFAULT_NEED_WEIGHTS}), capped at 100 and rounded to two decimals.
 *
 * @param household - The household (only `members`, `vulnerabilities`, `monthlyIncome` and
 *   `needScore` are read).
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
  household: Pick<Household, "members" | "vulnerabilities" | "monthlyIncome" | "needScore">,
  options?: ScoreNeedOptions,
): NeedScore {
  checkNeedInput(household);
  if (household.needScore !== undefined) {
    return {
      score: household.needScore,
      factors: [{ factor: "need-score", points: household.needScore }],
    };
  }
  const weights = resolveNeedWeights(options, "scoreNeed");
  const factors: NeedFactor[] = [];
  let total = 0;
  for (const vulnerability of household.vulnerabilities) {
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
 * The need score alone, without the factor list (the allocator's hot path).
 * @internal
 */
export function needScoreOf(household: NeedInput, weights: NeedWeights): number {
  if (household.needScore !== undefined) return household.needScore;
  // Summed in the order scoreNeed sums its factors, so that both round alike. An indexed
  // loop: `for…of` costs about 25 ms more over a million households.
  const table = weights.vulnerabilities;
  const vulnerabilities = household.vulnerabilities;
  let total = 0;
  for (let i = 0; i < vulnerabilities.length; i++) {
    // Not `?? 0`: a name like `constructor` would read the object's prototype.
    const points = table[vulnerabilities[i] as Vulnerability];
    if (typeof points === "number") total += points;
  }
  total += memberPoints(household.members, weights);
  if (household.monthlyIncome !== undefined)
    total += round2(incomePoints(household.monthlyIncome, household.members, weights));
  const rounded = round2(total);
  return Math.min(rounded, 100);
}

/**
 * Merges user weights into the defaults and checks them.
 * @internal
 */
export function resolveNeedWeights(
  options: ScoreNeedOptions | undefined,
  functionName: string,
): NeedWeights {
  const given = options?.weights;
  if (given === undefined) return DEFAULT_NEED_WEIGHTS;
  const shapeIssues: PeygirIssue[] = [];
  if (typeof given !== "object" || given === null)
    shapeIssues.push({ path: ["weights"], message: "must be an object" });
  else if (
    given.vulnerabilities !== undefined &&
    (typeof given.vulnerabilities !== "object" || given.vulnerabilities === null)
  )
    shapeIssues.push({ path: ["weights", "vulnerabilities"], message: "must be an object" });
  else if (
    given.vulnerabilities !== undefined &&
    Object.keys(given.vulnerabilities).some(
      (name) => !Object.hasOwn(DEFAULT_NEED_WEIGHTS.vulnerabilities, name),
    )
  )
    // The unknown name is not repeated: it could be anything the caller had at hand.
    shapeIssues.push({
      path: ["weights", "vulnerabilities"],
      message: `has a key that is not a vulnerability (one of: ${Object.keys(DEFAULT_NEED_WEIGHTS.vulnerabilities).join(", ")})`,
    });
  if (shapeIssues.length > 0)
    throw new PeygirError("invalid_option", `${functionName}: invalid need weights`, shapeIssues);
  const weights: NeedWeights = {
    vulnerabilities: { ...DEFAULT_NEED_WEIGHTS.vulnerabilities, ...given.vulnerabilities },
    perExtraMember: given.perExtraMember ?? DEFAULT_NEED_WEIGHTS.perExtraMember,
    maxMemberPoints: given.maxMemberPoints ?? DEFAULT_NEED_WEIGHTS.maxMemberPoints,
    income: given.income ?? DEFAULT_NEED_WEIGHTS.income,
    incomeThreshold: given.incomeThreshold ?? DEFAULT_NEED_WEIGHTS.incomeThreshold,
  };
  const issues: PeygirIssue[] = [];
  for (const [name, value] of Object.entries(weights.vulnerabilities)) {
    if (!isWeight(value))
      issues.push({ path: ["weights", "vulnerabilities", name], message: WEIGHT_MESSAGE });
  }
  for (const name of ["perExtraMember", "maxMemberPoints", "income"] as const) {
    if (!isWeight(weights[name])) issues.push({ path: ["weights", name], message: WEIGHT_MESSAGE });
  }
  const threshold = weights.incomeThreshold;
  if (!(typeof threshold === "number" && Number.isFinite(threshold) && threshold > 0))
    issues.push({ path: ["weights", "incomeThreshold"], message: "must be a finite number > 0" });
  if (issues.length > 0)
    throw new PeygirError("invalid_option", `${functionName}: invalid need weights`, issues);
  return weights;
}

/** The points of one vulnerability (0 for a name without weight). */
function vulnerabilityPoints(weights: NeedWeights, vulnerability: string): number {
  const points = weights.vulnerabilities[vulnerability as Vulnerability];
  return typeof points === "number" ? points : 0;
}

/** Throws `invalid_input` for a household {@link scoreNeed} cannot read. */
function checkNeedInput(household: unknown): void {
  const fail = (path: (string | number)[], message: string): never => {
    throw new PeygirError("invalid_input", "scoreNeed: invalid household", [{ path, message }]);
  };
  if (typeof household !== "object" || household === null) fail([], "must be a household object");
  const { members, vulnerabilities, monthlyIncome, needScore } = household as Record<
    string,
    unknown
  >;
  if (needScore !== undefined) {
    if (!(typeof needScore === "number" && needScore >= 0 && needScore <= 100))
      fail(["needScore"], "must be a number from 0 to 100");
    return;
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
}

const WEIGHT_MESSAGE = "must be a number from 0 to 100";

/**
 * Whether `value` is a weight: points of a score capped at 100, so a weight above 100 could
 * only ever give 100 (a household with it alone is at the cap) and, near the largest doubles,
 * would make factors of ±Infinity that no longer add up to the score.
 */
function isWeight(value: unknown): boolean {
  return typeof value === "number" && value >= 0 && value <= 100;
}

function memberPoints(members: number, weights: NeedWeights): number {
  return Math.min(weights.maxMemberPoints, Math.max(0, members - 1) * weights.perExtraMember);
}

function incomePoints(income: number, members: number, weights: NeedWeights): number {
  const perMember = income / Math.max(1, members);
  return weights.income * Math.max(0, 1 - perMember / weights.incomeThreshold);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
