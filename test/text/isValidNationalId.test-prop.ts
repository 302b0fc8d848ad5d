import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPersianDigits } from "../../src/text/digits";
import { isValidNationalId } from "../../src/text/isValidNationalId";
import { runs } from "../_support/runs";

// An independent statement of the rule, written from the definition.
function remainder(nine: readonly number[]): number {
  return nine.reduce((total, digit, i) => total + digit * (10 - i), 0) % 11;
}
function withCheckDigit(nine: readonly number[]): string {
  const r = remainder(nine);
  return nine.join("") + String(r < 2 ? r : 11 - r);
}

const nineDigits = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .filter((digits) => new Set(digits).size > 1);

describe("isValidNationalId (properties)", () => {
  it("accepts every code built with its check digit, in Latin or Persian digits", () => {
    fc.assert(
      fc.property(nineDigits, (nine) => {
        const code = withCheckDigit(nine);
        expect(isValidNationalId(code)).toBe(true);
        expect(isValidNationalId(toPersianDigits(code))).toBe(true);
      }),
      { numRuns: runs(2000) },
    );
  });

  // Each weight (2..10) and each change (1..9) is prime to 11, so one changed digit always
  // moves the remainder. The rule maps remainders 1 and 10 to the same check digit 1, though,
  // so a change between those two goes unnoticed: a weakness of the national code itself.
  it("rejects a valid code with any one digit changed (except remainder 1 ↔ 10)", () => {
    fc.assert(
      fc.property(
        nineDigits,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (nine, position, delta) => {
          const code = withCheckDigit(nine);
          const changed = (Number(code[position]) + delta) % 10;
          const mutated = code.slice(0, position) + String(changed) + code.slice(position + 1);
          const digits = [...mutated].map(Number);
          const blindSpot =
            position < 9 &&
            new Set(digits).size > 1 &&
            remainder(nine) + remainder(digits.slice(0, 9)) === 11 &&
            Math.min(remainder(nine), remainder(digits.slice(0, 9))) === 1;
          expect(isValidNationalId(mutated)).toBe(blindSpot);
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
