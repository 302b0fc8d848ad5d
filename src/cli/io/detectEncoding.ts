import { isValidUtf8Prefix } from "./utf8Bytes";

// Text encodings told apart: by a byte-order mark, or by whether the bytes after the first
// non-ASCII one are valid UTF-8. Utf8Transcoder.ts turns a file into UTF-8 once it is known.

/** The text encodings the CLI reads. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256";

// How far past the first non-ASCII byte a file without a BOM is looked at to tell UTF-8 from
// Windows-1256.
const SAMPLE_BYTES = 64 * 1024;

/**
 * Guesses the encoding of a file that starts with `sample`: a BOM decides; otherwise the
 * first 64 KiB from the first non-ASCII byte decide: valid UTF-8 is UTF-8, anything else
 * Windows-1256 (what Excel saves Persian as on Windows). ASCII alone is UTF-8.
 *
 * @example
 * ```ts
 * detectEncoding(new TextEncoder().encode("نام")); // => "utf-8"
 * detectEncoding(Uint8Array.from([0xe4, 0xc7, 0xe3])); // => "windows-1256"
 * ```
 */
export function detectEncoding(sample: Uint8Array): TextEncoding {
  return bomEncoding(sample) ?? guessEncoding(sample, true) ?? "utf-8";
}

/** The encoding a byte-order mark at the start of `bytes` names, if any. */
export function bomEncoding(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

// UTF-8 or Windows-1256 by the bytes from the first non-ASCII one on; undefined while all
// bytes are ASCII (the two agree there) or, unless `final`, too few follow to judge.
export function guessEncoding(bytes: Uint8Array, final: boolean): TextEncoding | undefined {
  const first = firstNonAscii(bytes);
  if (first < 0) return undefined;
  const sample = bytes.subarray(first, first + SAMPLE_BYTES);
  if (sample.length < SAMPLE_BYTES && !final) return undefined;
  return isValidUtf8Prefix(sample) ? "utf-8" : "windows-1256";
}

/** The index of the first byte ≥ 0x80, or -1. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return i;
  return -1;
}
