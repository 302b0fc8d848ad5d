import { normalizePersian } from "../../text/normalizePersian";

/** The kinds of table the CLI reads. */
export type TableKind = "agencies" | "households" | "sponsorships" | "tasks";

/** One column a table may have: its English header, its Persian header, whether required. */
export interface ColumnSpec {
  /** The English header, also the key the row mapper reads. */
  readonly name: string;
  /** The Persian header (and accepted variants after the first). */
  readonly fa: readonly string[];
  /** Whether the column must be present in the header line. */
  readonly required: boolean;
}

function column(name: string, fa: string | readonly string[], required = false): ColumnSpec {
  return { name, fa: typeof fa === "string" ? [fa] : fa, required };
}

const ID = column("id", "شناسه", true);
const COUNTY = column("county", "شهرستان");
const DISTRICT = column("district", ["بخش", "ناحیه"]);
const STATUS = column("status", "وضعیت");

/**
 * The one header table of the CLI: for each kind of file, its columns in English and Persian.
 * docs/cli.md reproduces it; keep the two in step.
 */
export const COLUMNS: Readonly<Record<TableKind, readonly ColumnSpec[]>> = {
  agencies: [
    ID,
    column("name", ["نام", "نام دستگاه"], true),
    column("province", "استان", true),
    COUNTY,
    DISTRICT,
    column("quota", ["سهمیه", "سهمیه حمایت"]),
    column("active", "فعال"),
    column("kind", "نوع"),
    column("parent_id", "شناسه دستگاه بالادست"),
  ],
  households: [
    ID,
    column("head_name", "نام سرپرست", true),
    column("national_id", ["کد ملی", "کدملی"], true),
    column("mobile", ["موبایل", "تلفن همراه"]),
    column("members", ["تعداد اعضا", "بعد خانوار"], true),
    column("vulnerabilities", ["آسیب‌پذیری‌ها", "آسیب‌ها"]),
    column("monthly_income", ["درآمد ماهانه", "درآمد"]),
    column("need_score", "امتیاز نیاز"),
    STATUS,
    column("province", "استان", true),
    COUNTY,
    DISTRICT,
    column("excluded_agencies", "دستگاه‌های مستثنی"),
  ],
  sponsorships: [
    ID,
    column("agency_id", "شناسه دستگاه", true),
    column("household_id", "شناسه خانوار", true),
    column("since", ["از تاریخ", "از"], true),
    column("until", ["تا تاریخ", "تا"]),
    STATUS,
    // Written by `peygir allocate`, so its output can be the next run's --existing file.
    column("change", "تغییر"),
    column("reason", "دلیل"),
  ],
  tasks: [
    ID,
    column("agency_id", "شناسه دستگاه", true),
    column("directive_id", "شناسه مصوبه"),
    column("title", "عنوان", true),
    column("issued_at", ["زمان ابلاغ", "تاریخ ابلاغ"], true),
    column("deadline", "مهلت"),
    column("completed_at", ["زمان انجام", "تاریخ انجام"]),
    column("cancelled_at", ["زمان لغو", "تاریخ لغو"]),
    column("evidence", "مستندات"),
  ],
};

/** A header as compared: normalised Persian, no spaces, ZWNJ, underscores, dashes or case. */
export function headerKey(header: string): string {
  return normalizePersian(header)
    .replace(/[\s\u200c_-]/g, "")
    .toLowerCase();
}

/** What a header line resolved to: the column of each position (or undefined if unknown). */
export interface ResolvedHeader {
  /** For each position in the file, the English column name, or undefined. */
  readonly names: readonly (string | undefined)[];
  /** The positions (0-based) of the non-empty headers that matched no column. */
  readonly unknown: readonly number[];
  /** Required columns not found, by English name. */
  readonly missing: readonly string[];
  /** Columns named twice, by English name. */
  readonly duplicated: readonly string[];
}

/** Maps a file's header line to the columns of `kind`, in English or Persian. */
export function resolveHeader(kind: TableKind, headers: readonly string[]): ResolvedHeader {
  const specs = COLUMNS[kind];
  const byKey = new Map<string, string>();
  for (const spec of specs) {
    byKey.set(headerKey(spec.name), spec.name);
    for (const fa of spec.fa) byKey.set(headerKey(fa), spec.name);
  }
  const names: (string | undefined)[] = [];
  const unknown: number[] = [];
  const seen = new Set<string>();
  const duplicated: string[] = [];
  for (const [i, header] of headers.entries()) {
    // No column name is long: a long cell (data, junk) is not normalised to be compared.
    const name = header.length > MAX_HEADER_LENGTH ? undefined : byKey.get(headerKey(header));
    if (name === undefined) {
      if (header.trim() !== "") unknown.push(i);
      names.push(undefined);
      continue;
    }
    if (seen.has(name)) duplicated.push(name);
    seen.add(name);
    names.push(name);
  }
  const missing = specs.filter((spec) => spec.required && !seen.has(spec.name)).map((s) => s.name);
  return { names, unknown, missing, duplicated };
}

/** The Persian header of an English column name (for messages), if the table has one. */
export function persianHeader(kind: TableKind, name: string): string | undefined {
  return COLUMNS[kind].find((spec) => spec.name === name)?.fa[0];
}

/** The longest header cell compared with the column names; longer ones are unknown. */
const MAX_HEADER_LENGTH = 100;

// A header cell shown in a message: a short run of letters, with inner spaces, ZWNJ, `_` or
// `-`, and no digit. Names, ids, codes, numbers and binary junk do not pass.
const FIELD_NAME = /^\p{L}[\p{L}\p{M} _\u200c-]{0,30}$/u;

/**
 * Whether header text `text` may be quoted in a message: 1 to 31 characters, starting with a
 * letter, of letters (any script), combining marks, spaces, ZWNJ, `_` and `-`; no digit,
 * punctuation or control character. A person's name can pass this test, so callers quote a
 * header only once the line is known to be a header (all required columns named).
 *
 * @example
 * ```ts
 * isFieldNameLike("Notes"); // => true
 * isFieldNameLike("توضیحات"); // => true
 * isFieldNameLike("0013542419"); // => false
 * isFieldNameLike("hh-1"); // => false
 * ```
 */
export function isFieldNameLike(text: string): boolean {
  return FIELD_NAME.test(text.trim());
}

const LISTED_UNKNOWN = 5;

/**
 * The warning for the unknown columns of a header line (`positions` are 0-based): each named
 * by its position, and by its text only when that looks like a field name; at most five.
 *
 * @example
 * ```ts
 * unknownColumnsMessage(["id", "Notes", "x1"], [1, 2]);
 * // => 'ignoring 2 unknown columns: column 2 ("Notes"), column 3'
 * ```
 */
export function unknownColumnsMessage(
  record: readonly string[],
  positions: readonly number[],
): string {
  const listed = positions.slice(0, LISTED_UNKNOWN).map((i) => {
    const text = record[i]?.trim() ?? "";
    return isFieldNameLike(text) ? `column ${i + 1} ("${text}")` : `column ${i + 1}`;
  });
  const more = positions.length - listed.length;
  const list = listed.join(", ") + (more > 0 ? ` and ${more} more` : "");
  return positions.length === 1
    ? `ignoring an unknown column: ${list}`
    : `ignoring ${positions.length} unknown columns: ${list}`;
}

/**
 * The hint added when required columns are missing and the first line may not be a header at
 * all: it names no required column, or it looks like data (a cell with a digit, or a cell
 * that is no field name). Names the required columns, never the line's cells. `undefined`
 * when the line is plainly a header that lacks a column.
 *
 * @example
 * ```ts
 * const first = ["ag-1", "اداره نمونه", "کرمان"];
 * noHeaderMessage("agencies", first, resolveHeader("agencies", first));
 * // => "the first line looks like data, not column names: no header line? The first line
 * //     must name the columns (at least id, name, province)"
 * noHeaderMessage("agencies", ["id", "name"], resolveHeader("agencies", ["id", "name"]));
 * // => undefined
 * ```
 */
export function noHeaderMessage(
  kind: TableKind,
  record: readonly string[],
  header: ResolvedHeader,
): string | undefined {
  const required = COLUMNS[kind].filter((spec) => spec.required).map((spec) => spec.name);
  const looksLikeData = record.some((cell) => cell.trim() !== "" && !isFieldNameLike(cell));
  const namesRequired = header.names.some((name) => name !== undefined && required.includes(name));
  if (namesRequired && !looksLikeData) return undefined;
  const hint = `no header line? The first line must name the columns (at least ${required.join(", ")})`;
  return looksLikeData ? `the first line looks like data, not column names: ${hint}` : hint;
}
