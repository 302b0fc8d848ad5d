/**
 * The canonical order of households: need descending, then id ascending. The solver breaks
 * its ties by it, so the result does not depend on the order of the input arrays.
 *
 * @packageDocumentation
 */
import type { TypedArrays } from "../../internal/ScratchMemory";
import { compareStrings } from "./compareStrings";

/** Buckets of need in hundredths: 0 for need 100, 10,000 for need 0. */
const BUCKETS = 10_001;

/**
 * Reusable buffers for {@link canonicalPositions}: `out` as long as the largest region,
 * `counts` of {@link canonicalScratch}'s fixed size.
 */
export interface CanonicalScratch {
  readonly out: Int32Array;
  readonly counts: Int32Array;
}

/**
 * Buffers for {@link canonicalPositions} on regions of up to `size` households.
 */
export function canonicalScratch(size: number, memory: TypedArrays): CanonicalScratch {
  return { out: memory.int32(size), counts: memory.int32(BUCKETS + 1) };
}

/**
 * A region's households in canonical order, given as positions in the grouped list (see
 * groupHouseholdsByRegion.ts). When every need is a whole number of hundredths, a stable
 * counting sort by need does the bulk of the work; `positions` ascend, which is id order
 * when `inIdOrder`, and otherwise each run of equal need is then sorted by id. Other needs
 * are replaced by their ranks (see {@link sortByNeedThenId}). The result may be a view of
 * `scratch.out`, valid until the next call.
 * @param need - By position: the need.
 * @param idOf - The household id at a position.
 */
export function canonicalPositions(
  positions: Int32Array,
  need: Float64Array,
  wholeHundredths: boolean,
  idOf: (position: number) => string,
  inIdOrder: boolean,
  scratch: CanonicalScratch,
): ArrayLike<number> {
  if (!wholeHundredths) return sortByNeedThenId(positions, need, idOf, inIdOrder);
  const n = positions.length;
  const out = scratch.out.subarray(0, n);
  const bucketOf = (p: number): number => 10_000 - Math.round((need[p] as number) * 100);
  if (n * 8 < BUCKETS) {
    // Few households: a numeric sort of (bucket, index) beats a pass over every bucket.
    const order = orderByKey(n, (i) => bucketOf(positions[i] as number));
    for (let i = 0; i < n; i++) out[i] = positions[order[i] as number] as number;
  } else countingSort(positions, bucketOf, scratch.counts, out);
  if (!inIdOrder) sortRunsById(out, bucketOf, idOf);
  return out;
}

/** Sorts `positions` into `out` by bucket (0 to 10,000), stably. */
function countingSort(
  positions: Int32Array,
  bucketOf: (position: number) => number,
  counts: Int32Array,
  out: Int32Array,
): void {
  const n = positions.length;
  const start = counts.fill(0);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(positions[i] as number);
    start[b + 1] = (start[b + 1] as number) + 1;
  }
  for (let b = 0; b < BUCKETS; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  for (let i = 0; i < n; i++) {
    const p = positions[i] as number;
    const b = bucketOf(p);
    out[start[b] as number] = p;
    start[b] = (start[b] as number) + 1;
  }
}

/**
 * The indices `0 … n-1` sorted by `keyOf` (whole numbers ≥ 0), then by index. Key and index
 * are packed into one number (`key · n + index`, exact below 2^53), so the work is one native
 * numeric sort.
 */
export function orderByKey(n: number, keyOf: (index: number) => number): Int32Array {
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = keyOf(i) * n + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % n;
  return order;
}

/** Sorts each run of items with an equal key in `order` by id. */
function sortRunsById(
  order: Int32Array,
  keyOf: (item: number) => number,
  idOf: (item: number) => string,
): void {
  const byId = (x: number, y: number): number => compareStrings(idOf(x), idOf(y));
  for (let start = 0; start < order.length; ) {
    const key = keyOf(order[start] as number);
    let end = start + 1;
    while (end < order.length && keyOf(order[end] as number) === key) end++;
    if (end - start > 1) order.subarray(start, end).sort(byId);
    start = end;
  }
}

/**
 * Sorts households into canonical order. Needs are replaced by their ranks, so the bulk of
 * the work is a native numeric sort ({@link orderByKey}); only runs of equal need compare
 * ids, and not even those when `inIdOrder` says the items already come in id order.
 */
export function sortByNeedThenId(
  items: ArrayLike<number>,
  need: Float64Array,
  idOf: (h: number) => string,
  inIdOrder = false,
): Int32Array {
  const n = items.length;
  if (n < 2) return Int32Array.from(items);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = need[items[i] as number] as number;
  values.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (distinct === 0 || values[i] !== values[distinct - 1])
      values[distinct++] = values[i] as number;
  }
  // Rank 0 for the neediest.
  const rankOf = (i: number): number => {
    const value = need[items[i] as number] as number;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[mid] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    return distinct - 1 - lo;
  };
  const order = orderByKey(n, rankOf);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = items[order[i] as number] as number;
  if (!inIdOrder) sortRunsById(out, (h) => need[h] as number, idOf);
  return out;
}
