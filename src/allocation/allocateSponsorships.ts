import type { AgencyInput } from "../entities/Agency";
import type { HouseholdInput } from "../entities/Household";
import type { SponsorshipInput } from "../entities/Sponsorship";
import type { PeygirIssue } from "../errors/PeygirError";
import { type TypedArrays, withScratchMemory } from "../internal/ScratchMemory";
import type { AllocationInput } from "./AllocationInput";
import type { AllocationResult } from "./AllocationResult";
import { CellTable } from "./internal/CellTable";
import { checkAllocationInput, invalidAllocationInput } from "./internal/checkAllocationInput";
import { emitSponsorships } from "./internal/emitSponsorships";
import { groupAgenciesByRegion } from "./internal/groupAgenciesByRegion";
import { groupHouseholdsByRegion } from "./internal/groupHouseholdsByRegion";
import { indexActiveSponsorships } from "./internal/indexActiveSponsorships";
import { keepExistingSponsorships } from "./internal/keepExistingSponsorships";
import { listAgencyFills } from "./internal/listAgencyFills";
import { listUnassigned } from "./internal/listUnassigned";
import { markDuplicateFamilies } from "./internal/markDuplicateFamilies";
import { readAgencies } from "./internal/readAgencies";
import { type AllocationSettings, readAllocationOptions } from "./internal/readAllocationOptions";
import { readHouseholds } from "./internal/readHouseholds";
import { solveRegions } from "./internal/solveRegions";
import type { ScoreNeedOptions } from "./scoreNeed";

/**
 * The level at which agencies and households must share a region to be paired.
 *
 * @category Allocation
 */
export type AllocationScope = "province" | "county" | "district" | "any";

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

/**
 * Shares needy households out to agencies: each agency takes up to its quota of households
 * of its own region, the neediest first, keeping the sponsorships that are still valid.
 *
 * The result is, in this order of priority: (1) existing active sponsorships still eligible
 * and within quota are kept; (2) the newly covered households have the largest total need
 * possible; (3) among those, as many as possible are placed with an agency of their own
 * district; (4) agencies are filled as evenly as possible; (5) ties go by need (descending),
 * then id (ascending). The result does not depend on the order of the input arrays, and
 * inputs are never changed. See docs/allocation.md for the algorithm and why it is optimal.
 *
 * Its working memory (typed arrays, about 90 bytes per household, 124 when the ids are not
 * sorted) is kept for the next call until the event loop is next idle, then held only
 * weakly, so that calls in a batch do not each make V8 collect the whole heap.
 *
 * A household is eligible when its status is `identified` or `verified` (or `sponsored` with
 * an existing active sponsorship), it is in the agency's region at `scope` level (a missing
 * county or district counts as a value of its own) and it does not exclude the agency. Of
 * households with the same head national ID only the one with the smallest id is kept.
 *
 * The entities may be plain literals in their input form (`AgencyInput`, `HouseholdInput`,
 * `SponsorshipInput`): they are read as their schemas would parse them, without being
 * parsed. A field left out takes its schema's default (an agency's `active` is `true`);
 * regions are compared by their normalised names, the province by its Persian name (an
 * agency in `"Kerman"` and a household in `"کرمان"` share a province); national IDs in
 * Persian digits or with dashes are one family with the same ten Latin digits; days
 * (`since`, a sponsorship's `since` and `until`) may be written in Persian digits or without
 * zero padding, and come out canonical (`YYYY/MM/DD`).
 *
 * @param input - The agencies, the households and the existing sponsorships.
 * @param options - `since` (required), `perAgency`, `scope`, `preferSameDistrict`,
 *   `createId`, `need`.
 * @returns The sponsorships after the run, what was added, kept and released, the
 *   households left out with their reasons, every agency's fill and the totals.
 * @throws {@link PeygirError} `invalid_option` when `since` is not a Jalali date, `perAgency`
 *   is not a whole number from 0 to 2,147,483,647, `scope` is unknown, a need weight is
 *   invalid or `createId` returns an empty, repeated or taken id;
 *   `invalid_allocation_input` when the input is not an object, an id is missing, an agency
 *   id is repeated, a region has no province or one that is none of Iran's 31 (in Persian
 *   or English), a county or district is blank, a household lacks a field the allocator
 *   reads, a quota is not a whole number from 0 to 2,147,483,647, a need score is outside
 *   0–100, a household or sponsorship id is repeated, a sponsorship's `since` or `until` is
 *   not a Jalali date (or `until` comes before `since`), or a field the allocator reads has
 *   another type (an agency's `active` that is not a boolean, a county or district that is
 *   not text, a household status that is not one, a `monthlyIncome` or `members` that is not
 *   a number ≥ 0, a vulnerability or an excluded agency id that is not text, a sponsorship
 *   status that is neither `active` nor `ended`). Each issue has the path of the field and
 *   never its value.
 *
 * @example
 * ```ts
 * const region = { province: "کرمان", county: "شهربابک" };
 * const household = (id: string, nationalId: string, needScore: number) => ({
 *   id, head: { name: "—", nationalId }, members: 3, region, vulnerabilities: [],
 *   needScore, status: "verified" as const,
 * });
 * const result = allocateSponsorships(
 *   {
 *     agencies: [{ id: "a1", name: "بهزیستی", region, sponsorshipQuota: 1 }],
 *     households: [household("h1", "0000000019", 40), household("h2", "0000000027", 90)],
 *   },
 *   { since: "1403/01/15" },
 * );
 * result.added; // => [{ id: "sp-a1-h2", agencyId: "a1", householdId: "h2", since: "1403/01/15", status: "active" }]
 * result.unassigned; // => [{ householdId: "h1", reason: "no-capacity" }]
 * ```
 *
 * @category Allocation
 */
export function allocateSponsorships(
  input: AllocationInput,
  options: AllocateSponsorshipsOptions,
): AllocationResult {
  const settings = readAllocationOptions(options);
  if (typeof input !== "object" || input === null)
    throw invalidAllocationInput([
      { path: [], message: "must be an object with agencies and households" },
    ]);
  const { agencies, households } = input;
  const existing = input.existing ?? [];
  checkAllocationInput(agencies, households, existing);
  return withScratchMemory(
    scratchBytes(households.length, agencies.length, existing.length),
    (memory) => allocate(agencies, households, existing, settings, options.createId, memory),
  );
}

/**
 * The working memory {@link allocate} may take, in bytes: about 90 per household (124 when
 * the ids are not sorted, for the table that finds repeated ids), 90 per agency and 72 per
 * existing sponsorship (with the table that finds repeated sponsorship ids), with room for
 * the regions' small arrays.
 */
function scratchBytes(households: number, agencies: number, existing: number): number {
  return 128 * households + 96 * agencies + 72 * existing + 2 ** 20;
}

/** The allocation proper, on checked input, with its typed arrays taken from `memory`. */
function allocate(
  agencies: readonly AgencyInput[],
  households: readonly HouseholdInput[],
  existing: readonly SponsorshipInput[],
  settings: AllocationSettings,
  createId: AllocateSponsorshipsOptions["createId"],
  memory: TypedArrays,
): AllocationResult {
  // Read the entities once into flat arrays, with the checks that need a pass over them.
  // Regions: one cell per (province, county, district) seen; a cell belongs to one region.
  const cells = new CellTable(settings.scope);
  const issues: PeygirIssue[] = [];
  const agencyTable = readAgencies(agencies, cells, settings.perAgency, issues, memory);
  const active = indexActiveSponsorships(
    existing,
    agencyTable.index,
    agencyTable.idLengths,
    createId === undefined,
    issues,
    memory,
  );
  const householdTable = readHouseholds(
    households,
    cells,
    settings.weights,
    active,
    issues,
    memory,
  );
  if (issues.length > 0) throw invalidAllocationInput(issues);
  const duplicate = markDuplicateFamilies(
    households,
    householdTable.familyKey,
    householdTable.idOf,
    memory,
  );

  // By household: its agency (-1 for none), first from the kept sponsorships, then new ones.
  const agencyOf = memory.int32(households.length).fill(-1);
  const keptExisting = keepExistingSponsorships(
    households,
    active.entries,
    agencyTable,
    householdTable,
    duplicate,
    cells,
    agencyOf,
    memory,
  );

  const agencyGroups = groupAgenciesByRegion(agencyTable, cells, memory);
  const householdGroups = groupHouseholdsByRegion(
    householdTable,
    duplicate,
    agencyOf,
    agencyGroups.start,
    cells,
    memory,
  );
  const { regions, addedCount } = solveRegions({
    households,
    cells,
    preferSameDistrict: settings.preferSameDistrict,
    agencyTable,
    householdTable,
    agencyGroups,
    householdGroups,
    keptCount: keptExisting.count,
    agencyOf,
    memory,
  });

  const { sponsorships, added, kept, filled } = emitSponsorships({
    regions,
    addedCount,
    kept: keptExisting,
    agencyTable,
    householdIds: householdTable.ids,
    agencyOf,
    existing,
    takenDefaultIds: active.takenDefaultIds,
    since: settings.since,
    createId,
    memory,
  });
  const { unassigned, eligible, coveredNeed } = listUnassigned(
    householdTable,
    householdGroups.reason,
    agencyOf,
  );
  const { fills, slots } = listAgencyFills(agencyTable, agencyGroups.byId, filled);
  return {
    sponsorships,
    added,
    kept,
    released: keptExisting.released,
    unassigned,
    agencies: fills,
    summary: {
      households: households.length,
      eligible,
      assigned: sponsorships.length,
      unassigned: unassigned.length,
      slots,
      filled: sponsorships.length,
      coveredNeed: Math.round(coveredNeed * 100) / 100,
    },
  };
}
