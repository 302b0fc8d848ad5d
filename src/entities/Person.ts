import * as z from "zod";
import { Id, PersianText } from "./internal/text";

/**
 * The part a person plays in local government: governor (فرماندار), deputy governor (معاون
 * فرماندار), district governor (بخشدار), Friday prayer leader (امام جمعه), mayor (شهردار),
 * deputy mayor (معاون شهردار), city council chair (رئیس شورای شهر), agency head (مدیر یا
 * رئیس دستگاه), secretary (دبیر) or other.
 *
 * @example
 * ```ts
 * PersonRole.parse("friday-prayer-leader"); // => "friday-prayer-leader"
 * PersonRole.options.length; // => 10
 * ```
 *
 * @category Entities
 */
export const PersonRole = z.enum([
  "governor",
  "deputy-governor",
  "district-governor",
  "friday-prayer-leader",
  "mayor",
  "deputy-mayor",
  "council-chair",
  "agency-head",
  "secretary",
  "other",
]);

/**
 * A person's role.
 *
 * @category Entities
 */
export type PersonRole = z.infer<typeof PersonRole>;

/**
 * A person who chairs, attends or presents at meetings, usually for an agency.
 *
 * @example
 * ```ts
 * Person.parse({ id: "sb-governor", name: "سعيد قائيني", role: "governor" });
 * // => { id: "sb-governor", name: "سعید قائینی", role: "governor" }
 * ```
 *
 * @category Entities
 */
export const Person = z
  .object({
    /** The person's id. */
    id: Id,
    /** The person's name (or, when unknown, their title). */
    name: PersianText,
    /** The person's role. */
    role: PersonRole,
    /** The agency the person works for or represents. */
    agencyId: Id.exactOptional(),
  })
  .meta({ title: "Person" });

/**
 * A person in a meeting.
 *
 * @category Entities
 */
export type Person = z.infer<typeof Person>;
/** A person as written, before parsing. @category Entities */
export type PersonInput = z.input<typeof Person>;
