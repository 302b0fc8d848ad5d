import type { IdTable } from "../_lib/IdTable";
import type { Sponsorship } from "../entities/Sponsorship";

/**
 * The pairs whose default id `sp-<agencyId>-<householdId>` a given sponsorship (of any
 * status) already has: by agency index, the household ids taken.
 *
 * An id equals `sp-` + agency id + `-` + household id exactly when, for some `-` in it,
 * the part before is a known agency id and the part after is the household id. So each
 * given id is split at each of its dashes (where the part before has the length of some agency
 * id), and only splits naming a known agency are kept.
 * The new ids are then checked against these few household ids, not hashed one by one.
 * @internal
 */
export function findTakenDefaultIds(
  existing: readonly Sponsorship[],
  agencyIds: readonly string[],
  agencyIndex: IdTable,
): Map<number, Set<string>> {
  const taken = new Map<number, Set<string>>();
  if (existing.length === 0) return taken;
  // The lengths of the agency ids: a split whose agency part has another length is skipped.
  const lengths = new Set<number>();
  for (const agencyId of agencyIds) lengths.add(agencyId.length);
  for (const { id } of existing) {
    if (!id.startsWith("sp-")) continue;
    // An agency id is not empty, so its dash is at index 4 or later.
    for (let dash = id.indexOf("-", 4); dash >= 0; dash = id.indexOf("-", dash + 1)) {
      if (!lengths.has(dash - 3)) continue;
      const a = agencyIndex.get(id.slice(3, dash));
      if (a < 0) continue;
      let households = taken.get(a);
      if (households === undefined) {
        households = new Set();
        taken.set(a, households);
      }
      households.add(id.slice(dash + 1));
    }
  }
  return taken;
}
