import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import {
  checkFileSize,
  READ_LIMITS,
  type ReadLimits,
  type TextFileOptions,
  textFileBytes,
} from "./decode";
import type { TextEncoding } from "./detectEncoding";
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

/** Options of {@link readCsvRecords}. */
export interface ReadCsvRecordsOptions {
  /** The largest file and record read (default: {@link READ_LIMITS}). */
  readonly limits?: Pick<ReadLimits, "maxFileBytes" | "maxRecordBytes">;
  /** Told the file's encoding once it is known. */
  readonly onEncoding?: (encoding: TextEncoding) => void;
}

/**
 * Streams the records of the CSV file at `path`, read as `encoding` (or detected: `"auto"`),
 * to `sink`, each with the number of lines it spans. csv-parse reads every file that holds a
 * quote character; the others, the common case, go through {@link PlainCsvSplitter}, which
 * gives the same records several times as fast.
 *
 * Rejects with csv-parse's error (`code` `CSV_…` or `INVALID_OPENING_QUOTE`, `lines`) for
 * invalid CSV, with code `CSV_MAX_RECORD_SIZE` for a record longer than the limit, and with a
 * `TextFileError` for a file too large or not valid in its encoding.
 *
 * @example
 * ```ts
 * await readCsvRecords("households.csv", "auto", (record, lines) => console.log(record, lines));
 * ```
 */
export async function readCsvRecords(
  path: string,
  encoding: TextEncoding | "auto",
  sink: RecordSink,
  options: ReadCsvRecordsOptions = {},
): Promise<void> {
  const { maxFileBytes, maxRecordBytes } = options.limits ?? READ_LIMITS;
  const source: TextFileOptions = {
    encoding,
    maxBytes: maxFileBytes,
    ...(options.onEncoding !== undefined ? { onEncoding: options.onEncoding } : {}),
  };
  await checkFileSize(path, maxFileBytes);
  // Every encoding read writes `"` with the byte 0x22 (UTF-16 as 22 00 or 00 22), so a file
  // without that byte has no quote; where the byte is only part of another character, the
  // file merely misses the fast path.
  if (await fileHasByte(path, QUOTE, maxFileBytes)) {
    return parseWithCsvParse(path, source, maxRecordBytes, sink);
  }
  const splitter = new PlainCsvSplitter(sink, { maxRecordBytes });
  for await (const bytes of textFileBytes(path, source)) splitter.push(bytes);
  splitter.end();
}

async function fileHasByte(path: string, byte: number, maxBytes: number): Promise<boolean> {
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  let read = 0;
  try {
    for await (const chunk of stream) {
      if ((chunk as Buffer).indexOf(byte) >= 0) return true;
      read += (chunk as Buffer).length;
      // A device or pipe without end (or a file past the limit): textFileBytes says so.
      if (read > maxBytes) return false;
    }
    return false;
  } finally {
    stream.destroy();
  }
}

async function parseWithCsvParse(
  path: string,
  source: TextFileOptions,
  maxRecordBytes: number,
  sink: RecordSink,
): Promise<void> {
  const parser = parse({ ...CSV_PARSE_OPTIONS, max_record_size: maxRecordBytes });
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
    pipeline(textFileBytes(path, source), parser).catch(reject);
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
