/**
 * The need score's arithmetic, shared by {@link scoreNeed} (which lists every factor) and the
 * allocator (which needs the score alone, a million times): the default weights, their
 * check, and the points of each factor.
 *
 * @packageDocumentation
 */
import type { Vulnerability } from "../../entities/Household";
import { PeygirError, type PeygirIssue } from "../../errors/PeygirError";
import type { NeedWeights, ScoreNeedOptions } from "../scoreNeed";

/** The default need weights (documented where they are public: `DEFAULT_NEED_WEIGHTS`). */
export const defaultNeedWeights: NeedWeights = Object.freeze({
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
 * The need score alone, without the factor list (the allocator's hot path); the fields are
 * passed one by one, with the defaults already filled in.
 */
export function needScoreOf(
  members: number,
  vulnerabilities: readonly string[],
  monthlyIncome: number | undefined,
  needScore: number | undefined,
  weights: NeedWeights,
): number {
  if (needScore !== undefined) return needScore;
  // Summed in the order scoreNeed sums its factors, so that both round alike. An indexed
  // loop: `for…of` costs about 25 ms more over a million households.
  const table = weights.vulnerabilities;
  let total = 0;
  for (let i = 0; i < vulnerabilities.length; i++) {
    // Not `?? 0`: a name like `constructor` would read the object's prototype.
    const points = table[vulnerabilities[i] as Vulnerability];
    if (typeof points === "number") total += points;
  }
  total += memberPoints(members, weights);
  if (monthlyIncome !== undefined) total += round2(incomePoints(monthlyIncome, members, weights));
  const rounded = round2(total);
  return Math.min(rounded, 100);
}

/** Merges user weights into the defaults and checks them. */
export function resolveNeedWeights(
  options: ScoreNeedOptions | undefined,
  functionName: string,
): NeedWeights {
  const given = options?.weights;
  if (given === undefined) return defaultNeedWeights;
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
      (name) => !Object.hasOwn(defaultNeedWeights.vulnerabilities, name),
    )
  )
    // The unknown name is not repeated: it could be anything the caller had at hand.
    shapeIssues.push({
      path: ["weights", "vulnerabilities"],
      message: `has a key that is not a vulnerability (one of: ${Object.keys(defaultNeedWeights.vulnerabilities).join(", ")})`,
    });
  if (shapeIssues.length > 0)
    throw new PeygirError("invalid_option", `${functionName}: invalid need weights`, shapeIssues);
  const weights: NeedWeights = {
    vulnerabilities: { ...defaultNeedWeights.vulnerabilities, ...given.vulnerabilities },
    perExtraMember: given.perExtraMember ?? defaultNeedWeights.perExtraMember,
    maxMemberPoints: given.maxMemberPoints ?? defaultNeedWeights.maxMemberPoints,
    income: given.income ?? defaultNeedWeights.income,
    incomeThreshold: given.incomeThreshold ?? defaultNeedWeights.incomeThreshold,
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

const WEIGHT_MESSAGE = "must be a number from 0 to 100";

/**
 * Whether `value` is a weight: points of a score capped at 100, so a weight above 100 could
 * only ever give 100 (a household with it alone is at the cap) and, near the largest doubles,
 * would make factors of ±Infinity that no longer add up to the score.
 */
function isWeight(value: unknown): boolean {
  return typeof value === "number" && value >= 0 && value <= 100;
}

/** The points of one vulnerability (0 for a name without weight). */
export function vulnerabilityPoints(weights: NeedWeights, vulnerability: string): number {
  const points = weights.vulnerabilities[vulnerability as Vulnerability];
  return typeof points === "number" ? points : 0;
}

/** The points of the household's size: per member beyond the first, up to the maximum. */
export function memberPoints(members: number, weights: NeedWeights): number {
  return Math.min(weights.maxMemberPoints, Math.max(0, members - 1) * weights.perExtraMember);
}

/** The points of a low income per member, falling linearly to 0 at the threshold. */
export function incomePoints(income: number, members: number, weights: NeedWeights): number {
  const perMember = income / Math.max(1, members);
  return weights.income * Math.max(0, 1 - perMember / weights.incomeThreshold);
}

/** Rounded to two decimals, as every score and factor is. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
