import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { CSV_PARSE_OPTIONS } from "../../src/cli/io/readCsvRecords";

/** One record and the number of file lines it spans. */
export type CountedRecord = [record: string[], lines: number];

// Pieces of quote-free CSV: cells in Latin, Persian (with Arabic yeh and kaf, Persian digits,
// ZWNJ), four-byte characters, BOMs where they do not belong, long cells; commas; and every
// kind of line break, so that lines are ragged, empty, or end in mixed ways.
const PLAIN_TOKENS = [
  "a",
  "Z",
  "7",
  "hh-12",
  " ",
  "\t",
  "خانوار",
  "خانوار نمونه ۱۲۳۴۵",
  "female-headed;job-loss",
  "ي",
  "ك",
  "۱۲",
  "\u200c",
  "😀",
  "\ufeff",
  ",",
  ",",
  ",",
  "\r",
  "\n",
  "\r\n",
  "\r\n",
];

// Quoted cells, valid and broken: a quote anywhere sends a file to csv-parse.
const QUOTE_TOKENS = ['"', '""', '"a,b"', '"two\r\nlines"', '"x"y'];

function csvText(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.boolean(), fc.array(fc.constantFrom(...tokens), { maxLength: 80 }))
    .map(([bom, pieces]) => (bom ? "\ufeff" : "") + pieces.join(""));
}

/** Quote-free CSV text, with a BOM or not. */
export const plainCsv = csvText(PLAIN_TOKENS);

/** CSV text that may also hold quoted cells, well or badly formed. */
export const anyCsv = csvText([...PLAIN_TOKENS, ...QUOTE_TOKENS]);

/**
 * What csv-parse reads from `input` with the CLI's options: each record with the lines it
 * spans, or its error (`code` and `lines`).
 */
export function csvParseRecords(
  input: Buffer | string,
): CountedRecord[] | { code: string; lines: number } {
  try {
    const records = parse(input, CSV_PARSE_OPTIONS) as string[][];
    return records.map((record) => [record, 1 + lineBreaks(record)]);
  } catch (error) {
    const { code, lines } = error as { code: string; lines: number };
    return { code, lines };
  }
}

// Stated independently of the code under test: CRLF, LF and CR are one line break each.
function lineBreaks(record: readonly string[]): number {
  return record.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}
