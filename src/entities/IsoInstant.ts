import * as z from "zod";
import { isIsoInstant } from "../internal/instant";

const DATE_PART = /^(\d{4})-(\d{2})-(\d{2})/;

// Date.parse rolls 2024-02-30 over into March; a data field should say what it means.
function hasRealDay(text: string): boolean {
  const match = DATE_PART.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

/**
 * An instant in data: an ISO 8601 date-time string with `Z` or a numeric offset
 * (`2020-04-27T10:00:00+04:30`).
 *
 * The offset is required so that the instant means the same thing wherever it is read. The
 * string is kept as written (no conversion to UTC), so it round-trips through JSON
 * unchanged.
 *
 * @example
 * ```ts
 * IsoInstant.parse("2020-04-27T10:00:00+04:30"); // => "2020-04-27T10:00:00+04:30"
 * IsoInstant.safeParse("2020-04-27T10:00:00").success; // => false (no offset)
 * ```
 *
 * @category Entities
 */
export const IsoInstant = z
  .string()
  .refine((text) => isIsoInstant(text) && hasRealDay(text), {
    message: "must be an ISO 8601 date-time with an offset, e.g. 2024-07-15T10:00:00+03:30",
  })
  .meta({
    description: "An ISO 8601 date-time with Z or a numeric offset",
    format: "date-time",
    examples: ["2020-04-27T10:00:00+04:30"],
  });

/**
 * An ISO 8601 date-time string with an offset.
 *
 * @category Entities
 */
export type IsoInstant = z.infer<typeof IsoInstant>;
