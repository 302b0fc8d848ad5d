import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toLatinDigits } from "../../src/text/digits";
import { normalizePersian } from "../../src/text/normalizePersian";
import { runs } from "../_support/runs";

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
      { numRuns: runs(2000) },
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
      { numRuns: runs(2000) },
    );
  });
});

// The regular expressions normalizePersian was written with until 0.1, kept as the reference
// for the one-pass version. `[\s\u200c]*\s[\s\u200c]*` is quadratic on a run of ZWNJ (32.6 s
// on 100,000 of them), so the reference only ever sees short strings.
function referenceNormalizePersian(text: string): string {
  const letters: Record<string, string> = {
    "\u064a": "\u06cc",
    "\u0649": "\u06cc",
    "\u0643": "\u06a9",
  };
  return toLatinDigits(withoutControlCharacters(text))
    .replace(/[\u064a\u0649\u0643]/g, (letter) => letters[letter] ?? letter)
    .replace(
      /[\u00ad\u061c\u0640\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|\u200d/g,
      "",
    )
    .replace(/[\s\u200c]*\s[\s\u200c]*/g, " ")
    .replace(/\u200c{2,}/g, "\u200c")
    .trim()
    .replace(/^\u200c+|\u200c+$/g, "");
}

// Since 0.2 control characters are removed first, as if they were not there: C0 but the
// whitespace ones (tab, LF, VT, FF, CR), DEL and C1.
function withoutControlCharacters(text: string): string {
  return [...text]
    .filter((char) => {
      const code = char.charCodeAt(0);
      return !(code < 0x09 || (code > 0x0d && code < 0x20) || (code >= 0x7f && code <= 0x9f));
    })
    .join("");
}

// Every character the rules treat apart: each kind of whitespace JavaScript knows, ZWNJ and
// the other invisible characters, the letters and digits that are replaced, neighbours of
// those ranges that are not, and lone surrogates.
const alphabet = fc.constantFrom(
  ..."ابیکيىكةۀ۰۹٠٩09aZ-",
  ..." \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff",
  ..."\u200c\u200b\u200d\u200e\u200f\u202a\u202e\u2060\u2066\u2069\u00ad\u061c\u0640",
  ..."\u180e\u0600\u060c\u0620\u063b\u0641\u06ef\u06fa\u065f\u066a\u00a1\u2030",
  ..."\u0000\u0007\u001b\u001f\u007f\u0080\u0085\u009b\u009f",
  "\ud83d",
  "\ude00",
);
const short = fc.oneof(
  fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("normalizePersian against the regular expressions of 0.1 (after removing controls)", () => {
  it("gives the same text on short strings of spaces, ZWNJ, invisibles, controls, letters and digits", () => {
    fc.assert(
      fc.property(short, (input) => {
        expect(normalizePersian(input)).toBe(referenceNormalizePersian(input));
      }),
      { numRuns: runs(20_000) },
    );
  });
});
