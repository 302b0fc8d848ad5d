import type { Sponsorship } from "../entities/Sponsorship";

/**
 * Why an existing active sponsorship was released.
 *
 * - `agency-inactive`: the agency is inactive or unknown.
 * - `household-ineligible`: the household is unknown, a duplicate, no longer in an eligible
 *   status (e.g. graduated), or already covered by another kept sponsorship.
 * - `out-of-scope`: the agency and the household are no longer in the same region.
 * - `excluded`: the household now excludes the agency.
 * - `over-quota`: the agency has more eligible sponsorships than its quota; the neediest are
 *   kept.
 *
 * @category Allocation
 */
export type ReleaseReason =
  | "agency-inactive"
  | "household-ineligible"
  | "out-of-scope"
  | "over-quota"
  | "excluded";

/**
 * Why a household has no sponsor after the run.
 *
 * - `no-capacity`: agencies in its region exist, but their quotas went to needier households.
 * - `no-agency-in-scope`: no active agency in its region that it does not exclude.
 * - `not-eligible`: its status is not `identified` or `verified` (nor `sponsored` with an
 *   existing active sponsorship).
 * - `duplicate`: another household with the same head national ID and a smaller id is kept.
 *
 * @category Allocation
 */
export type UnassignedReason = "no-capacity" | "no-agency-in-scope" | "not-eligible" | "duplicate";

/**
 * A released sponsorship and why it was released.
 *
 * @category Allocation
 */
export interface ReleasedSponsorship {
  /** The sponsorship as it was given (still `active`; the caller ends it). */
  readonly sponsorship: Sponsorship;
  /** Why it was released. */
  readonly reason: ReleaseReason;
}

/**
 * A household left without a sponsor and why.
 *
 * @category Allocation
 */
export interface UnassignedHousehold {
  /** The household's id. */
  readonly householdId: string;
  /** Why it has no sponsor. */
  readonly reason: UnassignedReason;
}

/**
 * How full one agency is after the run.
 *
 * @category Allocation
 */
export interface AgencyFill {
  /** The agency's id. */
  readonly agencyId: string;
  /** Its quota (`sponsorshipQuota` ?? `perAgency`; 0 when inactive). */
  readonly quota: number;
  /** Its active sponsorships after the run (kept and added). */
  readonly filled: number;
  /** `quota - filled`. */
  readonly shortfall: number;
}

/**
 * The totals of a run.
 *
 * @category Allocation
 */
export interface AllocationSummary {
  /** The input households. */
  readonly households: number;
  /** Households that could be sponsored: eligible status, not a duplicate. */
  readonly eligible: number;
  /** Households with a sponsor after the run (kept and added). */
  readonly assigned: number;
  /** Households without one (`households - assigned`). */
  readonly unassigned: number;
  /** The sum of all agencies' quotas. */
  readonly slots: number;
  /** The active sponsorships after the run. */
  readonly filled: number;
  /** The total need score of the households with a sponsor after the run. */
  readonly coveredNeed: number;
}

/**
 * The outcome of {@link allocateSponsorships}: plain JSON-serialisable data.
 *
 * Every input household appears exactly once, either in one sponsorship of `sponsorships` or
 * in `unassigned`. Arrays are in a canonical order that does not depend on the order of the
 * inputs: sponsorships by region, agency id and need; the others by id.
 *
 * @example
 * ```ts
 * const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
 * result.summary; // => { households: 1200, eligible: 1150, assigned: 600, unassigned: 600, ... }
 * for (const { householdId, reason } of result.unassigned) console.log(householdId, reason);
 * ```
 *
 * @category Allocation
 */
export interface AllocationResult {
  /** All active sponsorships after the run: kept and added. */
  readonly sponsorships: Sponsorship[];
  /** The sponsorships this run created. */
  readonly added: Sponsorship[];
  /** The existing sponsorships kept as they were. */
  readonly kept: Sponsorship[];
  /** The existing active sponsorships released, each with its reason. */
  readonly released: ReleasedSponsorship[];
  /** The households without a sponsor, each with its reason. */
  readonly unassigned: UnassignedHousehold[];
  /** Every agency's quota and fill, by agency id. */
  readonly agencies: AgencyFill[];
  /** The totals. */
  readonly summary: AllocationSummary;
}
