import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "../../src/cli/io/writeCsv";
import { runs } from "../_support/runs";

// The formula triggers, written out here independently of writeCsv.ts: OWASP's = + - @, tab
// and CR, and the full-width forms; = + - @ also count after leading white space.
const TRIGGERS = ["=", "+", "-", "@", "＝", "＋", "－", "＠"];

function looksLikeFormula(text: string): boolean {
  return (
    text.startsWith("\t") || text.startsWith("\r") || TRIGGERS.includes(text.trimStart()[0] ?? "")
  );
}

// Strings biased to the dangerous starts: white space, then a trigger (or not), then anything.
const hostile = fc
  .tuple(
    fc.constantFrom("", "", " ", "  ", "\t", "\r", "\n", "\r\n", "\u00a0", "\u3000", "\ufeff"),
    fc.constantFrom(...TRIGGERS, "'", '"', ",", "a", "۱", ""),
    fc.string({ unit: "binary", maxLength: 12 }),
  )
  .map((parts) => parts.join(""));
const anyText = fc.oneof(hostile, fc.string({ unit: "binary", maxLength: 20 }));

describe("csvCell", () => {
  it("never writes a cell that starts (after an opening quote) like a formula", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cell = csvCell(text);
        const body = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(looksLikeFormula(body)).toBe(false);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("writes text that csv-parse reads back as the text, with a ' before a formula", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (cells) => {
        const csv = `h\r\n${csvLine(cells)}`;
        const expected = cells.map((text) => (looksLikeFormula(text) ? `'${text}` : text));
        expect(parse(csv, { relax_column_count: true })).toEqual([["h"], expected]);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("writes finite numbers as numbers, negative ones too, and others as safe text", () => {
    fc.assert(
      fc.property(fc.double(), (number) => {
        const cell = csvCell(number);
        if (Number.isFinite(number)) {
          expect(cell).toBe(String(number));
          expect(Number(cell)).toBe(number === 0 ? 0 : number);
        } else {
          expect(looksLikeFormula(cell)).toBe(false);
        }
      }),
    );
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe("'-Infinity");
  });
});
