/** Receives one record and the number of file lines it spans (1 plus its inner line breaks). */
export type RecordSink = (record: string[], lines: number) => void;

const UTF8_BOM = "\u00ef\u00bb\u00bf";

// Shorter strings are copied by V8 anyway; longer ones would be slices of the whole chunk.
const SLICE_MIN_LENGTH = 13;

// Line breaks that are not the record delimiter (the delimiter's own are never inside a record).
const STRAY_BREAKS: Readonly<Record<string, RegExp>> = {
  "\r\n": /\r(?!\n)|(?<!\r)\n/g,
  "\n": /\r/g,
  "\r": /\n/g,
};

const MEMO_LIMIT = 1024;

// A byte of a multi-byte UTF-8 sequence, in the Latin-1 view of the bytes.
const NON_ASCII = /[\u0080-\u00ff]/g;

/**
 * A record longer than the limit: the code csv-parse gives the same error (its
 * `max_record_size`), so that callers handle the two alike.
 */
export class RecordTooLongError extends Error {
  /** csv-parse's code for the same error. */
  readonly code = "CSV_MAX_RECORD_SIZE";
  constructor() {
    super("a record is longer than the limit");
    this.name = "RecordTooLongError";
  }
}

/** Options of {@link PlainCsvSplitter}. */
export interface PlainCsvSplitterOptions {
  /** The longest record, in bytes, without its line break (default: no limit). */
  readonly maxRecordBytes?: number;
}

/**
 * Splits UTF-8 CSV bytes that hold no quote character into records, exactly as csv-parse does
 * with `CSV_PARSE_OPTIONS` (`bom: true`, `relax_column_count: true`, `skip_empty_lines:
 * false`, `delimiter: ","`, the record delimiter discovered), several times as fast.
 *
 * - A UTF-8 BOM at the start is dropped.
 * - The record delimiter is the first line break: CRLF, LF or a lone CR. The other two are
 *   then ordinary characters of a cell, counted as lines all the same.
 * - An empty line is the record `[""]`; a final line break ends the last record and starts
 *   none.
 *
 * The bytes are searched as Latin-1 text (one character a byte: the delimiters are ASCII and
 * never part of a multi-byte sequence), and only the cells with a non-ASCII byte are decoded
 * from UTF-8. ASCII cells so stay one-byte strings, as csv-parse makes them: half the memory
 * of the two-byte strings that slices of decoded Persian text would be, and faster to hash,
 * compare and write.
 *
 * Quoted cells are not handled at all: input with a `"` must go to csv-parse.
 *
 * A record longer than `maxRecordBytes` throws a {@link RecordTooLongError} as soon as that
 * many bytes of it have come, so input without line breaks is never gathered whole.
 *
 * @example
 * ```ts
 * const records: string[][] = [];
 * const splitter = new PlainCsvSplitter((record) => records.push(record));
 * splitter.push(Buffer.from("\ufeffid,name\r\n1,"));
 * splitter.push(Buffer.from("علی\r\n\r\n2"));
 * splitter.end();
 * records; // => [["id", "name"], ["1", "علی"], [""], ["2"]]
 * ```
 */
export class PlainCsvSplitter {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;
  private delimiter: string | undefined;
  // Cursors into the text being split, moved forward only: a search bounded by the line would
  // rescan the rest of the text for every line without a match.
  private comma = -1;
  private nonAscii = -1;
  // For each column, the cells that had to be decoded or copied, by their raw (Latin-1)
  // text: a province, a county or a list of labels comes back row after row, and decoding
  // or copying each once is cheaper than doing it on every row. A column with too many
  // different values (names) stops being remembered (null).
  private readonly memos: (Map<string, string> | null | undefined)[] = [];

  private readonly maxRecordBytes: number;

  /**
   * @param sink - The function each record is handed to, in file order.
   * @param options - The longest record.
   */
  constructor(
    private readonly sink: RecordSink,
    options: PlainCsvSplitterOptions = {},
  ) {
    this.maxRecordBytes = options.maxRecordBytes ?? Number.POSITIVE_INFINITY;
  }

  /** Splits the next bytes (whole UTF-8 sequences); a record cut at their end waits. */
  push(bytes: Uint8Array): void {
    this.split(bytes, false);
  }

  /** Hands out the last record, if the input did not end with a line break. */
  end(): void {
    this.split(new Uint8Array(0), true);
    const rest = this.pending;
    this.pending = Buffer.alloc(0);
    if (rest.length === 0) return;
    const text = rest.toString("latin1");
    this.startCursors(text);
    this.sink(this.record(rest, text, 0, text.length), 1 + countBreaks(text, 0, text.length));
  }

  private split(bytes: Uint8Array, final: boolean): void {
    let data =
      this.pending.length === 0
        ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        : Buffer.concat([this.pending, bytes]);
    if (!this.started) {
      // csv-parse looks for the BOM once it has three bytes (or the input has ended).
      if (data.length < UTF8_BOM.length && !final) {
        this.pending = Buffer.from(data);
        return;
      }
      this.started = true;
      if (data.toString("latin1", 0, UTF8_BOM.length) === UTF8_BOM)
        data = data.subarray(UTF8_BOM.length);
    }
    const text = data.toString("latin1");
    const delimiter = this.delimiter ?? this.discover(text, final);
    let start = 0;
    if (delimiter !== undefined) {
      // Stray breaks are rare: one search usually covers the whole text.
      const stray = STRAY_BREAKS[delimiter] as RegExp;
      stray.lastIndex = 0;
      let nextStray = stray.exec(text)?.index ?? Number.POSITIVE_INFINITY;
      this.startCursors(text);
      for (let end = text.indexOf(delimiter); end >= 0; end = text.indexOf(delimiter, start)) {
        let lines = 1;
        if (nextStray < end) {
          lines += countBreaks(text, start, end);
          stray.lastIndex = end;
          nextStray = stray.exec(text)?.index ?? Number.POSITIVE_INFINITY;
        }
        if (end - start > this.maxRecordBytes) throw new RecordTooLongError();
        this.sink(this.record(data, text, start, end), lines);
        start = end + delimiter.length;
      }
    }
    if (data.length - start > this.maxRecordBytes) throw new RecordTooLongError();
    // A copy: the caller may reuse its buffer once `push` returns.
    this.pending = Buffer.from(data.subarray(start));
  }

  // csv-parse takes the first line break it meets; a CR at the end of the input so far may
  // still turn out to be a CRLF.
  private discover(text: string, final: boolean): string | undefined {
    const cr = text.indexOf("\r");
    const lf = text.indexOf("\n");
    if (lf >= 0 && (cr < 0 || lf < cr)) this.delimiter = "\n";
    else if (cr >= 0 && cr + 1 < text.length)
      this.delimiter = text.charCodeAt(cr + 1) === 10 ? "\r\n" : "\r";
    else if (cr >= 0 && final) this.delimiter = "\r";
    return this.delimiter;
  }

  private startCursors(text: string): void {
    this.comma = text.indexOf(",");
    NON_ASCII.lastIndex = 0;
    this.nonAscii = NON_ASCII.exec(text)?.index ?? -1;
  }

  // The cells of the line text[start, end).
  private record(data: Buffer, text: string, start: number, end: number): string[] {
    const record: string[] = [];
    let from = start;
    while (this.comma >= 0 && this.comma < end) {
      record.push(this.cell(data, text, from, this.comma, record.length));
      from = this.comma + 1;
      this.comma = text.indexOf(",", from);
    }
    record.push(this.cell(data, text, from, end, record.length));
    return record;
  }

  private cell(data: Buffer, text: string, start: number, end: number, column: number): string {
    const raw = text.slice(start, end);
    const ascii = this.nonAscii < 0 || this.nonAscii >= end;
    if (ascii && raw.length < SLICE_MIN_LENGTH) return raw;
    if (!ascii) {
      NON_ASCII.lastIndex = end;
      this.nonAscii = NON_ASCII.exec(text)?.index ?? -1;
    }
    let memo = this.memos[column];
    if (memo === undefined) {
      memo = new Map();
      this.memos[column] = memo;
    }
    const known = memo?.get(raw);
    if (known !== undefined) return known;
    // A copy, not a slice: a cell kept in an entity must not keep the whole chunk alive.
    const cell = ascii ? copy(raw) : data.toString("utf8", start, end);
    if (memo !== null && memo.size < MEMO_LIMIT) memo.set(ascii ? cell : copy(raw), cell);
    else this.memos[column] = null;
    return cell;
  }
}

// A flat copy of a (possibly sliced) string.
function copy(text: string): string {
  return `${text} `.slice(0, -1);
}

// CR and LF each count one: a record cannot hold a CRLF, since that would be its delimiter
// (or, with a lone delimiter, would contain it).
function countBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) count++;
  }
  return count;
}
