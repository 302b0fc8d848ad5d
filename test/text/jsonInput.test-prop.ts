import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PeygirError } from "../../src/errors/PeygirError";
import * as text from "../../src/text/index";
import { fuzzRuns } from "../_support/runs";

// Every text function, given any value JSON can carry (what a caller that reads JSON or
// JavaScript can pass), returns a JSON-safe value or throws a PeygirError: never a raw
// TypeError, never a value JSON would change, never the input inside an error, and the input
// is left as it was. PEYGIR_FUZZ_RUNS sets the number of runs (default 2,000 a function, times
// PEYGIR_PROPERTY_RUNS: test/_support/runs.ts).
const runs = fuzzRuns(2000);

// Values that once broke a text function (String() of an object whose toString is not a
// function threw a TypeError in toPersianDigits), and the edges of the numbers.
const known = fc.constantFrom<unknown>(
  { toString: {} },
  { valueOf: {}, toString: {} },
  [{ toString: {} }],
  [],
  {},
  null,
  true,
  0,
  -0,
  1e21,
  Number.MAX_VALUE,
  "",
  "\ud800",
);
const input = fc.oneof(fc.jsonValue(), known, fc.string({ unit: "binary" }));

describe("text functions on any JSON value", () => {
  for (const [name, call] of Object.entries(text) as [string, (value: unknown) => unknown][]) {
    it(`${name} returns a JSON-safe value or throws a PeygirError`, () => {
      fc.assert(
        fc.property(input, (value) => {
          const before = JSON.stringify(value);
          try {
            const out = call(value);
            expect(typeof out === "string" || typeof out === "boolean").toBe(true);
            expect(JSON.parse(JSON.stringify(out))).toBe(out);
          } catch (error) {
            expect(error).toBeInstanceOf(PeygirError);
            if (typeof value === "string" && value.length >= 6 && !value.includes(" "))
              expect(JSON.stringify([String(error), (error as PeygirError).issues])).not.toContain(
                value,
              );
          }
          expect(JSON.stringify(value)).toBe(before);
        }),
        { numRuns: runs },
      );
    });
  }
});

describe("toPersianDigits", () => {
  it("refuses a Date, whose String() depends on the time zone", () => {
    const error = (() => {
      try {
        text.toPersianDigits(new Date(Date.UTC(2024, 6, 15)) as never);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PeygirError);
    expect((error as PeygirError).code).toBe("invalid_input");
    expect((error as PeygirError).issues).toEqual([
      { path: ["text"], message: "must be a string or a finite number" },
    ]);
  });

  it("writes a finite number as JavaScript does, whatever the locale", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(text.toLatinDigits(text.toPersianDigits(n))).toBe(String(n));
      }),
    );
  });
});
