import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRepeats } from "../../src/cli/io/findRepeats";
import { runs } from "../_support/runs";

// The plain statement of the result, with a Map.
function repeats(values: readonly string[]): { index: number; first: number }[] {
  const first = new Map<string, number>();
  const found: { index: number; first: number }[] = [];
  values.forEach((value, index) => {
    const at = first.get(value);
    if (at === undefined) first.set(value, index);
    else found.push({ index, first: at });
  });
  return found;
}

describe("findRepeats (properties)", () => {
  it("finds every repetition and the first occurrence of its value", () => {
    // A small alphabet makes repeats common; the two pairs share an FNV-1a hash.
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", "b", "۱", "😀"), maxLength: 3 }),
      fc.constantFrom("costarring", "liquid", "altarage", "zinke"),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), (values) => {
        expect(findRepeats(values)).toEqual(repeats(values));
      }),
      { numRuns: runs(2000) },
    );
  });
});
