import type { IdTable } from "../_lib/IdTable";

/**
 * The pairs whose default id `sp-<agencyId>-<householdId>` a given sponsorship (of any
 * status) already has: by agency index, the household ids taken.
 *
 * An id equals `sp-` + agency id + `-` + household id exactly when, for some `-` in it,
 * the part before is a known agency id and the part after is the household id. So each
 * given id is split at each of its dashes (where the part before has the length of some
 * agency id), and only the splits naming a known agency are kept. A new pair is then looked
 * up only when its agency has such a split, instead of hashing every new id.
 * @internal
 */
export class TakenDefaultIds {
  /** By agency index: the household ids whose default id with that agency is taken. */
  private readonly byAgency = new Map<number, Set<string>>();
  /**
   * @param agencyIndex - Finds an agency by id.
   * @param lengths - The lengths of the agency ids: a split whose agency part has another
   *   length is skipped.
   */
  constructor(
    private readonly agencyIndex: IdTable,
    private readonly lengths: ReadonlySet<number>,
  ) {}

  /** Records the pairs whose default id is `id`. */
  add(id: string): void {
    if (!id.startsWith("sp-")) return;
    // An agency id is not empty, so its dash is at index 4 or later.
    for (let dash = id.indexOf("-", 4); dash >= 0; dash = id.indexOf("-", dash + 1)) {
      if (!this.lengths.has(dash - 3)) continue;
      const a = this.agencyIndex.get(id.slice(3, dash));
      if (a < 0) continue;
      let households = this.byAgency.get(a);
      if (households === undefined) {
        households = new Set();
        this.byAgency.set(a, households);
      }
      households.add(id.slice(dash + 1));
    }
  }

  /** Whether no default id is taken at all. */
  get isEmpty(): boolean {
    return this.byAgency.size === 0;
  }

  /** Whether the default id of agency `a` and this household is taken. */
  has(a: number, householdId: string): boolean {
    return !this.isEmpty && this.byAgency.get(a)?.has(householdId) === true;
  }
}
