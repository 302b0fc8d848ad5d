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
  /** Headers that matched no column, as written. */
  readonly unknown: readonly string[];
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
  const unknown: string[] = [];
  const seen = new Set<string>();
  const duplicated: string[] = [];
  for (const header of headers) {
    const name = byKey.get(headerKey(header));
    if (name === undefined) {
      if (header.trim() !== "") unknown.push(header);
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
