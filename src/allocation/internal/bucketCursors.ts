import { freshTypedArrays, type TypedArrays } from "../../internal/ScratchMemory";

/**
 * The middle step of a counting sort. `start` holds each bucket's count at `start[b + 1]`;
 * it is turned, in place, into where each bucket starts (a running sum, with the total at
 * the end), and a copy of those starts is returned as cursors for placing the items.
 */
export function bucketCursors(
  start: Int32Array,
  memory: TypedArrays = freshTypedArrays,
): Int32Array {
  const buckets = start.length - 1;
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const cursors = memory.int32(buckets);
  cursors.set(start.subarray(0, buckets));
  return cursors;
}
