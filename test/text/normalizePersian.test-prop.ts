import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizePersian } from "../../src/text/normalizePersian";

// Characters that exercise every rule: Persian and Arabic letters, digits of three scripts,
// ZWNJ, other invisible characters and several kinds of whitespace.
const tricky = fc.constantFrom(
  "ا",
  "ب",
  "ی",
  "ک",
  "ي",
  "ى",
  "ك",
  "ة",
  "ۀ",
  "a",
  "1",
  "۱",
  "٣",
  "\u200c",
  "\u200b",
  "\u200d",
  "\u200f",
  "\u202b",
  "\u2067",
  "\ufeff",
  "\u0640",
  "\u00ad",
  " ",
  "\t",
  "\n",
  "\u00a0",
  "\u2003",
  "-",
  "/",
);
const text = fc.oneof(
  fc.array(tricky, { maxLength: 40 }).map((chars) => chars.join("")),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

describe("normalizePersian (properties)", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = normalizePersian(input);
        expect(normalizePersian(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves no Arabic yeh/kaf, non-Latin digit, edge space or double space", () => {
    fc.assert(
      fc.property(text, (input) => {
        const out = normalizePersian(input);
        expect(out).not.toMatch(/[\u064a\u0649\u0643\u06f0-\u06f9\u0660-\u0669]/);
        expect(out).not.toMatch(/^\s|\s$|\s\s|\u200c\s|\s\u200c|^\u200c|\u200c$|\u200c\u200c/);
        expect(out).not.toMatch(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|\u200d/);
      }),
      { numRuns: 2000 },
    );
  });
});
