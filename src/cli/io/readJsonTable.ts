import type { z } from "zod";
import { Agency } from "../../entities/Agency";
import { Household } from "../../entities/Household";
import { Sponsorship } from "../../entities/Sponsorship";
import { Task } from "../../entities/Task";
import { toPeygirIssues } from "../../internal/zodIssues";
import type { TableKind } from "./columns";
import type { ReadLimits } from "./decode";
import { readTextFile } from "./decode";
import { InputError, type RowError } from "./InputError";
import { PROVINCE_MESSAGE } from "./provinceMessage";
import { readIdsIn } from "./readId";
import type { TableEntity } from "./tables";

const SCHEMAS: { readonly [K in TableKind]: z.ZodType<TableEntity[K]> } = {
  agencies: Agency as z.ZodType<Agency>,
  households: Household as z.ZodType<Household>,
  sponsorships: Sponsorship as z.ZodType<Sponsorship>,
  tasks: Task as z.ZodType<Task>,
};

/**
 * Reads a JSON table: an array of entities (or `{ "<kind>": [...] }`), each parsed by its
 * entity's schema, its ids and province then read as a CSV file's are.
 */
export async function readJsonTable<K extends TableKind>(
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
