/**
 * The allocation of one region: households to agencies, all in the same region at scope
 * level, so every pair is eligible except the household's exclusions. See docs/allocation.md
 * for the objective and the optimality argument.
 *
 * Two solvers share the work: {@link solveComplete}, a fast path that is exact whenever the
 * exclusions do not bind (nearly always), and {@link solveByFlow}, an exact min-cost flow for
 * the regions where they do.
 *
 * @packageDocumentation
 */

import type { RegionProblem } from "./RegionProblem";
import { solveByFlow } from "./solveByFlow";
import { solveComplete } from "./solveComplete";

/**
 * Solves one region; returns the local agency of each household (-1 for none).
 *
 * Households must be given in canonical order (need descending, then id ascending): the
 * solver breaks its remaining ties by that order, so the result does not depend on the
 * order of the caller's arrays.
 */
export function solveRegion(problem: RegionProblem): Int32Array {
  return solveComplete(problem) ?? solveByFlow(problem);
}
