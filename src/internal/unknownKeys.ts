/** How peygir names unknown keys without repeating data (private; see zodIssues.ts). */
// A key that reads like a field name (`weekends`, `time_zone`) is named, to point at the typo;
// any other key (digits, Persian text, spaces) could be a national ID, a phone number or a
// name that landed in the wrong place, so it is only counted.
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** What stands in an issue's `keys` for a key that is not shown. */
export const NOT_SHOWN = "(not shown)";

/** The message of an object's unknown keys: field-like keys named, the others counted. */
export function unknownKeysMessage(keys: readonly string[]): string {
  const named = keys.filter((key) => FIELD_NAME.test(key));
  const hidden = keys.length - named.length;
  const list = `unknown key${named.length > 1 ? "s" : ""}: ${named.join(", ")}`;
  if (hidden === 0) return list;
  const others = hidden === 1 ? "1 more" : `${hidden} more`;
  if (named.length === 0)
    return `has ${hidden === 1 ? "an unknown key" : `${hidden} unknown keys`} (not shown: not a field name)`;
  return `${list}, and ${others} (not shown: not a field name)`;
}
