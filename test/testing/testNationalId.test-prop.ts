import fc from "fast-check";
import { isValidNationalId } from "peygir";
import { TEST_NATIONAL_ID_MAX, testNationalId } from "peygir/testing";
import { describe, expect, it } from "vitest";
import { errorOf } from "../_support/errorOf";
import { runs } from "../_support/runs";

const inRange = fc.integer({ min: 0, max: TEST_NATIONAL_ID_MAX });

describe("testNationalId", () => {
  it("follows its @example, and n = 1 is the CLI fixtures' reserved code", () => {
    expect(testNationalId(1)).toBe("9990000018");
    expect(testNationalId(42)).toBe("9990000425");
    expect(isValidNationalId(testNationalId(7))).toBe(true);
  });

  it("is valid, ten Latin digits under the unissued 999 prefix, for every n in range", () => {
    fc.assert(
      fc.property(inRange, (n) => {
        const id = testNationalId(n);
        expect(id).toMatch(/^999\d{7}$/);
        expect(isValidNationalId(id)).toBe(true);
        expect(testNationalId(n)).toBe(id);
      }),
      { numRuns: runs(2000) },
    );
    // The ends of the range, where a repeated-digit code (9999999999) would sit just above.
    for (const n of [0, 1, TEST_NATIONAL_ID_MAX - 1, TEST_NATIONAL_ID_MAX]) {
      expect(isValidNationalId(testNationalId(n))).toBe(true);
    }
  });

  it("gives distinct codes for distinct n", () => {
    fc.assert(
      fc.property(inRange, inRange, (a, b) => {
        fc.pre(a !== b);
        expect(testNationalId(a)).not.toBe(testNationalId(b));
      }),
      { numRuns: runs(2000) },
    );
  });

  it("refuses n outside its range with a PeygirError that does not repeat n", () => {
    const outside = fc.oneof(
      fc.integer({ max: -1 }),
      fc.integer({ min: TEST_NATIONAL_ID_MAX + 1 }),
      fc.double().filter((x) => !Number.isInteger(x)),
    );
    fc.assert(
      fc.property(outside, (n) => {
        const error = errorOf(() => testNationalId(n));
        expect(error.code).toBe("out_of_range");
        expect(error.issues).toEqual([
          { path: ["n"], message: "must be an integer from 0 to 999998" },
        ]);
      }),
      { numRuns: runs(300) },
    );
    expect(errorOf(() => testNationalId(999_999)).code).toBe("out_of_range");
  });
});
