import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlainCsvSplitter } from "../../src/cli/io/PlainCsvSplitter";
import { runs } from "../_support/runs";
import { type CountedRecord, csvParseRecords, plainCsv } from "./csvReference";

function split(bytes: Buffer, cuts: readonly number[]): CountedRecord[] {
  const records: CountedRecord[] = [];
  const splitter = new PlainCsvSplitter((record, lines) => records.push([record, lines]));
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => wholeSequence(bytes, c)))].sort((a, b) => a - b)) {
    splitter.push(bytes.subarray(from, cut));
    from = cut;
  }
  splitter.push(bytes.subarray(from));
  splitter.end();
  return records;
}

// Moves a cut off the middle of a UTF-8 sequence: the splitter is given whole sequences.
function wholeSequence(bytes: Buffer, cut: number): number {
  let at = Math.min(cut, bytes.length);
  while (at < bytes.length && ((bytes[at] as number) & 0xc0) === 0x80) at++;
  return at;
}

describe("PlainCsvSplitter (properties)", () => {
  it("gives csv-parse's records and line counts on any quote-free input, however it is cut", () => {
    fc.assert(
      fc.property(plainCsv, fc.array(fc.nat({ max: 400 }), { maxLength: 8 }), (text, cuts) => {
        const bytes = Buffer.from(text, "utf8");
        expect(split(bytes, cuts)).toEqual(csvParseRecords(bytes));
      }),
      { numRuns: runs(3000) },
    );
  });

  it("gives csv-parse's records when values repeat in a column and when they do not", () => {
    // The splitter remembers decoded cells per column until a column has too many values.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom("\r\n", "\n", "\r"),
        (rows, eol) => {
          const lines = Array.from(
            { length: rows },
            (_, i) => `hh-${i},خانوار نمونه ${i},استان ${i % 31},female-headed;job-loss ${i % 7}`,
          );
          const bytes = Buffer.from(lines.join(eol), "utf8");
          expect(split(bytes, [rows * 20, rows * 40])).toEqual(csvParseRecords(bytes));
        },
      ),
      { numRuns: runs(20) },
    );
  });
});
