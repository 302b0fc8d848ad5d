import * as z from "zod";
import { Id, PersianText } from "./internal/text";
import { Region } from "./Region";

/**
 * An executive agency (دستگاه اجرایی): an office of the county or province, a municipality or
 * one of its districts, a charity.
 *
 * `parentId` links a unit to the agency above it (a municipal district to its region's
 * municipality, a county office to its provincial head office). `sponsorshipQuota` is how
 * many needy households it takes under its coverage (five in the Shahr-e Babak directive).
 * `active` defaults to `true`.
 *
 * @example
 * ```ts
 * Agency.parse({
 *   id: "sb-welfare",
 *   name: "اداره بهزيستي شهربابك",
 *   region: { province: "کرمان", county: "شهربابک" },
 *   sponsorshipQuota: 5,
 * });
 * // => { id: "sb-welfare", name: "اداره بهزیستی شهربابک",
 * //      region: { province: "کرمان", county: "شهربابک" }, sponsorshipQuota: 5, active: true }
 * ```
 *
 * @category Entities
 */
export const Agency = z
  .object({
    /** The agency's id. */
    id: Id,
    /** The agency's name, e.g. `اداره آموزش و پرورش`. */
    name: PersianText,
    /** The kind of agency in free text, e.g. `اداره`, `شهرداری`, `نهاد`. */
    kind: PersianText.exactOptional(),
    /** Where the agency serves. */
    region: Region,
    /** The id of the agency this one reports to. */
    parentId: Id.exactOptional(),
    /** How many needy households the agency sponsors. */
    sponsorshipQuota: z.number().int().min(0).exactOptional(),
    /** Whether the agency is still in service (default `true`). */
    active: z.boolean().default(true),
  })
  .meta({ title: "Agency" });

/**
 * An executive agency.
 *
 * @category Entities
 */
export type Agency = z.infer<typeof Agency>;

/**
 * An agency as accepted by {@link Agency} (`active` may be left out).
 *
 * @category Entities
 */
export type AgencyInput = z.input<typeof Agency>;
