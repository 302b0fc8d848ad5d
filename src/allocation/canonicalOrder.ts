/**
 * The canonical order of households: need descending, then id ascending. The solver breaks
 * its ties by it, so the result does not depend on the order of the input arrays.
 *
 * @internal
 * @packageDocumentation
 */
import { compareStrings } from "./compareStrings";
import { PENDING } from "./householdStates";

/**
 * All pending households in canonical order by one stable counting sort over hundredths of
 * need, when every need is a whole number of hundredths; otherwise `undefined`. The caller
 * checks that the input is already sorted by id.
 * @internal
 */
export function canonicalOrder(need: Float64Array, reason: Uint8Array): Int32Array | undefined {
  const n = need.length;
  const cents = new Int32Array(n);
  const start = new Int32Array(10_002);
  for (let h = 0; h < n; h++) {
    if (reason[h] !== PENDING) continue;
    const scaled = (need[h] as number) * 100;
    const whole = Math.round(scaled);
    if (Math.abs(scaled - whole) > 1e-6 || whole < 0 || whole > 10_000) return undefined;
    // Needier first: bucket 0 holds need 100.
    cents[h] = 10_000 - whole;
    start[10_000 - whole + 1] = (start[10_000 - whole + 1] as number) + 1;
  }
  for (let c = 0; c <= 10_000; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const order = new Int32Array(start[10_001] as number);
  for (let h = 0; h < n; h++) {
    if (reason[h] !== PENDING) continue;
    const c = cents[h] as number;
    order[start[c] as number] = h;
    start[c] = (start[c] as number) + 1;
  }
  return order;
}

/**
 * Sorts households into canonical order. Needs are replaced by their ranks and packed with
 * the position into one number, so the bulk of the work is a native numeric sort; only runs
 * of equal need compare ids.
 * @internal
 */
export function sortByNeedThenId(
  items: ArrayLike<number>,
  need: Float64Array,
  idOf: (h: number) => string,
): number[] {
  const n = items.length;
  if (n < 2) return Array.from(items);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = need[items[i] as number] as number;
  values.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (distinct === 0 || values[i] !== values[distinct - 1])
      values[distinct++] = values[i] as number;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = need[items[i] as number] as number;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[mid] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    keys[i] = (distinct - 1 - lo) * n + i;
  }
  keys.sort();
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = items[(keys[i] as number) % n] as number;
  const byId = (x: number, y: number): number => compareStrings(idOf(x), idOf(y));
  for (let start = 0; start < n; ) {
    const rank = Math.floor((keys[start] as number) / n);
    let end = start + 1;
    while (end < n && Math.floor((keys[end] as number) / n) === rank) end++;
    if (end - start > 1) {
      const run = out.slice(start, end).sort(byId);
      for (let i = start; i < end; i++) out[i] = run[i - start] as number;
    }
    start = end;
  }
  return out;
}
