import { toPeygirIssues } from "../../internal/zodIssues";
import { Cells } from "./Cells";
import { COLUMNS, type TableKind } from "./columns";
import { RowMemo } from "./RowMemo";
import { type CsvRow, cellOf, type FieldIssue, type RowResult } from "./readCsv";
import { BUILDERS } from "./rowBuilders";
import type { TableEntity } from "./tables";

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

const COLUMN_ORDER: Readonly<Record<TableKind, ReadonlyMap<string, number>>> = {
  agencies: columnOrder("agencies"),
  households: columnOrder("households"),
  sponsorships: columnOrder("sponsorships"),
  tasks: columnOrder("tasks"),
};

function columnOrder(kind: TableKind): ReadonlyMap<string, number> {
  return new Map(COLUMNS[kind].map((spec, i) => [spec.name, i]));
}
