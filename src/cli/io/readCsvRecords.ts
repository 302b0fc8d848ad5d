import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { decodeFile, type TextEncoding, utf8FileBytes } from "./decode";
import { PlainCsvSplitter, type RecordSink } from "./PlainCsvSplitter";

const QUOTE = 0x22;

/** How csv-parse is asked to read CSV (what {@link PlainCsvSplitter} reproduces). */
export const CSV_PARSE_OPTIONS = {
  relax_column_count: true,
  // UTF-8 files reach the parser as checked bytes (it decodes each field once); the others
  // as decoded text.
  bom: true,
  // Empty lines arrive as [""], so that the caller counts every line.
  skip_empty_lines: false,
  delimiter: ",",
} as const;

/**
 * Streams the records of the CSV file at `path`, read as `encoding`, to `sink`, each with the
 * number of lines it spans. csv-parse reads every file that holds a quote character; the
 * others, the common case, go through {@link PlainCsvSplitter}, which gives the same records
 * several times as fast. Rejects with csv-parse's error (`code` `CSV_…`, `lines`) for invalid CSV, and with
 * `NotUtf8Error` if a UTF-8 file holds an invalid byte sequence.
 *
 * @example
 * ```ts
 * await readCsvRecords("households.csv", "utf-8", (record, lines) => console.log(record, lines));
 * ```
 */
export async function readCsvRecords(
  path: string,
  encoding: TextEncoding,
  sink: RecordSink,
): Promise<void> {
  // Every encoding read writes `"` with the byte 0x22 (UTF-16 as 22 00 or 00 22), so a file
  // without that byte has no quote; where the byte is only part of another character, the
  // file merely misses the fast path.
  if (await fileHasByte(path, QUOTE)) return parseWithCsvParse(path, encoding, sink);
  const splitter = new PlainCsvSplitter(sink);
  if (encoding === "utf-8") {
    for await (const bytes of utf8FileBytes(path)) splitter.push(bytes);
  } else {
    // As UTF-8, like csv-parse, whose stream encodes each piece of text it is given.
    for await (const text of decodeFile(path, encoding)) splitter.push(Buffer.from(text, "utf8"));
  }
  splitter.end();
}

async function fileHasByte(path: string, byte: number): Promise<boolean> {
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of stream) if ((chunk as Buffer).indexOf(byte) >= 0) return true;
    return false;
  } finally {
    stream.destroy();
  }
}

async function parseWithCsvParse(
  path: string,
  encoding: TextEncoding,
  sink: RecordSink,
): Promise<void> {
  const parser = parse(CSV_PARSE_OPTIONS);
  const source = encoding === "utf-8" ? utf8FileBytes(path) : decodeFile(path, encoding);
  // Records are taken from the parser synchronously on "readable": a million `for await`
  // turns cost more than parsing the rows. Lines are counted here rather than with
  // csv-parse's `info` (which costs an object per record and counts a CRLF inside a quoted
  // cell as two lines).
  await new Promise<void>((resolve, reject) => {
    parser.on("readable", () => {
      try {
        for (let entry = parser.read(); entry !== null; entry = parser.read()) {
          const record = entry as string[];
          sink(record, 1 + lineBreaks(record));
        }
      } catch (error) {
        parser.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    });
    parser.once("end", () => resolve());
    pipeline(source, parser).catch(reject);
  });
}

// The line breaks inside a record's cells (CRLF, LF or CR each count one).
function lineBreaks(record: readonly string[]): number {
  let lines = 0;
  for (const cell of record) {
    if (cell.indexOf("\n") < 0 && cell.indexOf("\r") < 0) continue;
    for (let i = 0; i < cell.length; i++) {
      const char = cell.charCodeAt(i);
      if (char === 13 && cell.charCodeAt(i + 1) === 10) {
        lines++;
        i++;
      } else if (char === 10 || char === 13) lines++;
    }
  }
  return lines;
}
