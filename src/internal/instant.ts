import { PeygirError } from "../errors/PeygirError";

// An ISO 8601 date-time with an explicit offset: without one, Date.parse would read the
// process's local time and results would depend on where the code runs.
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Whether `text` is an ISO 8601 instant with `Z` or a numeric offset. */
export function isIsoInstant(text: string): boolean {
  return !Number.isNaN(isoMs(text));
}

/**
 * The epoch milliseconds of an ISO 8601 instant with an offset, or NaN. `Date.parse` alone
 * rolls an impossible day over (`2024-02-30` would be 1 March), so the day is checked too.
 */
function isoMs(text: string): number {
  if (!ISO_WITH_OFFSET.test(text)) return Number.NaN;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return Number.NaN;
  return Date.parse(text);
}

/**
 * Milliseconds since the Unix epoch of a `Date`, an epoch-ms number or an ISO 8601 string
 * with an offset; throws `invalid_instant` naming `path` otherwise.
 */
export function toEpochMs(
  input: Date | string | number,
  where: string,
  path: readonly (string | number)[] = [],
): number {
  let ms = Number.NaN;
  if (input instanceof Date) ms = input.getTime();
  else if (typeof input === "number") ms = input;
  else if (typeof input === "string") ms = isoMs(input);
  if (Number.isFinite(ms)) return ms;
  throw new PeygirError("invalid_instant", `${where}: not a valid instant`, [
    {
      path,
      message:
        "must be a valid Date, a number of milliseconds, or an ISO 8601 string with an offset (e.g. 2024-07-15T10:00:00+03:30)",
    },
  ]);
}
