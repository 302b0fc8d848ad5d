import type { Household } from "../../entities/Household";
import type { Region } from "../../entities/Region";
import { headerKey } from "./columns";
import type { FieldIssue } from "./readCsv";

/** A value read once for many rows: the value, or the problems of the cells it came from. */
export type Memoized<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: FieldIssue[] };

/** How many distinct values a memo keeps (a file of unique values stops filling it). */
export const MEMO_LIMIT = 100_000;

export type NestedMap<V> = Map<string, V>;

// Stands for an empty cell in memo keys (never the text of a cell: cells are trimmed).
export const ABSENT = "\u0000";

/** The map under `key`, made when missing. */
export function nested<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (inner === undefined) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

/** Per-file memos of values that repeat across rows. */
export class RowMemo {
  readonly keys = new Map<string, string>();
  readonly regions: NestedMap<NestedMap<Map<string, Memoized<Region>>>> = new Map();
  regionCount = 0;
  readonly vulnerabilities = new Map<string, Memoized<Household["vulnerabilities"]>>();

  /** `headerKey(text)`, remembered. */
  key(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = headerKey(text);
      if (this.keys.size < MEMO_LIMIT) this.keys.set(text, key);
    }
    return key;
  }

  remember<T>(map: Map<string, Memoized<T>>, key: string, compute: () => Memoized<T>): Memoized<T> {
    let value = map.get(key);
    if (value === undefined) {
      value = compute();
      if (map.size < MEMO_LIMIT) map.set(key, value);
    }
    return value;
  }
}
