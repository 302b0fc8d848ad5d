import type { IdTable } from "../../internal/IdTable";

/**
 * The agencies whose default sponsorship ids can clash with another agency's.
 *
 * `sp-<X>-<Y>` equals `sp-<X'>-<Y'>` for two different agencies only when one id extends the
 * other past a dash: `X' = X-Z`, and then `Y = Z-Y'` (agency `a` with household `b-c`, agency
 * `a-b` with household `c`: both `sp-a-b-c`). So an agency id is split at each of its dashes
 * (where the part before has the length of some agency id), and when the part before names
 * another agency, both are flagged. Ids without such a pair, the usual case, cannot clash.
 * @param lengths - The lengths of the agency ids.
 * @returns By agency, 1 when its default ids can clash; `undefined` when none can.
 */
export function findClashingAgencies(
  agencyIds: readonly string[],
  agencyIndex: IdTable,
  lengths: ReadonlySet<number>,
): Uint8Array | undefined {
  let clashing: Uint8Array | undefined;
  for (let a = 0; a < agencyIds.length; a++) {
    const id = agencyIds[a] as string;
    // An agency id is not empty, so a dash after a shorter one is at index 1 or later.
    for (let dash = id.indexOf("-", 1); dash >= 0; dash = id.indexOf("-", dash + 1)) {
      if (!lengths.has(dash)) continue;
      const shorter = agencyIndex.get(id.slice(0, dash));
      if (shorter < 0) continue;
      clashing ??= new Uint8Array(agencyIds.length);
      clashing[shorter] = 1;
      clashing[a] = 1;
    }
  }
  return clashing;
}
