import type { AgencyInput } from "../entities/Agency";
import type { HouseholdInput } from "../entities/Household";
import type { SponsorshipInput } from "../entities/Sponsorship";

/**
 * What {@link allocateSponsorships} shares out: the entities in their input form, as
 * literals or as read from a file, parsed or not (fields with a default may be left out,
 * provinces may be given in English, Jalali days in Persian digits or without zero padding).
 *
 * @example
 * ```ts
 * const input: AllocationInput = {
 *   agencies: [{ id: "a1", name: "بهزیستی", region: { province: "Kerman", county: "شهربابک" } }],
 *   households: householdRows,
 *   existing: previous.sponsorships, // the last run's result, so families keep their sponsor
 * };
 * ```
 *
 * @category Allocation
 */
export interface AllocationInput {
  /** The agencies that sponsor. */
  readonly agencies: readonly AgencyInput[];
  /** The households to cover. */
  readonly households: readonly HouseholdInput[];
  /** The sponsorships from earlier runs (only `active` ones are considered). */
  readonly existing?: readonly SponsorshipInput[];
}
