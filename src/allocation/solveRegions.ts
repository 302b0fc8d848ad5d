import type { Household } from "../entities/Household";
import type { CellTable } from "./CellTable";
import { sortByNeedThenId } from "./canonicalOrder";
import type { AgencyGroups } from "./groupAgenciesByRegion";
import type { HouseholdGroups } from "./groupHouseholdsByRegion";
import { ASSIGNED, NO_AGENCY, NO_CAPACITY } from "./householdStates";
import type { AgencyTable } from "./readAgencies";
import type { HouseholdTable } from "./readHouseholds";
import { solveRegion } from "./solveRegion";

/**
 * What {@link solveRegions} reads: the tables built so far, passed once.
 * @internal
 */
export interface RegionsProblem {
  readonly households: readonly Household[];
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
}

/**
 * One region solved: its active agencies in id order and, when it had households to place,
 * those households in canonical order with the local agency of each (-1 for none).
 * @internal
 */
export interface SolvedRegion {
  readonly regionAgencies: readonly number[];
  readonly placed: { readonly order: ArrayLike<number>; readonly assigned: Int32Array } | undefined;
}

/**
 * Solves every region with {@link solveRegion}, in region key order.
 * @returns The regions solved and how many new sponsorships they make.
 * @internal
 */
export function solveRegions(problem: RegionsProblem): {
  regions: SolvedRegion[];
  addedCount: number;
} {
  const { households, cells, preferSameDistrict, keptCount, agencyOf } = problem;
  const { index: agencyIndex, quota, cell: agencyCell, active: agencyActive } = problem.agencyTable;
  const { idOf: householdIdOf, need, cell: householdCell, excludes } = problem.householdTable;
  const { region: agencyRegion, start: agencyStart, list: agencyList } = problem.agencyGroups;
  const { reason, start: householdStart, list: householdList, canonical } = problem.householdGroups;
  const localOf = new Int32Array(agencyRegion.length).fill(-1);
  // Each cell's local district in the region being solved (-1 outside it).
  const cellDistrict = new Int32Array(cells.cellCount).fill(-1);
  const touched: number[] = [];
  const regions: SolvedRegion[] = [];
  let addedCount = 0;
  for (const r of cells.regionsInOrder()) {
    const regionAgencies = Array.from(
      agencyList.subarray(agencyStart[r] as number, agencyStart[r + 1] as number),
    );
    for (let i = 0; i < regionAgencies.length; i++) localOf[regionAgencies[i] as number] = i;
    const list = householdList.subarray(
      householdStart[r] as number,
      householdStart[r + 1] as number,
    );
    const placed = list.length > 0 ? solveOneRegion(r, regionAgencies, list) : undefined;
    regions.push({ regionAgencies, placed });
    if (placed !== undefined) {
      for (const a of placed.assigned) if (a >= 0) addedCount++;
    }
    for (const cell of touched) cellDistrict[cell] = -1;
    touched.length = 0;
  }
  return { regions, addedCount };

  function solveOneRegion(
    region: number,
    regionAgencies: number[],
    list: Int32Array,
  ): SolvedRegion["placed"] {
    const m = regionAgencies.length;
    // Households that exclude every agency of the region have no agency in scope.
    const excludedOf = new Map<number, Int32Array>();
    const placeable = new Int32Array(list.length);
    let placeableCount = 0;
    for (let k = 0; k < list.length; k++) {
      const h = list[k] as number;
      const ids = excludes[h] === 1 ? (households[h] as Household).excludedAgencyIds : undefined;
      if (ids !== undefined) {
        const found = new Set<number>();
        for (const id of ids) {
          const a = agencyIndex.get(id);
          if (a >= 0 && agencyActive[a] === 1 && agencyRegion[a] === region)
            found.add(localOf[a] as number);
        }
        if (found.size >= m) {
          reason[h] = NO_AGENCY;
          continue;
        }
        if (found.size > 0) excludedOf.set(h, Int32Array.from(found).sort());
      }
      placeable[placeableCount++] = h;
    }
    const inOrder = placeable.subarray(0, placeableCount);
    const order =
      canonical === undefined ? sortByNeedThenId(inOrder, need, householdIdOf) : inOrder;

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
    const localNeed = new Float64Array(n);
    const householdDistrict = new Int32Array(n);
    const excluded = new Map<number, Int32Array>();
    for (let i = 0; i < n; i++) {
      const h = order[i] as number;
      localNeed[i] = need[h] as number;
      householdDistrict[i] = preferSameDistrict
        ? (cellDistrict[householdCell[h] as number] as number)
        : 0;
      const list = excludedOf.get(h);
      if (list !== undefined) excluded.set(i, list);
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
    });
    for (let i = 0; i < n; i++) {
      const h = order[i] as number;
      const a = assigned[i] as number;
      if (a >= 0) {
        agencyOf[h] = regionAgencies[a] as number;
        reason[h] = ASSIGNED;
      } else reason[h] = NO_CAPACITY;
    }
    return { order, assigned };
  }
}
