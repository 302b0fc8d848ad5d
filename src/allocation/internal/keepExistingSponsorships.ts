import type { HouseholdInput } from "../../entities/Household";
import type { Sponsorship } from "../../entities/Sponsorship";
import type { TypedArrays } from "../../internal/ScratchMemory";
import type { ReleasedSponsorship, ReleaseReason } from "../AllocationResult";
import { bucketCursors } from "./bucketCursors";
import type { CellTable } from "./CellTable";
import { orderByKey, sortByNeedThenId } from "./canonicalOrder";
import { compareStrings } from "./compareStrings";
import type { ActiveSponsorship } from "./indexActiveSponsorships";
import type { AgencyTable } from "./readAgencies";
import type { HouseholdTable } from "./readHouseholds";

/**
 * The existing sponsorships kept, by agency, and those released.
 */
export interface KeptSponsorships {
  /** Sorted by sponsorship id. */
  readonly released: ReleasedSponsorship[];
  /** By agency: how many sponsorships it keeps. */
  readonly count: Int32Array;
  /** By agency: where its kept sponsorships start in `byAgency` (one more entry at the end). */
  readonly start: Int32Array;
  /** Copies of the kept sponsorships, grouped by agency, each group by need descending. */
  readonly byAgency: Sponsorship[];
}

/**
 * Keeps the active sponsorships whose agency is active, household eligible, pair in scope
 * and not excluded: a household keeps at most one (the oldest), an agency at most its quota
 * (the neediest households first). Records each kept agency in `agencyOf`.
 */
export function keepExistingSponsorships(
  households: readonly HouseholdInput[],
  active: readonly ActiveSponsorship[],
  agencyTable: AgencyTable,
  householdTable: HouseholdTable,
  duplicate: Uint8Array,
  cells: CellTable,
  agencyOf: Int32Array,
  memory: TypedArrays,
): KeptSponsorships {
  const { quota, cell: agencyCell, active: agencyActive } = agencyTable;
  const { need, cell: householdCell, statusOk, excludes, idsSorted } = householdTable;
  const agencyCount = quota.length;
  const released: ReleasedSponsorship[] = [];
  const release = (sponsorship: Sponsorship, reason: ReleaseReason): void => {
    released.push({ sponsorship, reason });
  };
  const candidates: ActiveSponsorship[] = [];
  for (let e = 0; e < active.length; e++) {
    const entry = active[e] as ActiveSponsorship;
    const { sponsorship, agency: a, household: h } = entry;
    if (a < 0 || agencyActive[a] === 0) release(sponsorship, "agency-inactive");
    else if (h < 0 || duplicate[h] === 1 || statusOk[h] === 0)
      release(sponsorship, "household-ineligible");
    else if (cells.regionOf(agencyCell[a] as number) !== cells.regionOf(householdCell[h] as number))
      release(sponsorship, "out-of-scope");
    else if (
      excludes[h] === 1 &&
      (households[h] as HouseholdInput).excludedAgencyIds?.includes(sponsorship.agencyId)
    )
      release(sponsorship, "excluded");
    else candidates.push(entry);
  }
  const count = memory.int32(agencyCount);
  const keptEntries: ActiveSponsorship[] = [];
  const ordered = inCanonicalOrder(candidates, need, idsSorted);
  for (let c = 0; c < ordered.length; c++) {
    const entry = ordered[c] as ActiveSponsorship;
    const { sponsorship, agency: a, household: h } = entry;
    if (agencyOf[h] !== -1) release(sponsorship, "household-ineligible");
    else if ((count[a] as number) >= (quota[a] as number)) release(sponsorship, "over-quota");
    else {
      agencyOf[h] = a;
      count[a] = (count[a] as number) + 1;
      keptEntries.push(entry);
    }
  }
  released.sort((x, y) => compareStrings(x.sponsorship.id, y.sponsorship.id));
  // The candidates were visited in canonical order, so each agency's list is in it too.
  const start = memory.int32(agencyCount + 1);
  start.set(count, 1);
  const next = bucketCursors(start, memory);
  const byAgency: Sponsorship[] = new Array(keptEntries.length);
  for (let k = 0; k < keptEntries.length; k++) {
    const { sponsorship, agency: a } = keptEntries[k] as ActiveSponsorship;
    byAgency[next[a] as number] = sponsorship;
    next[a] = (next[a] as number) + 1;
  }
  return { released, count, start, byAgency };
}

/**
 * The candidates by need (descending), then household id, then the oldest sponsorship first
 * (since, then id). When the households come sorted by id, household indices give the id
 * order, so a numeric pre-sort spares the string comparisons.
 */
function inCanonicalOrder(
  candidates: readonly ActiveSponsorship[],
  need: Float64Array,
  idsSorted: boolean,
): ActiveSponsorship[] {
  const n = candidates.length;
  const candidateNeed = new Float64Array(n);
  for (let c = 0; c < n; c++)
    candidateNeed[c] = need[(candidates[c] as ActiveSponsorship).household] as number;
  // Sorted by household index, then position: the id order when the households are sorted.
  const items = idsSorted
    ? orderByKey(n, (c) => (candidates[c] as ActiveSponsorship).household)
    : Array.from({ length: n }, (_, c) => c);
  const householdIdOf = (c: number): string =>
    (candidates[c] as ActiveSponsorship).sponsorship.householdId;
  const sorted = sortByNeedThenId(items, candidateNeed, householdIdOf, idsSorted);
  const order: ActiveSponsorship[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = candidates[sorted[i] as number] as ActiveSponsorship;
  // A household with several candidates: its run is sorted by since, then id.
  for (let start = 0; start < n; ) {
    const household = (order[start] as ActiveSponsorship).household;
    let end = start + 1;
    while (end < n && (order[end] as ActiveSponsorship).household === household) end++;
    if (end - start > 1) {
      const run = order
        .slice(start, end)
        .sort(
          (x, y) =>
            compareStrings(x.sponsorship.since, y.sponsorship.since) ||
            compareStrings(x.sponsorship.id, y.sponsorship.id),
        );
      for (let i = start; i < end; i++) order[i] = run[i - start] as ActiveSponsorship;
    }
    start = end;
  }
  return order;
}
