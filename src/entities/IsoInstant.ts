import * as z from "zod";
import { recordInstantMs, recordInstantText } from "../internal/instant";

const TEXT_MESSAGE = "must be an ISO 8601 date-time with an offset, e.g. 2024-07-15T10:00:00+03:30";
const VALUE_MESSAGE = "must be a valid Date or epoch milliseconds, from year 1 to 9999";

/**
 * An instant in data: an ISO 8601 date-time string with `Z` or a numeric offset
 * (`2020-04-27T10:00:00+04:30`).
 *
 * The offset is required so that the instant means the same thing wherever it is read. A
 * string is kept as written (no conversion to UTC), so it round-trips through JSON unchanged;
 * a `Date` or epoch milliseconds (the other forms of {@link InstantInput}) become the ISO
 * string of that instant in Tehran time.
 *
 * @example
 * ```ts
 * IsoInstant.parse("2020-04-27T10:00:00+04:30"); // => "2020-04-27T10:00:00+04:30"
 * IsoInstant.safeParse("2020-04-27T10:00:00").success; // => false (no offset)
 * IsoInstant.parse(1_721_037_600_000); // => "2024-07-15T13:30:00+03:30"
 * ```
 *
 * @category Entities
 */
export const IsoInstant = z
  .union([z.string().meta({ format: "date-time" }), z.number(), z.date()])
  .transform((value, ctx): string => {
    const ms = recordInstantMs(value);
    if (Number.isNaN(ms)) {
      const message = typeof value === "string" ? TEXT_MESSAGE : VALUE_MESSAGE;
      ctx.issues.push({ code: "custom", input: value, message });
      return z.NEVER;
    }
    return recordInstantText(value, ms);
  })
  .meta({
    description:
      "An instant: an ISO 8601 date-time with Z or a numeric offset (kept as written), or epoch milliseconds",
    examples: ["2020-04-27T10:00:00+04:30"],
  });

/**
 * An ISO 8601 date-time string with an offset.
 *
 * @category Entities
 */
export type IsoInstant = z.infer<typeof IsoInstant>;

/**
 * An instant given to peygir: a `Date`, a number of milliseconds since the Unix epoch, or an
 * ISO 8601 string with `Z` or a numeric offset (`"2024-07-15T10:00:00+03:30"`). A string
 * without an offset is refused, since it would mean a different instant in each time zone.
 *
 * Instants come out of peygir one way, in function results and in records alike: as an
 * {@link IsoInstant} string in the calendar's time zone (Asia/Tehran unless the calendar says
 * otherwise), with that zone's offset, seconds always and milliseconds only when not whole:
 * `"2024-07-15T14:30:00+03:30"`.
 *
 * @example
 * ```ts
 * const instants: InstantInput[] = [
 *   new Date("2024-07-15T10:00:00Z"),
 *   1_721_037_600_000,
 *   "2024-07-15T13:30:00+03:30",
 * ];
 * ```
 *
 * @category Entities
 */
export type InstantInput = Date | string | number;
