import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";

/** The text encodings the CLI reads. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256";

const SAMPLE_BYTES = 64 * 1024;

/**
 * Guesses a file's encoding from its first bytes: a BOM decides; otherwise text that is valid
 * UTF-8 is UTF-8, and anything else is Windows-1256 (what Excel saves Persian as on Windows).
 */
export function detectEncoding(sample: Uint8Array): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return "utf-8";
  if (sample[0] === 0xff && sample[1] === 0xfe) return "utf-16le";
  if (sample[0] === 0xfe && sample[1] === 0xff) return "utf-16be";
  return isValidUtf8Prefix(sample) ? "utf-8" : "windows-1256";
}

/** Whether `bytes` is valid UTF-8, allowing a multi-byte sequence cut at the end. */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    // `stream: true` keeps an incomplete trailing sequence pending instead of failing on it.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The encoding of the file at `path`, guessed from its first 64 KiB. */
export async function detectFileEncoding(path: string): Promise<TextEncoding> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return detectEncoding(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Raised when a file guessed to be UTF-8 turns out not to be, further in. */
export class NotUtf8Error extends Error {
  constructor() {
    super("not valid UTF-8");
    this.name = "NotUtf8Error";
  }
}

/**
 * The text of the file at `path`, chunk by chunk, decoded from `encoding` (a BOM is dropped).
 * Throws `NotUtf8Error` if a file read as UTF-8 holds an invalid byte sequence.
 */
export async function* decodeFile(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of stream) {
      const text = decode(decoder, chunk as Uint8Array, true);
      if (text.length > 0) yield text;
    }
    const rest = decode(decoder, undefined, false);
    if (rest.length > 0) yield rest;
  } finally {
    stream.destroy();
  }
}

function decode(decoder: TextDecoder, chunk: Uint8Array | undefined, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    throw new NotUtf8Error();
  }
}

/** The whole text of a (small) file, with its encoding detected as for CSV. */
export async function readTextFile(path: string): Promise<string> {
  const encoding = await detectFileEncoding(path);
  try {
    return await join(decodeFile(path, encoding));
  } catch (error) {
    if (error instanceof NotUtf8Error) return join(decodeFile(path, "windows-1256"));
    throw error;
  }
}

async function join(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

/**
 * The bytes of a UTF-8 file, checked chunk by chunk without decoding them (csv-parse decodes
 * its fields itself). Throws `NotUtf8Error` at the first invalid sequence; a sequence cut
 * between two chunks is checked with the next one.
 */
export async function* utf8FileBytes(path: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  let carry: Uint8Array | undefined;
  try {
    for await (const read of stream) {
      const chunk: Uint8Array =
        carry === undefined ? (read as Uint8Array) : concat(carry, read as Uint8Array);
      const end = completeLength(chunk);
      const whole = chunk.subarray(0, end);
      if (!isUtf8(whole)) throw new NotUtf8Error();
      carry = end < chunk.length ? chunk.slice(end) : undefined;
      if (whole.length > 0) yield whole;
    }
    if (carry !== undefined) throw new NotUtf8Error();
  } finally {
    stream.destroy();
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// The length of `bytes` without a multi-byte sequence cut at its end.
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? length - back : length;
  }
  return length;
}
