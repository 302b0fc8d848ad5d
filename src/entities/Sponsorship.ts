import * as z from "zod";
import { JalaliDate } from "../jalali/JalaliDate";
import { Id } from "./internal/text";

/**
 * An agency's coverage (تحت پوشش) of a needy household, from `since` to `until` (Jalali days,
 * inclusive; `until` absent while it lasts). `until` may not come before `since`.
 *
 * @example
 * ```ts
 * Sponsorship.parse({
 *   id: "sp-1",
 *   agencyId: "sb-education",
 *   householdId: "sb-hh-01",
 *   since: "1399/2/20",
 *   status: "active",
 * });
 * // => { id: "sp-1", agencyId: "sb-education", householdId: "sb-hh-01",
 * //      since: "1399/02/20", status: "active" }
 * ```
 *
 * @category Entities
 */
export const Sponsorship = z
  .object({
    /** The sponsorship's id. */
    id: Id,
    /** The sponsoring agency. */
    agencyId: Id,
    /** The household sponsored. */
    householdId: Id,
    /** The first day of coverage. */
    since: JalaliDate,
    /** The last day of coverage. */
    until: JalaliDate.exactOptional(),
    /** Whether it is active or has ended. */
    status: z.enum(["active", "ended"]),
  })
  // Canonical Jalali strings compare as dates.
  .refine((value) => value.until === undefined || value.until >= value.since, {
    message: "until must not be before since",
    path: ["until"],
  })
  .meta({ title: "Sponsorship" });

/**
 * An agency's coverage of a household.
 *
 * @category Entities
 */
export type Sponsorship = z.infer<typeof Sponsorship>;

/**
 * A sponsorship as accepted by {@link Sponsorship}.
 *
 * @category Entities
 */
export type SponsorshipInput = z.input<typeof Sponsorship>;
