import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { TextEncoding } from "../../src/cli/io/detectEncoding";
import { readCsvRecords } from "../../src/cli/io/readCsvRecords";
import { runs } from "../_support/runs";
import { anyCsv, type CountedRecord, csvParseRecords } from "./csvReference";

const dir = mkdtempSync(join(tmpdir(), "peygir-records-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;

// What readCsvRecords gives for a file of `bytes` read as `encoding`: the records with their
// line counts, or the error of invalid CSV (code and line).
async function read(
  bytes: Uint8Array,
  encoding: TextEncoding,
): Promise<CountedRecord[] | { code: string; lines: number }> {
  const path = join(dir, `${files++}.csv`);
  writeFileSync(path, bytes);
  const records: CountedRecord[] = [];
  try {
    await readCsvRecords(path, encoding, (record, lines) => records.push([record, lines]));
    return records;
  } catch (error) {
    const { code, lines } = error as { code: string; lines: number };
    return { code, lines };
  }
}

// A file's bytes in `encoding`, and the text csv-parse is given for it (the reader drops a
// UTF-16 BOM; Windows-1256 text is first made of bytes, then decoded).
function encode(
  text: string,
  encoding: TextEncoding,
): { bytes: Uint8Array; input: Buffer | string } {
  switch (encoding) {
    case "utf-8": {
      const bytes = Buffer.from(text, "utf8");
      return { bytes, input: bytes };
    }
    case "utf-16le":
      return { bytes: Buffer.from(`\ufeff${text}`, "utf16le"), input: text };
    case "utf-16be": {
      const bytes = Buffer.from(`\ufeff${text}`, "utf16le").swap16();
      return { bytes, input: text };
    }
    case "windows-1256": {
      // Each character becomes one byte of the file: ASCII as itself, the others spread over
      // the upper half, whatever their meaning in code page 1256.
      const bytes = Uint8Array.from(text, (char) => {
        const code = char.charCodeAt(0);
        return code < 0x80 ? code : 0x80 + (code % 0x80);
      });
      return { bytes, input: new TextDecoder("windows-1256").decode(bytes) };
    }
    default: {
      const exhaustive: never = encoding;
      throw new Error(`unknown encoding ${String(exhaustive)}`);
    }
  }
}

describe("readCsvRecords (properties)", () => {
  it("reads every file as csv-parse does: records, line counts, errors and their lines", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyCsv,
        fc.constantFrom<TextEncoding>("utf-8", "utf-8", "windows-1256", "utf-16le", "utf-16be"),
        async (text, encoding) => {
          const { bytes, input } = encode(text, encoding);
          expect(await read(bytes, encoding)).toEqual(csvParseRecords(input));
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
