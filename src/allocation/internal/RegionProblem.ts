import type { TypedArrays } from "../../internal/ScratchMemory";

/** One region's problem, in local indices. */
export interface RegionProblem {
  /** Agencies in canonical order (id ascending): residual capacity (quota minus kept). */
  readonly agencyRoom: Int32Array;
  /** Agencies: sponsorships already kept. */
  readonly agencyKept: Int32Array;
  /** Agencies: local district index (0 … districtCount-1). */
  readonly agencyDistrict: Int32Array;
  /** The number of districts; district `districtCount - 1` may be the "no district" pool. */
  readonly districtCount: number;
  /** Households in canonical order (need descending, id ascending): need score. */
  readonly need: Float64Array;
  /** Households: local district index, or -1 when no agency shares its district. */
  readonly householdDistrict: Int32Array;
  /** Households: sorted local indices of excluded agencies, when any. */
  readonly excluded: ReadonlyMap<number, Int32Array>;
  /** Where the arrays proportional to the households come from (fresh ones by default). */
  readonly memory?: TypedArrays;
}
