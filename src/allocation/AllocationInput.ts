import type { AgencyInput } from "../entities/Agency";
import type { HouseholdInput } from "../entities/Household";
import type { SponsorshipInput } from "../entities/Sponsorship";
import type { ScoreNeedOptions } from "./scoreNeed";

/**
 * The level at which agencies and households must share a region to be paired.
 *
 * @category Allocation
 */
export type AllocationScope = "province" | "county" | "district" | "any";

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

/**
 * Options of {@link allocateSponsorships}.
 *
 * @example
 * ```ts
 * const options: AllocateSponsorshipsOptions = {
 *   since: "1403/01/15",
 *   perAgency: 5,
 *   scope: "county",
 *   createId: () => createId("sp"),
 * };
 * ```
 *
 * @category Allocation
 */
export interface AllocateSponsorshipsOptions {
  /** The first day of the new sponsorships (required). */
  readonly since: string;
  /** The quota of an agency without its own `sponsorshipQuota` (default 5). */
  readonly perAgency?: number;
  /** The region level agency and household must share (default `"county"`). */
  readonly scope?: AllocationScope;
  /** Whether to prefer an agency of the household's own district (default `true`). */
  readonly preferSameDistrict?: boolean;
  /**
   * Makes the id of a new sponsorship. By default `sp-<agencyId>-<householdId>`, or, when a
   * given sponsorship (an ended one, say) or another new one already has that id,
   * `sp-<agencyId>-<householdId>@<since>` (then `…#2`).
   */
  readonly createId?: (agencyId: string, householdId: string) => string;
  /** The need weights for households without their own `needScore`. */
  readonly need?: ScoreNeedOptions;
}
