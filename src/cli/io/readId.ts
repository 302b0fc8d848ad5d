import { normalizePersian } from "../../text/normalizePersian";
import { firstLoneSurrogate } from "./firstLoneSurrogate";
import { startsLikeFormula } from "./writeCsv";

/** What reading an id gave: the id, or why it is refused (never quoting it). */
export type IdResult =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly message: string };

// Printable ASCII without spaces is what normalizePersian leaves as it is.
const PLAIN_ID = /^[\x21-\x7e]+$/;

/**
 * Why no id may start with `=`, `+`, `-`, `@` (or their full-width forms, also after white
 * space), a tab or a line break: a spreadsheet reads such a cell as a formula (OWASP "CSV
 * injection"), and the CLI writes ids back into CSV, where it would have to neutralise them.
 */
export const FORMULA_ID_MESSAGE =
  "an id cannot start with = + - @, a tab or a line break (a spreadsheet would read it as a formula)";

/**
 * Reads an id the one way every input format does (CSV cells, JSON fields, lists of ids):
 * trimmed, and unless it is plain ASCII, normalised with `normalizePersian` (Persian and
 * Arabic digits made Latin, Arabic yeh and kaf made Persian), so `hh-۰۲` in one file matches
 * `hh-02` in another. Refused: an id that the CSV writer would have to neutralise as a formula
 * (`startsLikeFormula`: `=`, `+`, `-`, `@`, full-width `＝＋－＠`, also after white space, a tab
 * or a CR) or that starts with a line feed, before or after trimming and normalising, and an id holding half of a UTF-16 surrogate pair (not text,
 * and not writable as UTF-8). Returns `undefined` for an empty or blank value.
 *
 * @param text - The id as given.
 * @returns The id, its refusal, or `undefined`.
 *
 * @example
 * ```ts
 * readId(" hh-۰۲ "); // => { ok: true, id: "hh-02" }
 * readId("=1+1"); // => { ok: false, message: FORMULA_ID_MESSAGE }
 * readId("  "); // => undefined
 * ```
 */
export function readId(text: string): IdResult | undefined {
  if (startsFormula(text)) return { ok: false, message: FORMULA_ID_MESSAGE };
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (PLAIN_ID.test(trimmed)) {
    return startsFormula(trimmed)
      ? { ok: false, message: FORMULA_ID_MESSAGE }
      : { ok: true, id: trimmed };
  }
  if (firstLoneSurrogate(trimmed) >= 0) {
    return { ok: false, message: "is not valid Unicode text (half of a surrogate pair)" };
  }
  const id = normalizePersian(trimmed);
  if (startsFormula(trimmed) || startsFormula(id)) {
    return { ok: false, message: FORMULA_ID_MESSAGE };
  }
  return { ok: true, id };
}

/**
 * A copy of `value` (an entity read from JSON) whose ids are read by {@link readId}: every
 * string in a field named `id` or ending in `Id` (`agencyId`, `parentId`, a meeting's
 * attendees' `personId`, …), and every string of a list in a field ending in `Ids`
 * (`excludedAgencyIds`, a directive's `agencyIds`), at any depth. Each refused id is told to
 * `refuse` with its path (`"attendees.0.personId"`), never its value.
 *
 * @param value - The entity (or list of entities).
 * @param refuse - Told the path and the reason of each refused id.
 * @returns The copy, ids read (a refused id is left as given).
 *
 * @example
 * ```ts
 * readIdsIn({ id: "hh-۰۲", excludedAgencyIds: ["ag-۱"], head: { name: "x" } }, () => {});
 * // => { id: "hh-02", excludedAgencyIds: ["ag-1"], head: { name: "x" } }
 * ```
 */
export function readIdsIn(
  value: unknown,
  refuse: (path: string, message: string) => void,
  path: readonly (string | number)[] = [],
): unknown {
  if (Array.isArray(value)) return value.map((item, i) => readIdsIn(item, refuse, [...path, i]));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const at = [...path, key];
    if (typeof field === "string" && (key === "id" || key.endsWith("Id"))) {
      out[key] = idAt(field, at, refuse);
    } else if (Array.isArray(field) && key.endsWith("Ids")) {
      out[key] = field.map((item, i) =>
        typeof item === "string" ? idAt(item, [...at, i], refuse) : item,
      );
    } else {
      out[key] = readIdsIn(field, refuse, at);
    }
  }
  return out;
}

function idAt(
  text: string,
  path: readonly (string | number)[],
  refuse: (path: string, message: string) => void,
): string {
  const result = readId(text);
  if (result?.ok === true) return result.id;
  refuse(path.join("."), result === undefined ? "must not be empty" : result.message);
  return text;
}

// What the CSV writer neutralises (startsLikeFormula), and a leading line feed, which no id
// starts with either.
function startsFormula(text: string): boolean {
  return startsLikeFormula(text) || text.charCodeAt(0) === 10;
}
