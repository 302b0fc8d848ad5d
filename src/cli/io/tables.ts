/**
 * Reading a table of entities (agencies, households, sponsorships, tasks) from a CSV or JSON
 * file: the entry point of the CLI's input. The rooms it uses:
 *
 * - readJsonTable.ts: a JSON array, each element parsed by its entity's schema;
 * - rowMapper.ts: a CSV row to an entity (rowBuilders.ts says how for each kind of table,
 *   Cells.ts reads the typed values out of the row's cells, with RowMemo.ts remembering the
 *   values that repeat from row to row, and cellLabels.ts the words a cell may hold);
 * - provinceMessage.ts: the one refusal of a province, for both formats.
 *
 * @packageDocumentation
 */
import type { Agency } from "../../entities/Agency";
import type { Household } from "../../entities/Household";
import type { Sponsorship } from "../../entities/Sponsorship";
import type { Task } from "../../entities/Task";
import type { TableKind } from "./columns";
import { READ_LIMITS, type ReadLimits } from "./decode";
import { findRepeats } from "./findRepeats";
import type { RowError } from "./InputError";
import { readCsv } from "./readCsv";
import { readJsonTable } from "./readJsonTable";
import { createRowMapper } from "./rowMapper";

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
