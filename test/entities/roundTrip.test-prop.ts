import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Household } from "../../src/entities/Household";
import { toPersianDigits } from "../../src/text/digits";
import { runs } from "../_support/runs";
import { fixtures } from "./fixtures";

const nationalId = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .filter((digits) => new Set(digits).size > 1)
  .map((nine) => {
    const r = nine.reduce((sum, digit, i) => sum + digit * (10 - i), 0) % 11;
    return nine.join("") + String(r < 2 ? r : 11 - r);
  });
const name = fc
  .array(fc.constantFrom("ا", "ي", "ك", "ی", " ", "\u200c", "۱", "\u200f", "ة", "b"), {
    maxLength: 20,
  })
  .map((chars) => `خانوار${chars.join("")}`);

describe("Household round trip (properties)", () => {
  it("parse → JSON → parse gives the same household", () => {
    fc.assert(
      fc.property(name, nationalId, fc.boolean(), (headName, id, persian) => {
        const parsed = Household.parse({
          ...fixtures.Household,
          head: { name: headName, nationalId: persian ? toPersianDigits(id) : id },
        });
        expect(parsed.head.nationalId).toBe(id);
        expect(Household.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: runs(500) },
    );
  });
});
