import type { z } from "zod";
import { Household } from "../../entities/Household";
import { Region } from "../../entities/Region";
import { toPeygirIssues } from "../../internal/zodIssues";
import { fromJalaliDate } from "../../jalali/fromJalaliDate";
import { safeParseJalaliDate } from "../../jalali/safeParseJalaliDate";
import { normalizePersian } from "../../text/normalizePersian";
import { BOOLEANS, VULNERABILITY_LABELS } from "./cellLabels";
import { headerKey } from "./columns";
import { PROVINCE_MESSAGE } from "./provinceMessage";
import { ABSENT, MEMO_LIMIT, nested, type RowMemo } from "./RowMemo";
import { type CsvRow, cellOf, type FieldIssue } from "./readCsv";
import { readId } from "./readId";

/** Reads typed values out of a row's cells, noting problems without quoting any value. */
export class Cells {
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
