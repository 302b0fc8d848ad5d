import { isUtf8 } from "node:buffer";
import { bomEncoding, firstNonAscii, guessEncoding, type TextEncoding } from "./detectEncoding";
import { firstLoneSurrogate } from "./firstLoneSurrogate";
import { completeLength, firstInvalidUtf8 } from "./utf8Bytes";

// The bytes of a text file turned into UTF-8 one chunk at a time, in the encoding
// detectEncoding.ts tells. The file-reading side (limits, sizes, the line of a refused byte)
// is in ./decode.

/** Raised by {@link Utf8Transcoder} at the first byte not valid in the file's encoding. */
export class InvalidTextError extends Error {
  constructor(
    message: string,
    /** The offset of the byte in the file. */
    readonly offset: number,
    /** The file's encoding. */
    readonly encoding: TextEncoding,
  ) {
    super(message);
    this.name = "InvalidTextError";
  }
}

/**
 * Turns the bytes of a text file, pushed in order, into valid UTF-8: one encoding for the
 * whole file, or an {@link InvalidTextError} at the first byte not valid in it.
 *
 * With `"auto"`, a BOM decides (UTF-8, UTF-16 LE or BE); without one the file is ASCII until
 * its first non-ASCII byte, and the 64 KiB from there decide between UTF-8 (if valid) and
 * Windows-1256. A file found to be UTF-8 that later holds an invalid byte is refused there,
 * never read again in another encoding: lines read as UTF-8 and lines read as Windows-1256
 * cannot both be right.
 *
 * @example
 * ```ts
 * const transcoder = new Utf8Transcoder("auto");
 * const out = [...transcoder.push(Uint8Array.from([0x61, 0xe4, 0xc7, 0xe3])), ...transcoder.end()];
 * Buffer.concat(out).toString(); // => "aنام"
 * ```
 */
export class Utf8Transcoder {
  private encoding: TextEncoding | undefined;
  private announced = false;
  // Whether the file starts with its encoding's byte-order mark.
  private bom = false;
  // Bytes held back: an undecided window, a cut sequence, an odd byte.
  private pending: Uint8Array = new Uint8Array(0);
  // The file offset of `pending`'s first byte.
  private offset = 0;
  private started = false;
  private readonly cp1256 = new TextDecoder("windows-1256");

  /**
   * @param encoding - The encoding, or `"auto"`.
   * @param onEncoding - Told the encoding once it is known.
   */
  constructor(
    encoding: TextEncoding | "auto",
    private readonly onEncoding?: (encoding: TextEncoding) => void,
  ) {
    this.encoding = encoding === "auto" ? undefined : encoding;
  }

  /** The next bytes of the file; returns the UTF-8 bytes ready so far. */
  push(bytes: Uint8Array): Uint8Array[] {
    return this.convert(bytes, false);
  }

  /** The end of the file; returns the last UTF-8 bytes. */
  end(): Uint8Array[] {
    return this.convert(new Uint8Array(0), true);
  }

  /** The encoding, once known. */
  get detected(): TextEncoding | undefined {
    return this.encoding;
  }

  private convert(bytes: Uint8Array, final: boolean): Uint8Array[] {
    let data = this.pending.length === 0 ? bytes : concat(this.pending, bytes);
    this.pending = new Uint8Array(0);
    const out: Uint8Array[] = [];
    if (!this.started) {
      // A BOM is two or three bytes: wait for them.
      if (data.length < 3 && !final) {
        this.pending = data.slice();
        return out;
      }
      this.started = true;
      const bom = bomEncoding(data);
      if (bom !== undefined && (this.encoding === undefined || this.encoding === bom)) {
        this.encoding = bom;
        this.bom = true;
      }
    }
    if (this.encoding === undefined) {
      const guess = guessEncoding(data, final);
      if (guess === undefined) {
        // ASCII so far (the same in both encodings) goes out; the rest waits for the verdict.
        const first = firstNonAscii(data);
        const ascii = first < 0 ? data.length : first;
        if (ascii > 0) out.push(data.slice(0, ascii));
        this.offset += ascii;
        this.pending = data.slice(ascii);
        return out;
      }
      this.encoding = guess;
    }
    if (!this.announced) {
      this.announced = true;
      this.onEncoding?.(this.encoding);
    }
    switch (this.encoding) {
      case "utf-8":
        data = this.utf8(data, final, out);
        break;
      case "windows-1256":
        // Every byte is a character of code page 1256.
        if (data.length > 0) out.push(Buffer.from(this.cp1256.decode(data), "utf8"));
        this.offset += data.length;
        data = new Uint8Array(0);
        break;
      case "utf-16le":
      case "utf-16be":
        data = this.utf16(data, final, out);
        break;
      default: {
        const exhaustive: never = this.encoding;
        throw new Error(`unknown encoding ${String(exhaustive)}`);
      }
    }
    this.pending = data.slice();
    return out;
  }

  // Checks UTF-8 without decoding it; returns the cut sequence at the end, if any.
  private utf8(data: Uint8Array, final: boolean, out: Uint8Array[]): Uint8Array {
    const end = final ? data.length : completeLength(data);
    const whole = data.subarray(0, end);
    if (!isUtf8(whole)) {
      throw new InvalidTextError(
        this.bom
          ? "is not valid UTF-8, though the file starts with a UTF-8 byte-order mark; save the whole file as UTF-8"
          : "is not valid UTF-8, as the lines before it are; save the whole file as UTF-8",
        this.offset + firstInvalidUtf8(whole),
        "utf-8",
      );
    }
    if (whole.length > 0) out.push(whole);
    this.offset += end;
    return data.subarray(end);
  }

  private utf16(data: Uint8Array, final: boolean, out: Uint8Array[]): Uint8Array {
    const little = this.encoding === "utf-16le";
    let end = data.length - (data.length % 2);
    // A high surrogate at the end waits for its low half.
    if (!final && end >= 2) {
      const last = little
        ? (data[end - 2] as number) | ((data[end - 1] as number) << 8)
        : ((data[end - 2] as number) << 8) | (data[end - 1] as number);
      if (last >= 0xd800 && last <= 0xdbff) end -= 2;
    }
    const units = Buffer.from(data.buffer, data.byteOffset, end);
    let text = little ? units.toString("utf16le") : Buffer.from(units).swap16().toString("utf16le");
    const skip = this.offset === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (skip === 1) text = text.slice(1);
    const lone = firstLoneSurrogate(text);
    if (lone >= 0) {
      throw new InvalidTextError(
        "is not valid UTF-16 (half of a surrogate pair); save the whole file as UTF-8",
        this.offset + 2 * (lone + skip),
        this.encoding as TextEncoding,
      );
    }
    if (final && end < data.length) {
      throw new InvalidTextError(
        "is not valid UTF-16 (the file ends in half a character); save the whole file as UTF-8",
        this.offset + end,
        this.encoding as TextEncoding,
      );
    }
    if (text.length > 0) out.push(Buffer.from(text, "utf8"));
    this.offset += end;
    return data.subarray(end);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
