import type { z } from "zod";
import { Agency } from "../../entities/Agency";
import { Household } from "../../entities/Household";
import { Region } from "../../entities/Region";
import { Sponsorship } from "../../entities/Sponsorship";
import { Task } from "../../entities/Task";
import { toPeygirIssues } from "../../internal/zodIssues";
import { fromJalaliDate } from "../../jalali/fromJalaliDate";
import { safeParseJalaliDate } from "../../jalali/safeParseJalaliDate";
import { normalizePersian } from "../../text/normalizePersian";
import { COLUMNS, headerKey, type TableKind } from "./columns";
import { READ_LIMITS, type ReadLimits, readTextFile } from "./decode";
import { findRepeats } from "./findRepeats";
import { InputError, type RowError } from "./InputError";
import { quickParseAgency, quickParseHousehold } from "./quickParse";
import { type CsvRow, cellOf, type FieldIssue, type RowResult, readCsv } from "./readCsv";
import { readId, readIdsIn } from "./readId";

/** The entity each kind of table holds. */
export interface TableEntity {
  agencies: Agency;
  households: Household;
  sponsorships: Sponsorship;
  tasks: Task;
}

/** A table read from a file: its valid entities and the problems of the invalid ones. */
export interface Table<K extends TableKind> {
  /** The valid entities, in file order. */
  readonly items: TableEntity[K][];
  /** Every problem found (none when `items` is the whole file). */
  readonly errors: RowError[];
  /** What does not stop the command (unknown columns), for stderr. */
  readonly warnings: RowError[];
}

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /** The file name used in messages (default: the path). */
  readonly label?: string;
  /** The size limits (default: {@link READ_LIMITS}; smaller in tests). */
  readonly limits?: ReadLimits;
}

/**
 * Reads a table of `kind` from a `.csv` or `.json` file (chosen by extension), validating
 * every row with the entity's schema and collecting every problem with its line and column.
 * Both formats read ids alike ({@link readId}) and check provinces against the 31. Whatever
 * the file holds, problems come back as `errors`; only a fault of peygir itself throws.
 */
export async function readTable<K extends TableKind>(
  path: string,
  kind: K,
  options: ReadTableOptions = {},
): Promise<Table<K>> {
  const label = options.label ?? path;
  try {
    return await readTableOrThrow(path, kind, label, options.limits ?? READ_LIMITS);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = FILE_ERRORS[typeof code === "string" ? code : ""];
    if (reason === undefined) throw error;
    return { items: [], errors: [{ file: label, message: reason }], warnings: [] };
  }
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "file not found",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ENOTDIR: "file not found",
  ELOOP: "file not found (a loop of symbolic links)",
  ENAMETOOLONG: "file not found (the name is too long)",
};

async function readTableOrThrow<K extends TableKind>(
  path: string,
  kind: K,
  label: string,
  limits: ReadLimits,
): Promise<Table<K>> {
  const extension = path.toLowerCase().split(".").pop();
  let items: TableEntity[K][];
  // Where each item is: its line (CSV) or its index in the array (JSON).
  let places: number[];
  let where: "line" | "index";
  let errors: RowError[];
  let warnings: RowError[] = [];
  if (extension === "json") {
    ({ items, indexes: places, errors } = await readJsonTable(path, kind, label, limits));
    where = "index";
  } else if (extension === "csv") {
    ({
      items,
      lines: places,
      errors,
      warnings,
    } = await readCsv(path, kind, createRowMapper(kind), { label, limits }));
    where = "line";
  } else {
    return {
      items: [],
      errors: [{ file: label, message: "must end in .csv or .json" }],
      warnings: [],
    };
  }
  for (const { index, first } of findRepeats(items.map((item) => (item as { id: string }).id))) {
    errors.push({
      file: label,
      [where]: places[index] ?? 0,
      column: "id",
      message: `duplicate id (first on ${where === "line" ? "line" : "element"} ${places[first] ?? 0})`,
    });
  }
  errors.sort((a, b) => (a.line ?? a.index ?? 0) - (b.line ?? b.index ?? 0));
  return { items, errors, warnings };
}

const SCHEMAS: { readonly [K in TableKind]: z.ZodType<TableEntity[K]> } = {
  agencies: Agency as z.ZodType<Agency>,
  households: Household as z.ZodType<Household>,
  sponsorships: Sponsorship as z.ZodType<Sponsorship>,
  tasks: Task as z.ZodType<Task>,
};

async function readJsonTable<K extends TableKind>(
  path: string,
  kind: K,
  label: string,
  limits: ReadLimits,
): Promise<{ items: TableEntity[K][]; indexes: number[]; errors: RowError[] }> {
  let data: unknown;
  try {
    data = JSON.parse(await readTextFile(path, { label, maxBytes: limits.maxJsonBytes }));
  } catch (error) {
    if (error instanceof SyntaxError) {
      return { items: [], indexes: [], errors: [{ file: label, message: "is not valid JSON" }] };
    }
    if (error instanceof InputError) return { items: [], indexes: [], errors: [...error.errors] };
    throw error;
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data) && kind in data) {
    data = (data as Record<string, unknown>)[kind];
  }
  if (!Array.isArray(data)) {
    return {
      items: [],
      indexes: [],
      errors: [{ file: label, message: `must hold an array of ${kind} (or { "${kind}": [...] })` }],
    };
  }
  const items: TableEntity[K][] = [];
  const indexes: number[] = [];
  const errors: RowError[] = [];
  data.forEach((element: unknown, index) => {
    const result = SCHEMAS[kind].safeParse(element);
    if (result.success) {
      // Ids and provinces as a CSV file's are read: one rule for every format.
      const finished = finishJsonItem(result.data);
      if (finished.ok) {
        items.push(finished.value);
        indexes.push(index);
      } else {
        for (const issue of finished.issues) {
          errors.push({ file: label, index, column: issue.path, message: issue.message });
        }
      }
    } else {
      for (const issue of toPeygirIssues(result.error)) {
        const column = issue.path.join(".");
        errors.push({
          file: label,
          index,
          ...(issue.path.length > 0 ? { column } : {}),
          // A province that is not one of the 31: say what the CSV reader says (docs/cli.md).
          message: column === "region.province" ? PROVINCE_MESSAGE : issue.message,
        });
      }
    }
  });
  return { items, indexes, errors };
}

type JsonFinish<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: { path: string; message: string }[] };

// A schema-valid JSON entity (its province one of the 31, by the Region schema), its ids
// read by readId, as in CSV.
function finishJsonItem<T>(item: T): JsonFinish<T> {
  const issues: { path: string; message: string }[] = [];
  const out = readIdsIn(item, (path, message) => issues.push({ path, message }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out as T };
}

/** Why a province is refused (docs/cli.md). */
const PROVINCE_MESSAGE =
  "must be one of Iran's 31 provinces, in Persian or English (کرمان, Kerman); garbled letters mean the file's encoding was misread: save it as UTF-8";

// Where each entity field comes from in a CSV file: the first path segments → column.
const FIELD_COLUMNS: Readonly<Record<TableKind, Readonly<Record<string, string>>>> = {
  agencies: {
    id: "id",
    name: "name",
    kind: "kind",
    "region.province": "province",
    "region.county": "county",
    "region.district": "district",
    parentId: "parent_id",
    sponsorshipQuota: "quota",
    active: "active",
  },
  households: {
    id: "id",
    "head.name": "head_name",
    "head.nationalId": "national_id",
    "head.mobile": "mobile",
    members: "members",
    vulnerabilities: "vulnerabilities",
    monthlyIncome: "monthly_income",
    needScore: "need_score",
    status: "status",
    "region.province": "province",
    "region.county": "county",
    "region.district": "district",
    excludedAgencyIds: "excluded_agencies",
  },
  sponsorships: {
    id: "id",
    agencyId: "agency_id",
    householdId: "household_id",
    since: "since",
    until: "until",
    status: "status",
  },
  tasks: {
    id: "id",
    agencyId: "agency_id",
    directiveId: "directive_id",
    title: "title",
    issuedAt: "issued_at",
    deadline: "deadline",
    completedAt: "completed_at",
    cancelledAt: "cancelled_at",
    evidence: "evidence",
  },
};

function columnOf(kind: TableKind, path: readonly (string | number)[]): string | undefined {
  const columns = FIELD_COLUMNS[kind];
  for (let length = path.length; length > 0; length--) {
    const column = columns[path.slice(0, length).join(".")];
    if (column !== undefined) return column;
  }
  return undefined;
}

/** Maps the CSV rows of one file to entities, or to the rows' problems. */
export type RowMapper<K extends TableKind> = (row: CsvRow) => RowResult<TableEntity[K]>;

/**
 * A row mapper for one file of `kind`. It keeps memos of the values that repeat from row to
 * row (regions, vulnerability lists, labels), so a million rows validate each distinct
 * region once and share the parsed object.
 */
export function createRowMapper<K extends TableKind>(kind: K): RowMapper<K> {
  const memo = new RowMemo();
  return (row) => mapRow(kind, row, memo);
}

function mapRow<K extends TableKind>(
  kind: K,
  row: CsvRow,
  memo: RowMemo,
): RowResult<TableEntity[K]> {
  // Households `peygir allocate` left unassigned: rows of its output, not sponsorships.
  if (kind === "sponsorships" && cellOf(row, "change")?.toLowerCase() === "unassigned") {
    return { ok: "skip" };
  }
  const issues: FieldIssue[] = [];
  const cells = new Cells(row, issues, memo);
  const build = BUILDERS[kind];
  const input = build.input(cells);
  const quick = issues.length === 0 ? build.quick?.(input) : undefined;
  if (quick !== undefined) {
    return { ok: true, value: (build.finish?.(quick, cells) ?? quick) as TableEntity[K] };
  }
  // Cell conversion problems hide the schema's messages about the same columns.
  const result = build.schema().safeParse(input);
  if (result.success && issues.length === 0) {
    return {
      ok: true,
      value: (build.finish?.(result.data, cells) ?? result.data) as TableEntity[K],
    };
  }
  if (!result.success) {
    const seen = new Set(issues.map((issue) => issue.column));
    for (const issue of toPeygirIssues(result.error)) {
      const column = columnOf(kind, issue.path);
      if (column !== undefined && seen.has(column)) continue;
      // A required cell left empty reaches the schema as a missing field.
      const empty = column !== undefined && cellOf(row, column) === undefined;
      const message =
        empty && issue.message.startsWith("expected ") ? "must not be empty" : issue.message;
      issues.push(column !== undefined ? { column, message } : { message });
    }
  }
  // In the order of the columns, whichever step found them.
  const order = COLUMN_ORDER[kind];
  const rank = (issue: FieldIssue): number =>
    issue.column === undefined ? -1 : (order.get(issue.column) ?? order.size);
  issues.sort((a, b) => rank(a) - rank(b));
  return { ok: false, issues };
}

type Memoized<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: FieldIssue[] };

const MEMO_LIMIT = 100_000;

const COLUMN_ORDER: Readonly<Record<TableKind, ReadonlyMap<string, number>>> = {
  agencies: columnOrder("agencies"),
  households: columnOrder("households"),
  sponsorships: columnOrder("sponsorships"),
  tasks: columnOrder("tasks"),
};

function columnOrder(kind: TableKind): ReadonlyMap<string, number> {
  return new Map(COLUMNS[kind].map((spec, i) => [spec.name, i]));
}

type NestedMap<V> = Map<string, V>;

// Stands for an empty cell in memo keys (never the text of a cell: cells are trimmed).
const ABSENT = "\u0000";

function nested<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (inner === undefined) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

/** Per-file memos of values that repeat across rows. */
class RowMemo {
  readonly keys = new Map<string, string>();
  readonly regions: NestedMap<NestedMap<Map<string, Memoized<Region>>>> = new Map();
  regionCount = 0;
  readonly vulnerabilities = new Map<string, Memoized<Household["vulnerabilities"]>>();

  /** `headerKey(text)`, remembered. */
  key(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = headerKey(text);
      if (this.keys.size < MEMO_LIMIT) this.keys.set(text, key);
    }
    return key;
  }

  remember<T>(map: Map<string, Memoized<T>>, key: string, compute: () => Memoized<T>): Memoized<T> {
    let value = map.get(key);
    if (value === undefined) {
      value = compute();
      if (map.size < MEMO_LIMIT) map.set(key, value);
    }
    return value;
  }
}

/** Reads typed values out of a row's cells, noting problems without quoting any value. */
class Cells {
  constructor(
    private readonly row: CsvRow,
    private readonly issues: FieldIssue[],
    private readonly memo: RowMemo,
  ) {}

  // The memoised parts, looked up once per row (input and finish both ask).
  private regionResult: Region | undefined | null = null;
  private vulnerabilitiesResult: Household["vulnerabilities"] | undefined | null = null;

  private get(column: string): string | undefined {
    return cellOf(this.row, column);
  }

  text(column: string): string | undefined {
    return this.get(column);
  }

  /** An id, read by {@link readId} as in every format (a refused one is an issue). */
  id(column: string): string | undefined {
    const index = this.row.columns.get(column);
    const cell = index === undefined ? undefined : this.row.record[index];
    if (cell === undefined) return undefined;
    const result = readId(cell);
    if (result === undefined) return undefined;
    if (result.ok) return result.id;
    this.issues.push({ column, message: result.message });
    return undefined;
  }

  /** The region of the row's province, county and district, parsed once per distinct one. */
  region(): Region | undefined {
    if (this.regionResult !== null) return this.regionResult;
    const province = this.get("province");
    const county = this.get("county");
    const district = this.get("district");
    // Nested maps: a million lookups of short keys beat building a joined key each time.
    const byCounty = nested(nested(this.memo.regions, province ?? ABSENT), county ?? ABSENT);
    let result = byCounty.get(district ?? ABSENT);
    if (result === undefined) {
      const input: Record<string, string> = {};
      if (province !== undefined) input.province = province;
      if (county !== undefined) input.county = county;
      if (district !== undefined) input.district = district;
      // Region reads the province as one of the 31, by its Persian name: mojibake of a
      // misread file, or a typo, never reaches allocation, and "Kerman" and "کرمان" are one.
      const parsed = Region.safeParse(input);
      result = parsed.success
        ? { ok: true, value: parsed.data }
        : {
            ok: false,
            issues: fieldIssues(parsed.error, REGION_COLUMNS).map((issue) =>
              issue.column === "province" && province !== undefined
                ? { column: "province", message: PROVINCE_MESSAGE }
                : issue,
            ),
          };
      if (this.memo.regionCount++ < MEMO_LIMIT) byCounty.set(district ?? ABSENT, result);
    }
    if (result.ok) {
      this.regionResult = result.value;
      return result.value;
    }
    this.issues.push(...result.issues);
    this.regionResult = undefined;
    return undefined;
  }

  /** The household's vulnerabilities (labels in English or Persian), once per distinct cell. */
  vulnerabilities(): Household["vulnerabilities"] | undefined {
    if (this.vulnerabilitiesResult !== null) return this.vulnerabilitiesResult;
    const cell = this.get("vulnerabilities") ?? "";
    const result = this.memo.remember(this.memo.vulnerabilities, cell, () => {
      const list = this.choices("vulnerabilities", VULNERABILITY_LABELS) ?? [];
      const parsed = Household.shape.vulnerabilities.safeParse(list);
      if (parsed.success) return { ok: true, value: parsed.data };
      return {
        ok: false,
        issues: [
          {
            column: "vulnerabilities",
            message: toPeygirIssues(parsed.error)[0]?.message ?? "is invalid",
          },
        ],
      };
    });
    if (result.ok) {
      this.vulnerabilitiesResult = result.value;
      return result.value;
    }
    this.issues.push(...result.issues);
    this.vulnerabilitiesResult = undefined;
    return undefined;
  }

  ids(column: string): string[] | undefined {
    const list = this.list(column);
    if (list === undefined) return undefined;
    const ids: string[] = [];
    for (const item of list) {
      const result = readId(item);
      if (result === undefined) continue;
      if (result.ok) ids.push(result.id);
      else {
        this.issues.push({ column, message: result.message });
        return undefined;
      }
    }
    return ids;
  }

  number(column: string): number | undefined {
    const cell = this.get(column);
    if (cell === undefined) return undefined;
    if (PLAIN_NUMBER.test(cell)) return Number(cell);
    // Thousands separators (Latin and Arabic) and the Arabic decimal separator.
    const text = normalizePersian(cell)
      .replace(/[,٬'\s]/g, "")
      .replace("٫", ".");
    const value = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(value)) {
      this.issues.push({ column, message: "must be a number" });
      return undefined;
    }
    return value;
  }

  boolean(column: string): boolean | undefined {
    const cell = this.get(column);
    if (cell === undefined) return undefined;
    const value = BOOLEANS.get(this.memo.key(cell));
    if (value === undefined) {
      this.issues.push({ column, message: "must be yes or no (true/false, 1/0, بله/خیر)" });
    }
    return value;
  }

  list(column: string): string[] | undefined {
    const cell = this.get(column);
    if (cell === undefined) return undefined;
    return cell
      .split(/[;|،؛]/)
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }

  /** A value of a closed set, by its English name or its Persian label. */
  choice(column: string, labels: ReadonlyMap<string, string>): string | undefined {
    const cell = this.get(column);
    if (cell === undefined) return undefined;
    return labels.get(this.memo.key(cell)) ?? cell;
  }

  choices(column: string, labels: ReadonlyMap<string, string>): string[] | undefined {
    return this.list(column)?.map((item) => labels.get(this.memo.key(item)) ?? item);
  }

  /** An instant: ISO 8601 with an offset, or a Jalali day with an optional `HH:mm` (Tehran). */
  instant(column: string): string | undefined {
    const cell = this.get(column);
    if (cell === undefined) return undefined;
    const text = normalizePersian(cell);
    const match = /^(\d{3,4}[/.-]\d{1,2}[/.-]\d{1,2})(?:[\sT]+(\d{1,2}:\d{2}))?$/.exec(text);
    if (match === null || /^\d{4}-\d{2}-\d{2}T/.test(text)) return text;
    const date = safeParseJalaliDate(match[1] ?? "");
    if (!date.success) {
      this.issues.push({ column, message: "must be an ISO 8601 instant or a Jalali date" });
      return undefined;
    }
    try {
      const time = match[2]?.padStart(5, "0") ?? "00:00";
      return fromJalaliDate(date.data, { time });
    } catch {
      this.issues.push({ column, message: "has an impossible time of day" });
      return undefined;
    }
  }

  /** A deadline: a Jalali day [HH:mm], `24h` / `24 ساعت`, `3wd` / `3 روز کاری`, or none. */
  deadline(column: string): unknown {
    const cell = this.get(column);
    if (cell === undefined) return { type: "none" };
    const text = normalizePersian(cell).toLowerCase();
    if (text === "none" || headerKey(text) === headerKey("بدون مهلت")) return { type: "none" };
    const hours = /^(\d+(?:\.\d+)?)\s*(h|hours?|ساعت)$/.exec(text);
    if (hours !== null) return { type: "hours", hours: Number(hours[1]) };
    const days = /^(\d+)\s*(wd|working[\s-]?days?|روز\s*کاری)$/.exec(text);
    if (days !== null) return { type: "working-days", days: Number(days[1]) };
    const date = /^(\S+)(?:\s+(\d{1,2}:\d{2}))?$/.exec(text);
    if (date !== null && safeParseJalaliDate(date[1] ?? "").success) {
      return {
        type: "date",
        date: date[1],
        ...(date[2] ? { time: date[2].padStart(5, "0") } : {}),
      };
    }
    this.issues.push({
      column,
      message: "must be a Jalali date [HH:mm], hours (24h), working days (3wd) or none",
    });
    return { type: "none" };
  }
}

const BOOLEANS = new Map<string, boolean>(
  [
    ...["true", "yes", "y", "1", "بله", "بلی", "آری", "فعال"].map((w) => [w, true] as const),
    ...["false", "no", "n", "0", "خیر", "نه", "غیرفعال"].map((w) => [w, false] as const),
  ].map(([word, value]) => [headerKey(word), value]),
);

function labels(entries: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [value, words] of Object.entries(entries)) {
    map.set(headerKey(value), value);
    for (const word of words) map.set(headerKey(word), value);
  }
  return map;
}

/** Persian labels accepted for household statuses (also in docs/cli.md). */
export const HOUSEHOLD_STATUS_LABELS = labels({
  identified: ["شناسایی‌شده", "شناسایی"],
  verified: ["تأییدشده", "تاییدشده", "تأیید"],
  sponsored: ["تحت پوشش"],
  graduated: ["توانمندشده", "خارج از پوشش"],
  inactive: ["غیرفعال"],
});

/** Persian labels accepted for sponsorship statuses. */
export const SPONSORSHIP_STATUS_LABELS = labels({
  active: ["فعال", "جاری"],
  ended: ["پایان‌یافته", "خاتمه‌یافته", "پایان"],
});

/** Persian labels accepted for vulnerabilities. */
export const VULNERABILITY_LABELS = labels({
  "female-headed": ["زن سرپرست", "سرپرست خانوار زن", "زنان سرپرست خانوار"],
  disability: ["معلولیت", "معلول"],
  "chronic-illness": ["بیماری مزمن", "بیماری خاص"],
  elderly: ["سالمند", "سالمندی"],
  orphans: ["ایتام", "یتیم", "فرزندان یتیم"],
  unemployed: ["بیکار", "بیکاری"],
  "job-loss": ["از دست دادن شغل", "تعدیل شغلی"],
  "recovered-addiction": ["بهبودیافته اعتیاد", "بهبودیافته"],
  worker: ["کارگر", "کارگری"],
  "no-housing": ["بی‌مسکن", "فاقد مسکن"],
});

const PLAIN_NUMBER = /^\d{1,15}$/;

const REGION_COLUMNS: Readonly<Record<string, string>> = {
  province: "province",
  county: "county",
  district: "district",
};

function fieldIssues(error: z.ZodError, columns: Readonly<Record<string, string>>): FieldIssue[] {
  return toPeygirIssues(error).map((issue) => {
    const column = columns[String(issue.path[0])];
    return column !== undefined ? { column, message: issue.message } : { message: issue.message };
  });
}

/** Sets `object[key]` unless `value` is undefined (the schemas use exact optional fields). */
function put(object: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) object[key] = value;
}

/** The full schema, or (when it has no object-level checks) it without some fields. */
function lazyOmit<S extends z.ZodType>(schema: S, omit: (schema: S) => z.ZodType): () => z.ZodType {
  let cached: z.ZodType | undefined;
  return () => {
    if (cached === undefined) {
      try {
        cached = omit(schema);
      } catch {
        cached = schema;
      }
    }
    return cached;
  };
}

interface Builder {
  /** The schema input of a row (memoised parts left out when `finish` adds them). */
  readonly input: (cells: Cells) => Record<string, unknown>;
  /** The schema the input is parsed with. */
  readonly schema: () => z.ZodType;
  /** The schema's output for a plainly valid input, by hand; `undefined` leaves it to zod. */
  readonly quick?: (input: Readonly<Record<string, unknown>>) => unknown;
  /** Adds the memoised, already parsed parts to the schema's output. */
  readonly finish?: (output: unknown, cells: Cells) => unknown;
}

// Households and agencies are the large files: their region (and a household's
// vulnerabilities) are parsed once per distinct value and shared, the rest per row.
const agencyRest = lazyOmit(Agency, (schema) => schema.omit({ region: true }));
const householdRest = lazyOmit(Household, (schema) =>
  schema.omit({ region: true, vulnerabilities: true }),
);

const BUILDERS: { readonly [K in TableKind]: Builder } = {
  agencies: {
    input(cells) {
      const region = cells.region();
      const agency: Record<string, unknown> = {};
      put(agency, "id", cells.id("id"));
      put(agency, "name", cells.text("name"));
      put(agency, "kind", cells.text("kind"));
      if (agencyRest() === Agency) put(agency, "region", region ?? {});
      put(agency, "parentId", cells.id("parent_id"));
      put(agency, "sponsorshipQuota", cells.number("quota"));
      put(agency, "active", cells.boolean("active"));
      return agency;
    },
    schema: agencyRest,
    quick: (input) => (agencyRest() === Agency ? undefined : quickParseAgency(input)),
    finish(output, cells) {
      if (agencyRest() === Agency) return output;
      (output as Record<string, unknown>).region = cells.region();
      return output;
    },
  },
  households: {
    input(cells) {
      const region = cells.region();
      const vulnerabilities = cells.vulnerabilities();
      const head: Record<string, unknown> = {};
      put(head, "name", cells.text("head_name"));
      put(head, "nationalId", cells.text("national_id"));
      put(head, "mobile", cells.text("mobile"));
      const household: Record<string, unknown> = { id: cells.id("id"), head };
      put(household, "members", cells.number("members"));
      if (householdRest() === Household) {
        household.region = region ?? {};
        household.vulnerabilities = vulnerabilities ?? [];
      }
      put(household, "monthlyIncome", cells.number("monthly_income"));
      put(household, "needScore", cells.number("need_score"));
      household.status = cells.choice("status", HOUSEHOLD_STATUS_LABELS) ?? "identified";
      put(household, "excludedAgencyIds", cells.ids("excluded_agencies"));
      if (household.id === undefined) delete household.id;
      return household;
    },
    schema: householdRest,
    quick: (input) => (householdRest() === Household ? undefined : quickParseHousehold(input)),
    finish(output, cells) {
      if (householdRest() === Household) return output;
      const household = output as Record<string, unknown>;
      household.region = cells.region();
      household.vulnerabilities = cells.vulnerabilities();
      return household;
    },
  },
  sponsorships: {
    input(cells) {
      const sponsorship: Record<string, unknown> = {};
      put(sponsorship, "id", cells.id("id"));
      put(sponsorship, "agencyId", cells.id("agency_id"));
      put(sponsorship, "householdId", cells.id("household_id"));
      put(sponsorship, "since", cells.text("since"));
      put(sponsorship, "until", cells.text("until"));
      sponsorship.status = cells.choice("status", SPONSORSHIP_STATUS_LABELS) ?? "active";
      return sponsorship;
    },
    schema: () => Sponsorship,
  },
  tasks: {
    input(cells) {
      const task: Record<string, unknown> = {};
      put(task, "id", cells.id("id"));
      put(task, "agencyId", cells.id("agency_id"));
      put(task, "directiveId", cells.id("directive_id"));
      put(task, "title", cells.text("title"));
      put(task, "issuedAt", cells.instant("issued_at"));
      task.deadline = cells.deadline("deadline");
      put(task, "completedAt", cells.instant("completed_at"));
      put(task, "cancelledAt", cells.instant("cancelled_at"));
      put(task, "evidence", cells.list("evidence"));
      return task;
    },
    schema: () => Task,
  },
};

/** Re-exported for commands that list which columns a kind of file has. */
export type { TableKind };
