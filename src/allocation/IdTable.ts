/**
 * Open-addressing hash tables for the allocator's hot path. A `Map` with a million string
 * keys costs over a second here (its entries are scattered objects); these tables keep keys'
 * hashes and values in typed arrays.
 *
 * @internal
 * @packageDocumentation
 */

/** FNV-1a over UTF-16 code units. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function capacityFor(size: number): number {
  let capacity = 16;
  while (capacity < size * 2) capacity *= 2;
  return capacity;
}

/**
 * Maps strings (ids) to the index of the entry that has them. Keys are read from a
 * caller's list by index, so the table stores no strings.
 * @internal
 */
export class IdTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;

  /**
   * @param keyOf - Reads the key of entry `index`.
   * @param size - The most entries the table will hold.
   */
  constructor(
    private readonly keyOf: (index: number) => string,
    size: number,
  ) {
    const capacity = capacityFor(size);
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity).fill(-1);
    this.hashes = new Int32Array(capacity);
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
        return -1;
      }
      if (this.hashes[slot] === hash && this.keyOf(found) === key) return found;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The index of the entry with this key, or -1. */
  get(key: string): number {
    const hash = hashString(key);
    let slot = hash & this.mask;
    for (;;) {
      const found = this.slots[slot] as number;
      if (found < 0) return -1;
      if (this.hashes[slot] === hash && this.keyOf(found) === key) return found;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Maps non-negative whole numbers (below 2^53) to entry indices.
 * @internal
 */
export class NumberTable {
  private readonly mask: number;
  private readonly keys: Float64Array;
  private readonly values: Int32Array;

  constructor(size: number) {
    const capacity = capacityFor(size);
    this.mask = capacity - 1;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
  }

  /** The value stored for this key, or -1. */
  get(key: number): number {
    let slot = mixKey(key) & this.mask;
    for (;;) {
      const value = this.values[slot] as number;
      if (value < 0 || this.keys[slot] === key) return value;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Stores a value (≥ 0) for this key, replacing any. */
  set(key: number, value: number): void {
    let slot = mixKey(key) & this.mask;
    for (;;) {
      if ((this.values[slot] as number) < 0 || this.keys[slot] === key) {
        this.keys[slot] = key;
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * A national ID of 10 Latin digits (the parsed form) as a number, or -1 for other text.
 * @internal
 */
export function nationalIdKey(text: string): number {
  if (text.length !== 10) return -1;
  let value = 0;
  for (let i = 0; i < 10; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A 32-bit hash of a non-negative whole number below 2^53.
 * @internal
 */
export function mixKey(key: number): number {
  const low = (key % 4294967296) | 0;
  const high = Math.floor(key / 4294967296) | 0;
  let hash = Math.imul(low ^ (low >>> 16), 0x45d9f3b) ^ Math.imul(high + 0x9e3779b9, 0x27d4eb2d);
  hash ^= hash >>> 15;
  return hash;
}
