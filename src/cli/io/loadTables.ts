import { escapeControls } from "../format/escapeControls";
import type { TableKind } from "./columns";
import { formatRowError, InputError, type RowError } from "./InputError";
import { readTable, type TableEntity } from "./tables";

/** The files to read: a key of the caller's choice → the file path and its kind. */
export type TableRequests = Readonly<
  Record<string, { readonly path: string; readonly kind: TableKind }>
>;

/** The entities read, under the same keys. */
export type LoadedTables<R extends TableRequests> = {
  [Key in keyof R]: TableEntity[R[Key]["kind"]][];
};

/**
 * Reads several files at once and throws one `InputError` listing every problem of every file
 * (so a user fixes them all in one go) if any row is invalid. Warnings (unknown columns) go
 * to stderr.
 */
export async function loadTables<R extends TableRequests>(requests: R): Promise<LoadedTables<R>> {
  const keys = Object.keys(requests);
  const tables = await Promise.all(
    keys.map((key) => {
      const request = requests[key] as { path: string; kind: TableKind };
      return readTable(request.path, request.kind);
    }),
  );
  for (const warning of tables.flatMap((table) => table.warnings)) {
    process.stderr.write(`peygir: ${escapeControls(formatRowError(warning))}\n`);
  }
  const errors: RowError[] = tables.flatMap((table) => table.errors);
  if (errors.length > 0) throw new InputError(errors);
  return Object.fromEntries(keys.map((key, i) => [key, tables[i]?.items ?? []])) as LoadedTables<R>;
}
