import { IdTable } from "../_lib/IdTable";
import type { TypedArrays } from "../_lib/ScratchMemory";
import type { Sponsorship } from "../entities/Sponsorship";

/**
 * An existing active sponsorship with its agency and household indices (-1 if unknown).
 * @internal
 */
export interface ActiveSponsorship {
  readonly sponsorship: Sponsorship;
  readonly agency: number;
  /** Set when the households are read. */
  household: number;
}

/**
 * The existing active sponsorships, found by household id: a table of their ids, not of
 * the million households.
 * @internal
 */
export interface ActiveSponsorships {
  readonly entries: ActiveSponsorship[];
  /** Finds the first entry of a household id. */
  readonly byHousehold: IdTable;
  /** The next entry of the same household (-1 for none). */
  readonly sameHousehold: Int32Array;
}

/**
 * Indexes the `active` sponsorships of `existing` by household id.
 * @internal
 */
export function indexActiveSponsorships(
  existing: readonly Sponsorship[],
  agencyIndex: IdTable,
  memory: TypedArrays,
): ActiveSponsorships {
  const entries: ActiveSponsorship[] = [];
  for (const sponsorship of existing) {
    if (sponsorship.status !== "active") continue;
    entries.push({ sponsorship, agency: agencyIndex.get(sponsorship.agencyId), household: -1 });
  }
  const byHousehold = new IdTable(
    (i) => (entries[i] as ActiveSponsorship).sponsorship.householdId,
    entries.length,
    memory,
  );
  const sameHousehold = memory.int32(entries.length).fill(-1);
  for (let i = 0; i < entries.length; i++) {
    const first = byHousehold.add(i);
    if (first >= 0) {
      sameHousehold[i] = sameHousehold[first] as number;
      sameHousehold[first] = i;
    }
  }
  return { entries, byHousehold, sameHousehold };
}
