import type { Sponsorship, SponsorshipInput } from "../../entities/Sponsorship";
import { PeygirError } from "../../errors/PeygirError";
import type { TypedArrays } from "../../internal/ScratchMemory";
import { bucketCursors } from "./bucketCursors";
import { findClashingAgencies } from "./findClashingAgencies";
import type { KeptSponsorships } from "./keepExistingSponsorships";
import type { AgencyTable } from "./readAgencies";
import type { SolvedRegion } from "./solveRegions";
import type { TakenDefaultIds } from "./TakenDefaultIds";

/**
 * The sponsorships after the run, with the agencies' fill.
 */
export interface EmittedSponsorships {
  readonly sponsorships: Sponsorship[];
  readonly added: Sponsorship[];
  readonly kept: Sponsorship[];
  /** By agency: its sponsorships after the run. */
  readonly filled: Int32Array;
}

/**
 * What {@link emitSponsorships} reads: the solved regions and the tables built so far.
 */
export interface EmitProblem {
  readonly regions: readonly SolvedRegion[];
  /** How many new sponsorships the regions make. */
  readonly addedCount: number;
  readonly kept: KeptSponsorships;
  readonly agencyTable: AgencyTable;
  readonly householdIds: readonly string[];
  /** By household: its agency after the run (-1 for none). */
  readonly agencyOf: Int32Array;
  readonly existing: readonly SponsorshipInput[];
  readonly takenDefaultIds: TakenDefaultIds;
  readonly since: Sponsorship["since"];
  readonly createId: ((agencyId: string, householdId: string) => string) | undefined;
  readonly memory: TypedArrays;
}

/**
 * Builds the sponsorships region by region (in the order solved): by agency id, kept ones
 * first, each by need. New ids come from `createId`, or by default
 * `sp-<agencyId>-<householdId>`, made unique against every id in `existing`.
 */
export function emitSponsorships(problem: EmitProblem): EmittedSponsorships {
  const { regions, addedCount, kept, agencyTable, householdIds, since, createId, memory } = problem;
  const { count: keptCount, start: keptStart, byAgency: keptByAgency } = kept;
  const agencyIds = agencyTable.ids;
  // The output arrays get their final size up front: growing million-element arrays
  // copies them over and over.
  const sponsorships: Sponsorship[] = new Array(keptByAgency.length + addedCount);
  const added: Sponsorship[] = new Array(addedCount);
  const keptList: Sponsorship[] = new Array(keptByAgency.length);
  const filled = memory.int32(agencyIds.length);
  // With default ids, the new sponsorships are first given their places, by household,
  // then made in household order (see makeDefaultSponsorships).
  const slotOf = createId === undefined ? memory.int32(householdIds.length).fill(-1) : undefined;
  const addedSlotOf = createId === undefined ? memory.int32(householdIds.length) : undefined;
  let nextSponsorship = 0;
  let nextAdded = 0;
  let nextKept = 0;
  // A callback's ids must be new: every given id, then every id it hands out.
  const usedIds =
    createId === undefined ? undefined : new Set(problem.existing.map((given) => given.id));
  const checkedId = (id: unknown): string => {
    if (typeof id !== "string" || id.length === 0 || usedIds?.has(id) === true)
      throw new PeygirError("invalid_option", "allocateSponsorships: createId gave a bad id", [
        { path: ["createId"], message: "must return a non-empty id that no sponsorship has" },
      ]);
    usedIds?.add(id);
    return id;
  };
  for (const { regionAgencies, placed } of regions) emitRegion(regionAgencies, placed);
  if (slotOf !== undefined && addedSlotOf !== undefined) {
    makeDefaultSponsorships(problem, { sponsorships, added, slotOf, addedSlotOf });
  }
  return { sponsorships, added, kept: keptList, filled };

  function emitRegion(regionAgencies: Int32Array, placed: SolvedRegion["placed"]): void {
    const m = regionAgencies.length;
    const start = memory.int32(m + 1);
    const order = placed?.order ?? [];
    const assigned = placed?.assigned ?? new Int32Array(0);
    for (let i = 0; i < order.length; i++) {
      const a = assigned[i] as number;
      if (a >= 0) start[a + 1] = (start[a + 1] as number) + 1;
    }
    const next = bucketCursors(start, memory);
    const byAgency = memory.int32(start[m] as number);
    for (let i = 0; i < order.length; i++) {
      const a = assigned[i] as number;
      if (a < 0) continue;
      byAgency[next[a] as number] = order[i] as number;
      next[a] = (next[a] as number) + 1;
    }
    for (let i = 0; i < m; i++) {
      const a = regionAgencies[i] as number;
      for (let k = keptStart[a] as number; k < (keptStart[a + 1] as number); k++) {
        const sponsorship = keptByAgency[k] as Sponsorship;
        keptList[nextKept++] = sponsorship;
        sponsorships[nextSponsorship++] = sponsorship;
      }
      const end = start[i + 1] as number;
      if (slotOf !== undefined && addedSlotOf !== undefined) {
        for (let k = start[i] as number; k < end; k++) {
          const h = byAgency[k] as number;
          slotOf[h] = nextSponsorship++;
          addedSlotOf[h] = nextAdded++;
        }
      } else if (createId !== undefined) {
        // A callback's ids are asked for in output order, which does not depend on the
        // order of the input arrays.
        const agencyId = agencyIds[a] as string;
        for (let k = start[i] as number; k < end; k++) {
          const householdId = householdIds[byAgency[k] as number] as string;
          const sponsorship = newSponsorship(
            checkedId(createId(agencyId, householdId)),
            agencyId,
            householdId,
            since,
          );
          added[nextAdded++] = sponsorship;
          sponsorships[nextSponsorship++] = sponsorship;
        }
      }
      filled[a] = (keptCount[a] as number) + end - (start[i] as number);
    }
  }
}

/** The output arrays and, by household, the places of its new sponsorship in them. */
interface Places {
  readonly sponsorships: Sponsorship[];
  readonly added: Sponsorship[];
  /** By household: the index of its new sponsorship in `sponsorships`, or -1. */
  readonly slotOf: Int32Array;
  /** By household: the index of its new sponsorship in `added`. */
  readonly addedSlotOf: Int32Array;
}

/**
 * Makes the new sponsorships with default ids, in household order: each id reads the
 * household's id string, and reading those in the order they were read in (and, usually,
 * made in) is several times faster than at random. Two kinds are set aside and made
 * afterwards, in output order, so that any counter does not depend on the input order: a
 * default id that a given sponsorship already has (ended ones too: a pair sponsored again),
 * the ids of agencies whose default ids can clash with another agency's (see
 * findClashingAgencies.ts) and, when either kind exists, the ids of households whose id has
 * an `@` (agency `a1` + household `h1@1403/01/15` reads like the date form of `a1` + `h1`).
 * Such an id, when already given or already used in this run, gets the start date, then a
 * counter. A date form cannot equal any other default id: the part after its last dash
 * has an `@`, and a default id's has one only when its household id has.
 */
function makeDefaultSponsorships(problem: EmitProblem, places: Places): void {
  const { agencyTable, householdIds, agencyOf, existing, takenDefaultIds, since } = problem;
  const { sponsorships, added, slotOf, addedSlotOf } = places;
  const { ids: agencyIds, index: agencyIndex, idLengths } = agencyTable;
  const clashing = findClashingAgencies(agencyIds, agencyIndex, idLengths);
  // Each agency's id prefix `sp-<agencyId>-`, built up front in agency order: the agency id
  // strings are then read in the order they lie in memory, not at random (about 100 ms less
  // at a million households).
  const prefixes = agencyIds.map((agencyId) => `sp-${agencyId}-`);
  // Date forms are made only for the two kinds above; without them no check is needed.
  const datedFormsPossible = clashing !== undefined || !takenDefaultIds.isEmpty;
  const setAside: number[] = [];
  for (let h = 0; h < householdIds.length; h++) {
    const slot = slotOf[h] as number;
    if (slot < 0) continue;
    const a = agencyOf[h] as number;
    const householdId = householdIds[h] as string;
    if (
      clashing?.[a] === 1 ||
      takenDefaultIds.has(a, householdId) ||
      (datedFormsPossible && householdId.includes("@"))
    ) {
      setAside.push(h);
      continue;
    }
    const sponsorship = newSponsorship(
      (prefixes[a] as string) + householdId,
      agencyIds[a] as string,
      householdId,
      since,
    );
    sponsorships[slot] = sponsorship;
    added[addedSlotOf[h] as number] = sponsorship;
  }
  if (setAside.length === 0) return;
  // Every given id, then every id this pass hands out.
  const usedIds = new Set(existing.map((sponsorship) => sponsorship.id));
  setAside.sort((x, y) => (slotOf[x] as number) - (slotOf[y] as number));
  for (const h of setAside) {
    const agencyId = agencyIds[agencyOf[h] as number] as string;
    const householdId = householdIds[h] as string;
    let id = `sp-${agencyId}-${householdId}`;
    if (usedIds.has(id)) id = freshId(id, since, usedIds);
    else usedIds.add(id);
    const sponsorship = newSponsorship(id, agencyId, householdId, since);
    sponsorships[slotOf[h] as number] = sponsorship;
    added[addedSlotOf[h] as number] = sponsorship;
  }
}

/** A new active sponsorship. */
function newSponsorship(
  id: string,
  agencyId: string,
  householdId: string,
  since: Sponsorship["since"],
): Sponsorship {
  return { id, agencyId, householdId, since, status: "active" };
}

/**
 * A default id already taken (by a given sponsorship or one made earlier in the run), made
 * unique with the start date (`sp-a1-h2@1403/01/15`), then a counter (`…#2`); the new id is
 * recorded as taken.
 */
function freshId(id: string, since: string, taken: Set<string>): string {
  let fresh = `${id}@${since}`;
  for (let n = 2; taken.has(fresh); n++) fresh = `${id}@${since}#${n}`;
  taken.add(fresh);
  return fresh;
}
