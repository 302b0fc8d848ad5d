import type { TypedArrays } from "../../internal/ScratchMemory";
import { bucketCursors } from "./bucketCursors";
import type { CellTable } from "./CellTable";
import { DUPLICATE, NO_AGENCY, NOT_ELIGIBLE, PENDING } from "./householdStates";
import type { HouseholdTable } from "./readHouseholds";

/**
 * The households still to place grouped by region, and the state of every household.
 */
export interface HouseholdGroups {
  /** By household: its state (see householdStates.ts). */
  readonly reason: Uint8Array;
  /** By region: where its households start in `list` (one more entry at the end). */
  readonly start: Int32Array;
  /** Each region's households, in input order. */
  readonly list: Int32Array;
  /** By position in `list`: the household's need, cell and whether it excludes an agency. */
  readonly listNeed: Float64Array;
  readonly listCell: Int32Array;
  readonly listExcludes: Uint8Array;
  /** Whether every need in `listNeed` is a whole number of hundredths (as scoreNeed gives). */
  readonly wholeHundredths: boolean;
}

/**
 * Sorts out the households: duplicates, not eligible, kept (`agencyOf` set), no agency in
 * the region (by `agencyStart`), and the pending ones, grouped by region (counting sort).
 * What the solver reads of each pending household is copied next to it in the grouped
 * list, in one pass in input order, so each region is then solved from contiguous arrays.
 */
export function groupHouseholdsByRegion(
  householdTable: HouseholdTable,
  duplicate: Uint8Array,
  agencyOf: Int32Array,
  agencyStart: Int32Array,
  cells: CellTable,
  memory: TypedArrays,
): HouseholdGroups {
  const { need, cell, statusOk, excludes } = householdTable;
  const householdCount = need.length;
  const regionCount = cells.regionCount;
  const reason = memory.uint8(householdCount);
  const start = memory.int32(regionCount + 1);
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
  const next = bucketCursors(start, memory);
  const pendingCount = start[regionCount] as number;
  const list = memory.int32(pendingCount);
  const listNeed = memory.float64(pendingCount);
  const listCell = memory.int32(pendingCount);
  const listExcludes = memory.uint8(pendingCount);
  let wholeHundredths = true;
  for (let h = 0; h < householdCount; h++) {
    if (reason[h] !== PENDING) continue;
    const c = cell[h] as number;
    const r = cells.regionOf(c);
    const k = next[r] as number;
    next[r] = k + 1;
    const score = need[h] as number;
    list[k] = h;
    listNeed[k] = score;
    listCell[k] = c;
    listExcludes[k] = excludes[h] as number;
    if (wholeHundredths && Math.abs(score * 100 - Math.round(score * 100)) > 1e-6)
      wholeHundredths = false;
  }
  return { reason, start, list, listNeed, listCell, listExcludes, wholeHundredths };
}
