import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { TextEncoding } from "./detectEncoding";
import { InputError } from "./InputError";
import { InvalidTextError, Utf8Transcoder } from "./Utf8Transcoder";

/** The bounds on what the CLI reads; docs/cli.md ("Limits") states them. */
export interface ReadLimits {
  /** The largest CSV file, in bytes. */
  readonly maxFileBytes: number;
  /** The longest CSV record (a line, or the lines of one quoted record), in bytes. */
  readonly maxRecordBytes: number;
  /** The largest JSON file, in bytes (a JSON file is parsed whole, as one string). */
  readonly maxJsonBytes: number;
}

const MIB = 1024 * 1024;

/**
 * The CLI's limits: 1 GiB a CSV file (six times the national-scale 1,000,000-household file),
 * 1 MiB a record, 500 MiB a JSON file (JavaScript's longest string is about 512 Mi
 * characters, and JSON is parsed from one string).
 */
export const READ_LIMITS: ReadLimits = {
  maxFileBytes: 1024 * MIB,
  maxRecordBytes: MIB,
  maxJsonBytes: 500 * MIB,
};

/** A size in bytes as docs/cli.md writes it: `1 GiB`, `500 MiB`, `1 MiB`, `4096 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MIB && bytes % (1024 * MIB) === 0) return `${bytes / (1024 * MIB)} GiB`;
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/**
 * A file the CLI cannot read as text: too large, or not valid in its encoding. The message is
 * ours and never quotes the file; `line` is where the problem is, when known.
 */
export class TextFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "TextFileError";
  }
}

const CHUNK_BYTES = MIB;

/** Options of {@link textFileBytes}. */
export interface TextFileOptions {
  /** The encoding, or `"auto"` to detect it (see {@link Utf8Transcoder}). */
  readonly encoding: TextEncoding | "auto";
  /** The largest file read, in bytes. */
  readonly maxBytes: number;
  /** Told the encoding once it is known. */
  readonly onEncoding?: (encoding: TextEncoding) => void;
}

/**
 * The text of the file at `path` as valid UTF-8 bytes, chunk by chunk, whatever its encoding
 * (a UTF-8 BOM is kept, a UTF-16 one dropped). Throws {@link TextFileError} when the file is
 * larger than `maxBytes`, or at the first line not valid in its encoding.
 *
 * @example
 * ```ts
 * for await (const bytes of textFileBytes("households.csv", { encoding: "auto", maxBytes: 1e9 }))
 *   console.log(bytes.length);
 * ```
 */
export async function* textFileBytes(
  path: string,
  options: TextFileOptions,
): AsyncGenerator<Uint8Array> {
  const { maxBytes } = options;
  await checkFileSize(path, maxBytes);
  const transcoder = new Utf8Transcoder(options.encoding, options.onEncoding);
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let read = 0;
  try {
    try {
      for await (const chunk of stream) {
        read += (chunk as Uint8Array).length;
        if (read > maxBytes) throw tooLarge(maxBytes);
        for (const bytes of transcoder.push(chunk as Uint8Array)) yield bytes;
      }
      for (const bytes of transcoder.end()) yield bytes;
    } finally {
      stream.destroy();
    }
  } catch (error) {
    if (!(error instanceof InvalidTextError)) throw error;
    const line = await lineAt(path, error.offset, error.encoding);
    throw new TextFileError(error.message, line);
  }
}

/**
 * Throws {@link TextFileError} if the file at `path` is larger than `maxBytes`, without reading
 * it. A device or pipe has no size: readers count its bytes as they come.
 */
export async function checkFileSize(path: string, maxBytes: number): Promise<void> {
  if ((await stat(path)).size > maxBytes) throw tooLarge(maxBytes);
}

function tooLarge(maxBytes: number): TextFileError {
  return new TextFileError(`is larger than ${formatBytes(maxBytes)}, the most peygir reads`);
}

// The 1-based line of the byte at `offset` of the file: one plus the line breaks (CRLF, LF or
// CR) before it. Read again only when a file is refused, so reading stays one pass.
async function lineAt(path: string, offset: number, encoding: TextEncoding): Promise<number> {
  if (offset === 0) return 1;
  const wide = encoding === "utf-16le" || encoding === "utf-16be";
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES, end: offset - 1 });
  let lines = 1;
  let afterCr = false;
  try {
    for await (const chunk of stream) {
      let buffer = chunk as Buffer;
      if (wide) {
        buffer = Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)));
        if (encoding === "utf-16be") buffer.swap16();
      }
      const step = wide ? 2 : 1;
      for (let i = 0; i < buffer.length; i += step) {
        const unit = wide ? buffer.readUInt16LE(i) : (buffer[i] as number);
        if (unit === 10) {
          if (!afterCr) lines++;
          afterCr = false;
        } else if (unit === 13) {
          lines++;
          afterCr = true;
        } else afterCr = false;
      }
    }
    return lines;
  } finally {
    stream.destroy();
  }
}

/** Options of {@link readTextFile}. */
export interface ReadTextFileOptions {
  /** The file name used in messages (default: the path). */
  readonly label?: string;
  /** The largest file read, in bytes (default: {@link READ_LIMITS}' `maxJsonBytes`). */
  readonly maxBytes?: number;
}

/**
 * The whole text of a JSON or other small file, its encoding detected as for CSV (a BOM is
 * dropped). Throws an `InputError` naming the file (and the line) when it is too large or not
 * valid in its encoding.
 */
export async function readTextFile(
  path: string,
  options: ReadTextFileOptions = {},
): Promise<string> {
  const label = options.label ?? path;
  const chunks: Uint8Array[] = [];
  try {
    const maxBytes = options.maxBytes ?? READ_LIMITS.maxJsonBytes;
    for await (const bytes of textFileBytes(path, { encoding: "auto", maxBytes })) {
      chunks.push(bytes);
    }
  } catch (error) {
    if (!(error instanceof TextFileError)) throw error;
    throw new InputError([
      {
        file: label,
        ...(error.line !== undefined ? { line: error.line } : {}),
        message: error.message,
      },
    ]);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
