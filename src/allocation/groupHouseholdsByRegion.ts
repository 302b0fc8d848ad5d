import type { CellTable } from "./CellTable";
import { canonicalOrder } from "./canonicalOrder";
import { DUPLICATE, NO_AGENCY, NOT_ELIGIBLE, PENDING } from "./householdStates";
import type { HouseholdTable } from "./readHouseholds";

/**
 * The households still to place grouped by region, and the state of every household.
 * @internal
 */
export interface HouseholdGroups {
  /** By household: its state (see householdStates.ts). */
  readonly reason: Uint8Array;
  /** By region: where its households start in `list` (one more entry at the end). */
  readonly start: Int32Array;
  /** Each region's households, in canonical order when `canonical` is set. */
  readonly list: Int32Array;
  /** All pending households in canonical order, when a counting sort could find it. */
  readonly canonical: Int32Array | undefined;
}

/**
 * Sorts out the households: duplicates, not eligible, kept (`agencyOf` set), no agency in
 * the region (by `agencyStart`), and the pending ones, grouped by region (counting sort).
 * @internal
 */
export function groupHouseholdsByRegion(
  householdTable: HouseholdTable,
  duplicate: Uint8Array,
  agencyOf: Int32Array,
  agencyStart: Int32Array,
  cells: CellTable,
): HouseholdGroups {
  const { need, cell, statusOk, idsSorted } = householdTable;
  const householdCount = need.length;
  const regionCount = cells.regionCount;
  const reason = new Uint8Array(householdCount);
  const start = new Int32Array(regionCount + 1);
  for (let h = 0; h < householdCount; h++) {
    if (duplicate[h] === 1) reason[h] = DUPLICATE;
    else if (statusOk[h] === 0) reason[h] = NOT_ELIGIBLE;
    else if (agencyOf[h] === -1) {
      const r = cells.regionOf(cell[h] as number);
      if (agencyStart[r] === agencyStart[r + 1]) reason[h] = NO_AGENCY;
      else {
        reason[h] = PENDING;
        start[r + 1] = (start[r + 1] as number) + 1;
      }
    }
  }
  for (let r = 0; r < regionCount; r++)
    start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const list = new Int32Array(start[regionCount] as number);
  // When the households come sorted by id and every need is a whole number of hundredths
  // (as scoreNeed gives), a stable counting sort by need puts each region's list in
  // canonical order with no comparisons; otherwise each region is sorted on its own.
  const canonical = idsSorted ? canonicalOrder(need, reason) : undefined;
  const next = start.slice(0, regionCount);
  const count = canonical?.length ?? householdCount;
  for (let i = 0; i < count; i++) {
    const h = canonical === undefined ? i : (canonical[i] as number);
    if (reason[h] !== PENDING) continue;
    const r = cells.regionOf(cell[h] as number);
    list[next[r] as number] = h;
    next[r] = (next[r] as number) + 1;
  }
  return { reason, start, list, canonical };
}
