import type { UnassignedHousehold, UnassignedReason } from "../AllocationResult";
import { compareStrings } from "./compareStrings";
import { DUPLICATE, NOT_ELIGIBLE, REASONS } from "./householdStates";
import type { HouseholdTable } from "./readHouseholds";

/**
 * Lists the households left out, sorted by id, with their reasons; counts the eligible
 * households and sums the need covered.
 */
export function listUnassigned(
  householdTable: HouseholdTable,
  reason: Uint8Array,
  agencyOf: Int32Array,
): { unassigned: UnassignedHousehold[]; eligible: number; coveredNeed: number } {
  const { idOf, need, idsSorted } = householdTable;
  const unassigned: UnassignedHousehold[] = [];
  let eligible = 0;
  let coveredNeed = 0;
  for (let h = 0; h < need.length; h++) {
    const code = reason[h] as number;
    if (code !== DUPLICATE && code !== NOT_ELIGIBLE) eligible++;
    if ((agencyOf[h] as number) >= 0) coveredNeed += need[h] as number;
    else unassigned.push({ householdId: idOf(h), reason: REASONS[code] as UnassignedReason });
  }
  // Households are visited by index: when the input is sorted by id, so is `unassigned`.
  if (!idsSorted) unassigned.sort((x, y) => compareStrings(x.householdId, y.householdId));
  return { unassigned, eligible, coveredNeed };
}
