import { IdTable } from "../../internal/IdTable";

/** A value met again: where, and where it was first. */
export interface Repeat {
  /** The index of the repetition. */
  readonly index: number;
  /** The index of the value's first occurrence. */
  readonly first: number;
}

/**
 * Every value of `values` that repeats an earlier one, in order, each with the index of its
 * first occurrence.
 *
 * The project's typed-array id table rather than a `Map`: with a million ids a `Map` spends
 * about half a second growing and rehashing, the table about a tenth of that.
 *
 * @param values - The values (ids), in file order.
 * @returns The repetitions, by increasing index.
 *
 * @example
 * ```ts
 * findRepeats(["a", "b", "a", "a"]); // => [{ index: 2, first: 0 }, { index: 3, first: 0 }]
 * ```
 */
export function findRepeats(values: readonly string[]): Repeat[] {
  const table = new IdTable((index) => values[index] as string, values.length);
  const repeats: Repeat[] = [];
  for (let index = 0; index < values.length; index++) {
    const first = table.add(index);
    if (first >= 0) repeats.push({ index, first });
  }
  return repeats;
}
