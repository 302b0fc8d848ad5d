import type { HouseholdInput } from "../../entities/Household";
import type { TypedArrays } from "../../internal/ScratchMemory";
import type { CellTable } from "./CellTable";
import { canonicalPositions, canonicalScratch } from "./canonicalOrder";
import type { AgencyGroups } from "./groupAgenciesByRegion";
import type { HouseholdGroups } from "./groupHouseholdsByRegion";
import { ASSIGNED, NO_AGENCY, NO_CAPACITY } from "./householdStates";
import type { AgencyTable } from "./readAgencies";
import type { HouseholdTable } from "./readHouseholds";
import { solveRegion } from "./solveRegion";

/**
 * What {@link solveRegions} reads: the tables built so far, passed once.
 */
export interface RegionsProblem {
  readonly households: readonly HouseholdInput[];
  readonly cells: CellTable;
  readonly preferSameDistrict: boolean;
  readonly agencyTable: AgencyTable;
  readonly householdTable: HouseholdTable;
  readonly agencyGroups: AgencyGroups;
  /** Its `reason` is updated: assigned, no agency in scope or no capacity. */
  readonly householdGroups: HouseholdGroups;
  /** By agency: how many sponsorships it keeps. */
  readonly keptCount: Int32Array;
  /** By household: its agency (-1 for none); the new ones are added. */
  readonly agencyOf: Int32Array;
  /** Where the working arrays come from. */
  readonly memory: TypedArrays;
}

/**
 * One region solved: its active agencies in id order and, when it had households to place,
 * those households in canonical order with the local agency of each (-1 for none).
 */
export interface SolvedRegion {
  readonly regionAgencies: Int32Array;
  readonly placed: { readonly order: ArrayLike<number>; readonly assigned: Int32Array } | undefined;
}

/**
 * Solves every region with {@link solveRegion}, in region key order.
 * @returns The regions solved and how many new sponsorships they make.
 */
export function solveRegions(problem: RegionsProblem): {
  regions: SolvedRegion[];
  addedCount: number;
} {
  const { households, cells, preferSameDistrict, keptCount, agencyOf, memory } = problem;
  const { index: agencyIndex, quota, cell: agencyCell, active: agencyActive } = problem.agencyTable;
  const { idOf: householdIdOf, idsSorted } = problem.householdTable;
  const { region: agencyRegion, start: agencyStart, list: agencyList } = problem.agencyGroups;
  const {
    reason,
    start: householdStart,
    list,
    listNeed,
    listCell,
    listExcludes,
    wholeHundredths,
  } = problem.householdGroups;
  const idOfPosition = (k: number): string => householdIdOf(list[k] as number);
  const localOf = memory.int32(agencyRegion.length).fill(-1);
  // Each cell's local district in the region being solved (-1 outside it).
  const cellDistrict = memory.int32(cells.cellCount).fill(-1);
  const touched: number[] = [];
  // Buffers for one region at a time, as long as the largest region: fresh arrays for
  // every region would add up to tens of megabytes, and external memory on that scale
  // makes V8 run a full collection of the caller's whole heap.
  let largest = 0;
  for (let r = 0; r < cells.regionCount; r++)
    largest = Math.max(largest, (householdStart[r + 1] as number) - (householdStart[r] as number));
  const scratchPositions = memory.int32(largest);
  const scratchNeed = memory.float64(largest);
  const scratchDistrict = memory.int32(largest);
  const scratch = canonicalScratch(largest, memory);
  const regions: SolvedRegion[] = [];
  let addedCount = 0;
  for (const r of cells.regionsInOrder()) {
    // A view, not a copy: `agencyList` lives as long as the regions do.
    const regionAgencies = agencyList.subarray(
      agencyStart[r] as number,
      agencyStart[r + 1] as number,
    );
    for (let i = 0; i < regionAgencies.length; i++) localOf[regionAgencies[i] as number] = i;
    const from = householdStart[r] as number;
    const to = householdStart[r + 1] as number;
    const placed = to > from ? solveOneRegion(r, regionAgencies, from, to) : undefined;
    regions.push({ regionAgencies, placed });
    if (placed !== undefined) {
      const { assigned } = placed;
      for (let i = 0; i < assigned.length; i++) if ((assigned[i] as number) >= 0) addedCount++;
    }
    for (const cell of touched) cellDistrict[cell] = -1;
    touched.length = 0;
  }
  return { regions, addedCount };

  /** Solves the region's households, at positions `from` to `to` of the grouped list. */
  function solveOneRegion(
    region: number,
    regionAgencies: Int32Array,
    from: number,
    to: number,
  ): SolvedRegion["placed"] {
    const m = regionAgencies.length;
    // Households that exclude every agency of the region have no agency in scope.
    const excludedOf = new Map<number, Int32Array>();
    const placeable = scratchPositions;
    let placeableCount = 0;
    for (let k = from; k < to; k++) {
      if (listExcludes[k] === 1) {
        const h = list[k] as number;
        const found = new Set<number>();
        for (const id of (households[h] as HouseholdInput).excludedAgencyIds ?? []) {
          const a = agencyIndex.get(id);
          if (a >= 0 && agencyActive[a] === 1 && agencyRegion[a] === region)
            found.add(localOf[a] as number);
        }
        if (found.size >= m) {
          reason[h] = NO_AGENCY;
          continue;
        }
        if (found.size > 0) excludedOf.set(k, Int32Array.from(found).sort());
      }
      placeable[placeableCount++] = k;
    }
    const order = canonicalPositions(
      placeable.subarray(0, placeableCount),
      listNeed,
      wholeHundredths,
      idOfPosition,
      idsSorted,
      scratch,
    );

    // Districts: the cells of the region's agencies that name a district, plus one pool for
    // agencies without a district (no household is "in" it).
    const agencyDistrict = new Int32Array(m);
    let districtCount = 0;
    let noDistrict = -1;
    for (let i = 0; i < m; i++) {
      const cell = agencyCell[regionAgencies[i] as number] as number;
      let d = 0;
      if (!preferSameDistrict) d = 0;
      else if (!cells.hasDistrict(cell)) {
        if (noDistrict < 0) noDistrict = districtCount++;
        d = noDistrict;
      } else {
        const known = cellDistrict[cell] as number;
        d = known >= 0 ? known : districtCount++;
        if (known < 0) {
          cellDistrict[cell] = d;
          touched.push(cell);
        }
      }
      agencyDistrict[i] = d;
    }
    if (!preferSameDistrict) districtCount = 1;
    const n = order.length;
    const placedHouseholds = memory.int32(n);
    const localNeed = scratchNeed.subarray(0, n);
    const householdDistrict = scratchDistrict.subarray(0, n);
    const excluded = new Map<number, Int32Array>();
    for (let i = 0; i < n; i++) {
      const k = order[i] as number;
      placedHouseholds[i] = list[k] as number;
      localNeed[i] = listNeed[k] as number;
      householdDistrict[i] = preferSameDistrict
        ? (cellDistrict[listCell[k] as number] as number)
        : 0;
      if (listExcludes[k] === 1) {
        const agencies = excludedOf.get(k);
        if (agencies !== undefined) excluded.set(i, agencies);
      }
    }
    const agencyRoom = new Int32Array(m);
    const agencyKept = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const a = regionAgencies[i] as number;
      agencyKept[i] = keptCount[a] as number;
      agencyRoom[i] = (quota[a] as number) - (keptCount[a] as number);
    }
    const assigned = solveRegion({
      agencyRoom,
      agencyKept,
      agencyDistrict,
      districtCount,
      need: localNeed,
      householdDistrict,
      excluded,
      memory,
    });
    for (let i = 0; i < n; i++) {
      const h = placedHouseholds[i] as number;
      const a = assigned[i] as number;
      if (a >= 0) {
        agencyOf[h] = regionAgencies[a] as number;
        reason[h] = ASSIGNED;
      } else reason[h] = NO_CAPACITY;
    }
    return { order: placedHouseholds, assigned };
  }
}
