import type { TypedArrays } from "../../internal/ScratchMemory";
import { bucketCursors } from "./bucketCursors";
import type { CellTable } from "./CellTable";
import { compareStrings } from "./compareStrings";
import type { AgencyTable } from "./readAgencies";

/**
 * The active agencies grouped by region, each group in id order.
 */
export interface AgencyGroups {
  /** By agency: its region. */
  readonly region: Int32Array;
  /** All agencies, active or not, in id order. */
  readonly byId: Int32Array;
  /** By region: where its agencies start in `list` (one more entry at the end). */
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/**
 * Groups the active agencies by region (a counting sort after one sort of all by id).
 */
export function groupAgenciesByRegion(
  agencyTable: AgencyTable,
  cells: CellTable,
  memory: TypedArrays,
): AgencyGroups {
  const { ids, idOf, cell, active } = agencyTable;
  const agencyCount = ids.length;
  const regionCount = cells.regionCount;
  const region = memory.int32(agencyCount);
  const start = memory.int32(regionCount + 1);
  for (let a = 0; a < agencyCount; a++) {
    const r = cells.regionOf(cell[a] as number);
    region[a] = r;
    if (active[a] === 1) start[r + 1] = (start[r + 1] as number) + 1;
  }
  const next = bucketCursors(start, memory);
  // One sort of all agencies by id; bucketing keeps that order inside each region.
  const byId = memory.int32(agencyCount);
  for (let a = 0; a < agencyCount; a++) byId[a] = a;
  if (!isSorted(ids)) byId.sort((x, y) => compareStrings(idOf(x), idOf(y)));
  const list = memory.int32(start[regionCount] as number);
  for (let i = 0; i < agencyCount; i++) {
    const a = byId[i] as number;
    if (active[a] === 0) continue;
    const r = region[a] as number;
    list[next[r] as number] = a;
    next[r] = (next[r] as number) + 1;
  }
  return { region, byId, start, list };
}

/** Whether the strings are in strictly ascending order. */
function isSorted(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++)
    if (!((ids[i - 1] as string) < (ids[i] as string))) return false;
  return true;
}
