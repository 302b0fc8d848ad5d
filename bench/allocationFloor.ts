/**
 * The floor of `allocateSponsorships` at scale: only the work that any allocator with its
 * API must do, with no optimisation at all. The scale run times it beside peygir, so that
 * the target (a ratio to a sort) can be read against what the API itself costs.
 *
 * It reads every field the allocator needs, with peygir's own readers (the id tables, the
 * region cells, the need score, the national-ID key); copies the given active sponsorships
 * (a result never shares objects with its input); places households on a round robin over
 * their cell's agencies, up to each quota (no need order, no optimum, no duplicate check, no
 * exclusions, no input checks); then makes what the result must hold: a sponsorship object
 * with a `sp-<agencyId>-<householdId>` id for every placed household, in two arrays (all
 * sponsorships and the added ones) in an order that does not depend on the input's (here by
 * agency), one fill row per agency and one row per household left out. Its typed arrays are
 * reused from run to run, as peygir's are.
 */

import type { AllocationInput } from "../src/allocation/index";
import { CellTable } from "../src/allocation/internal/CellTable";
import { nationalIdKey } from "../src/allocation/internal/NumberTable";
import { needScoreOf, resolveNeedWeights } from "../src/allocation/internal/needScore";
import type { Sponsorship } from "../src/entities/Sponsorship";
import { IdTable } from "../src/internal/IdTable";
import { type TypedArrays, withScratchMemory } from "../src/internal/ScratchMemory";

/** What the floor makes: as many objects as a real result, counted. */
export interface FloorResult {
  readonly sponsorships: number;
  readonly fills: number;
  readonly unassigned: number;
  /** The objects themselves, so that they are really made and held like a result. */
  readonly held: readonly unknown[];
}

const weights = resolveNeedWeights(undefined, "allocationFloor");
// Household statuses: open for a new sponsorship (1) or sponsored (2).
const STATUS: Readonly<Record<string, number>> = { identified: 1, verified: 1, sponsored: 2 };

/** Runs the floor on `input`; `since` is the new sponsorships' start date. */
export function allocationFloor(input: AllocationInput, since: string): FloorResult {
  const { agencies, households } = input;
  const bytes = 64 * households.length + 32 * agencies.length + 2 ** 20;
  return withScratchMemory(bytes, (memory) => floor(input, since, memory));
}

function floor(input: AllocationInput, since: string, memory: TypedArrays): FloorResult {
  const { agencies, households } = input;
  const existing = input.existing ?? [];
  const agencyCount = agencies.length;
  const householdCount = households.length;
  const cells = new CellTable("county");

  const agencyIds: string[] = new Array(agencyCount);
  const agencyIndex = new IdTable((a) => agencyIds[a] as string, agencyCount, memory);
  const agencyCell = memory.int32(agencyCount);
  const room = memory.int32(agencyCount);
  const quota = memory.int32(agencyCount);
  for (let a = 0; a < agencyCount; a++) {
    const agency = agencies[a];
    if (agency === undefined) continue;
    agencyIds[a] = agency.id;
    agencyIndex.add(a);
    agencyCell[a] = cells.of(agency.region);
    if (agency.active !== false) quota[a] = agency.sponsorshipQuota ?? 5;
  }
  room.set(quota);

  const copies: Sponsorship[] = [];
  const copyAgency: number[] = [];
  for (let i = 0; i < existing.length; i++) {
    const sponsorship = existing[i];
    if (sponsorship === undefined || sponsorship.status !== "active") continue;
    // No input checks: `since` is taken to be canonical already.
    copies.push({ ...sponsorship } as Sponsorship);
    copyAgency.push(agencyIndex.get(sponsorship.agencyId));
  }
  const byHousehold = new IdTable(
    (i) => (copies[i] as Sponsorship).householdId,
    copies.length,
    memory,
  );
  for (let i = 0; i < copies.length; i++) byHousehold.add(i);

  const householdIds: string[] = new Array(householdCount);
  const need = memory.float64(householdCount);
  const cell = memory.int32(householdCount);
  const familyKey = memory.float64(householdCount);
  const open = memory.uint8(householdCount);
  const excludes = memory.uint8(householdCount);
  const keptAgency = memory.int32(householdCount).fill(-1);
  for (let h = 0; h < householdCount; h++) {
    const household = households[h];
    if (household === undefined) continue;
    const id = household.id;
    householdIds[h] = id;
    need[h] = needScoreOf(
      household.members,
      household.vulnerabilities ?? [],
      household.monthlyIncome,
      household.needScore,
      weights,
    );
    cell[h] = cells.of(household.region);
    familyKey[h] = nationalIdKey(household.head.nationalId);
    const entry = byHousehold.get(id);
    if (entry >= 0) keptAgency[h] = copyAgency[entry] as number;
    const status = STATUS[household.status ?? "identified"] ?? 0;
    if (status === 1 || (status === 2 && entry >= 0)) open[h] = 1;
    if (household.excludedAgencyIds !== undefined && household.excludedAgencyIds.length > 0)
      excludes[h] = 1;
  }

  // A round robin over each cell's agencies.
  const cellCount = cells.cellCount;
  const cellStart = memory.int32(cellCount + 1);
  for (let a = 0; a < agencyCount; a++) {
    const c = (agencyCell[a] as number) + 1;
    cellStart[c] = (cellStart[c] as number) + 1;
  }
  for (let c = 0; c < cellCount; c++)
    cellStart[c + 1] = (cellStart[c + 1] as number) + (cellStart[c] as number);
  const cellNext = memory.int32(cellCount);
  cellNext.set(cellStart.subarray(0, cellCount));
  const cellAgencies = memory.int32(agencyCount);
  for (let a = 0; a < agencyCount; a++) {
    const c = agencyCell[a] as number;
    cellAgencies[cellNext[c] as number] = a;
    cellNext[c] = (cellNext[c] as number) + 1;
  }
  const turn = memory.int32(cellCount);
  const agencyOf = memory.int32(householdCount).fill(-1);
  for (let h = 0; h < householdCount; h++) {
    const kept = keptAgency[h] as number;
    if (kept >= 0 && (room[kept] as number) > 0) {
      agencyOf[h] = kept;
      room[kept] = (room[kept] as number) - 1;
      continue;
    }
    if (open[h] === 0) continue;
    const c = cell[h] as number;
    const first = cellStart[c] as number;
    const size = (cellStart[c + 1] as number) - first;
    for (let t = 0; t < size; t++) {
      const a = cellAgencies[first + (((turn[c] as number) + t) % size)] as number;
      if ((room[a] as number) > 0) {
        room[a] = (room[a] as number) - 1;
        agencyOf[h] = a;
        turn[c] = ((turn[c] as number) + t + 1) % size;
        break;
      }
    }
  }

  // Slots in an order that does not depend on the input order: by agency.
  const agencyStart = memory.int32(agencyCount + 1);
  let placed = 0;
  for (let h = 0; h < householdCount; h++) {
    const a = agencyOf[h] as number;
    if (a < 0) continue;
    agencyStart[a + 1] = (agencyStart[a + 1] as number) + 1;
    placed++;
  }
  for (let a = 0; a < agencyCount; a++)
    agencyStart[a + 1] = (agencyStart[a + 1] as number) + (agencyStart[a] as number);
  const agencyNext = memory.int32(agencyCount);
  agencyNext.set(agencyStart.subarray(0, agencyCount));

  const sponsorships: Sponsorship[] = new Array(placed);
  const added: Sponsorship[] = new Array(placed);
  const prefixes = agencyIds.map((agencyId) => `sp-${agencyId}-`);
  for (let h = 0; h < householdCount; h++) {
    const a = agencyOf[h] as number;
    if (a < 0) continue;
    const slot = agencyNext[a] as number;
    agencyNext[a] = slot + 1;
    const householdId = householdIds[h] as string;
    const sponsorship: Sponsorship = {
      id: (prefixes[a] as string) + householdId,
      agencyId: agencyIds[a] as string,
      householdId,
      since: since as Sponsorship["since"],
      status: "active",
    };
    sponsorships[slot] = sponsorship;
    added[slot] = sponsorship;
  }
  const fills = new Array(agencyCount);
  for (let a = 0; a < agencyCount; a++) {
    const q = quota[a] as number;
    const filled = q - (room[a] as number);
    fills[a] = { agencyId: agencyIds[a], quota: q, filled, shortfall: q - filled };
  }
  const unassigned: { householdId: string; reason: string }[] = [];
  for (let h = 0; h < householdCount; h++)
    if ((agencyOf[h] as number) < 0)
      unassigned.push({ householdId: householdIds[h] as string, reason: "no-capacity" });
  return {
    sponsorships: placed,
    fills: agencyCount,
    unassigned: unassigned.length,
    held: [sponsorships, added, fills, unassigned, copies],
  };
}
