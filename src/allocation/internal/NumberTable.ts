/**
 * A hash table of whole numbers (national ID keys) for the allocator's hot path, with the
 * helpers that turn national IDs into such keys.
 *
 * @packageDocumentation
 */
import { capacityFor } from "../../internal/IdTable";
import { nationalIdDigits } from "../../text/internal/nationalId";

/**
 * Maps non-negative whole numbers (below 2^53) to entry indices.
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
 * A head's national ID as written (Latin, Persian or Arabic-Indic digits, spaces, dashes)
 * as a number, so that `۰۰۱-۰۳۵۰۸۲-۹` and `0010350829` are one family; -1 for text that is not
 * ten digits (then compared as written).
 */
export function familyKeyOf(text: string): number {
  const key = nationalIdKey(text);
  if (key >= 0) return key;
  // Not the parsed form: the slow path, for input that was not parsed.
  const digits = nationalIdDigits(text);
  return digits === undefined ? -1 : nationalIdKey(digits);
}

/**
 * A national ID of 10 Latin digits (the parsed form) as a number, or -1 for other text.
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
 */
export function mixKey(key: number): number {
  // For whole numbers from 0 to 2^53, `| 0` keeps the low 32 bits (no float modulo).
  const low = key | 0;
  const high = (key / 4294967296) | 0;
  let hash = Math.imul(low ^ (low >>> 16), 0x45d9f3b) ^ Math.imul(high + 0x9e3779b9, 0x27d4eb2d);
  hash ^= hash >>> 15;
  return hash;
}
