import type { Sponsorship } from "../entities/Sponsorship";
import type { JalaliDate } from "../jalali/JalaliDate";
import type { KeptSponsorships } from "./keepExistingSponsorships";
import type { SolvedRegion } from "./solveRegions";

/**
 * The sponsorships after the run, with the agencies' fill.
 * @internal
 */
export interface EmittedSponsorships {
  readonly sponsorships: Sponsorship[];
  readonly added: Sponsorship[];
  readonly kept: Sponsorship[];
  /** By agency: its sponsorships after the run. */
  readonly filled: Int32Array;
}

/**
 * Builds the sponsorships region by region (in the order solved): by agency id, kept ones
 * first, each by need. New ids come from `createId`, or by default
 * `sp-<agencyId>-<householdId>`, made unique against every id in `existing`.
 * @internal
 */
export function emitSponsorships(
  regions: readonly SolvedRegion[],
  addedCount: number,
  kept: KeptSponsorships,
  agencyIds: readonly string[],
  householdIds: readonly string[],
  existing: readonly Sponsorship[],
  since: JalaliDate,
  createId: ((agencyId: string, householdId: string) => string) | undefined,
): EmittedSponsorships {
  const { count: keptCount, start: keptStart, byAgency: keptByAgency } = kept;
  // The ids of all given sponsorships, ended ones too: a new default id must not repeat one
  // (a pair sponsored again after an earlier sponsorship ended).
  const takenIds = new Set<string>();
  if (createId === undefined) for (const sponsorship of existing) takenIds.add(sponsorship.id);
  // The output arrays get their final size up front: growing million-element arrays
  // copies them over and over.
  const sponsorships: Sponsorship[] = new Array(keptByAgency.length + addedCount);
  const added: Sponsorship[] = new Array(addedCount);
  const keptList: Sponsorship[] = new Array(keptByAgency.length);
  const filled = new Int32Array(agencyIds.length);
  let nextSponsorship = 0;
  let nextAdded = 0;
  let nextKept = 0;
  for (const { regionAgencies, placed } of regions) emitRegion(regionAgencies, placed);
  return { sponsorships, added, kept: keptList, filled };

  function emitRegion(regionAgencies: readonly number[], placed: SolvedRegion["placed"]): void {
    const m = regionAgencies.length;
    const start = new Int32Array(m + 1);
    const order = placed?.order ?? [];
    const assigned = placed?.assigned ?? new Int32Array(0);
    for (let i = 0; i < order.length; i++) {
      const a = assigned[i] as number;
      if (a >= 0) start[a + 1] = (start[a + 1] as number) + 1;
    }
    for (let i = 0; i < m; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
    const byAgency = new Int32Array(start[m] as number);
    const next = start.slice(0, m);
    for (let i = 0; i < order.length; i++) {
      const a = assigned[i] as number;
      if (a < 0) continue;
      byAgency[next[a] as number] = order[i] as number;
      next[a] = (next[a] as number) + 1;
    }
    for (let i = 0; i < m; i++) {
      const a = regionAgencies[i] as number;
      const agencyId = agencyIds[a] as string;
      // The default id's prefix is built once per agency.
      const prefix = createId !== undefined ? "" : `sp-${agencyId}-`;
      for (let k = keptStart[a] as number; k < (keptStart[a + 1] as number); k++) {
        const sponsorship = keptByAgency[k] as Sponsorship;
        keptList[nextKept++] = sponsorship;
        sponsorships[nextSponsorship++] = sponsorship;
      }
      const end = start[i + 1] as number;
      for (let k = start[i] as number; k < end; k++) {
        const householdId = householdIds[byAgency[k] as number] as string;
        let id = createId !== undefined ? createId(agencyId, householdId) : prefix + householdId;
        if (createId === undefined && takenIds.has(id)) id = freshId(id, since, takenIds);
        const sponsorship: Sponsorship = {
          id,
          agencyId,
          householdId,
          since,
          status: "active",
        };
        added[nextAdded++] = sponsorship;
        sponsorships[nextSponsorship++] = sponsorship;
      }
      filled[a] = (keptCount[a] as number) + (start[i + 1] as number) - (start[i] as number);
    }
  }
}

/**
 * A default id already taken by a given sponsorship, made unique with the start date
 * (`sp-a1-h2@1403/01/15`), then a counter (`…#2`); the new id is recorded as taken.
 */
function freshId(id: string, since: string, taken: Set<string>): string {
  let fresh = `${id}@${since}`;
  for (let n = 2; taken.has(fresh); n++) fresh = `${id}@${since}#${n}`;
  taken.add(fresh);
  return fresh;
}
