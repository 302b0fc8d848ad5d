import type { HouseholdInput } from "../../entities/Household";
import type { TypedArrays } from "../../internal/ScratchMemory";
import { mixKey, NumberTable } from "./NumberTable";

/**
 * Marks all but the smallest id of each family (same head national ID) as duplicates. A
 * bitset of key hashes finds the keys that may repeat in one linear pass, so only those
 * few households go through a table; national IDs that are not ten digits in any writing
 * (`familyKey` -1) are compared as text.
 * @returns 1 for each duplicate household.
 */
export function markDuplicateFamilies(
  households: readonly HouseholdInput[],
  familyKey: Float64Array,
  idOf: (h: number) => string,
  memory: TypedArrays,
): Uint8Array {
  const n = familyKey.length;
  const duplicate = memory.uint8(n);
  const otherFamilies = new Map<string, number>();
  let bits = 1024;
  while (bits < n * 16) bits *= 2;
  const mask = bits - 1;
  const seen = memory.int32(bits >>> 5);
  const twice = memory.int32(bits >>> 5);
  let candidates = 0;
  for (let h = 0; h < n; h++) {
    const key = familyKey[h] as number;
    if (key < 0) {
      const nationalId = (households[h] as HouseholdInput).head.nationalId;
      const first = otherFamilies.get(nationalId);
      if (first === undefined) otherFamilies.set(nationalId, h);
      else if (idOf(first) < idOf(h)) duplicate[h] = 1;
      else {
        duplicate[first] = 1;
        otherFamilies.set(nationalId, h);
      }
      continue;
    }
    const b = mixKey(key) & mask;
    const word = b >>> 5;
    const bit = 1 << (b & 31);
    if (((seen[word] as number) & bit) !== 0) {
      twice[word] = (twice[word] as number) | bit;
      candidates++;
    } else seen[word] = (seen[word] as number) | bit;
  }
  if (candidates === 0) return duplicate;
  // Every household of a repeated key has its hash bit in `twice`.
  const firstOf = new NumberTable(candidates * 2);
  for (let h = 0; h < n; h++) {
    const key = familyKey[h] as number;
    if (key < 0) continue;
    const b = mixKey(key) & mask;
    if (((twice[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
    const first = firstOf.get(key);
    if (first < 0) firstOf.set(key, h);
    else if (idOf(first) < idOf(h)) duplicate[h] = 1;
    else {
      duplicate[first] = 1;
      firstOf.set(key, h);
    }
  }
  return duplicate;
}
