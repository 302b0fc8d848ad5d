/**
 * An open-addressing hash table of ids for the hot paths (the allocator, the CLI's repeated-id
 * check). A `Map` with a million string keys costs over a second here (its entries are
 * scattered objects); this table keeps the keys' hashes and the entry indices in typed arrays.
 *
 * @packageDocumentation
 */
import { freshTypedArrays, type TypedArrays } from "./ScratchMemory";

/** FNV-1a over UTF-16 code units. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * A power of two at least twice `size`: the slot count of a table of `size` entries.
 */
export function capacityFor(size: number): number {
  let capacity = 16;
  while (capacity < size * 2) capacity *= 2;
  return capacity;
}

/**
 * Maps strings (ids) to the index of the entry that has them. Keys are read from a
 * caller's list by index, so the table stores no strings.
 */
export class IdTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  /**
   * One bit per value of the hash's low bits, four times as many as slots: a lookup of an
   * absent key mostly stops here, in a bitset small enough to stay in cache.
   */
  private readonly filterMask: number;
  private readonly filter: Int32Array;

  /**
   * @param keyOf - Reads the key of entry `index`.
   * @param size - The most entries the table will hold.
   * @param memory - Where its arrays come from (fresh ones by default).
   */
  constructor(
    private readonly keyOf: (index: number) => string,
    size: number,
    memory: TypedArrays = freshTypedArrays,
  ) {
    const capacity = capacityFor(size);
    this.mask = capacity - 1;
    this.slots = memory.int32(capacity).fill(-1);
    this.hashes = memory.int32(capacity);
    this.filterMask = capacity * 4 - 1;
    this.filter = memory.int32(capacity >>> 3);
  }

  /** Adds entry `index` under its key; returns the index already there, or -1. */
  add(index: number): number {
    const key = this.keyOf(index);
    const hash = hashString(key);
    let slot = hash & this.mask;
    for (;;) {
      const found = this.slots[slot] as number;
      if (found < 0) {
        this.slots[slot] = index;
        this.hashes[slot] = hash;
        const bit = hash & this.filterMask;
        this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
        return -1;
      }
      if (this.hashes[slot] === hash && this.keyOf(found) === key) return found;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The index of the entry with this key, or -1. */
  get(key: string): number {
    const hash = hashString(key);
    const bit = hash & this.filterMask;
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    let slot = hash & this.mask;
    for (;;) {
      const found = this.slots[slot] as number;
      if (found < 0) return -1;
      if (this.hashes[slot] === hash && this.keyOf(found) === key) return found;
      slot = (slot + 1) & this.mask;
    }
  }
}
