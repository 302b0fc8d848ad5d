/**
 * The defaults that the entity schemas give the fields the allocation functions read. Those
 * functions take the input form of an entity and read it without parsing it (a million
 * households cost seconds through zod), so a missing field gets the default that
 * `Agency.parse` or `Household.parse` would give it. The defaults are read from the schemas
 * themselves, so the two cannot drift apart; a field whose schema has no default stays
 * `undefined`, and the reader refuses the entity without it.
 *
 * @packageDocumentation
 */
import type * as z from "zod";
import { Agency } from "../../entities/Agency";
import { Household } from "../../entities/Household";

/** The value a schema fills in for a missing field: its `default`, or `undefined`. */
function defaultOf<T>(field: z.ZodType<T>): T | undefined {
  const def = field.def as { type: string; defaultValue?: unknown };
  return def.type === "default" || def.type === "prefault" ? (def.defaultValue as T) : undefined;
}

/** What a missing agency field becomes. */
export const agencyDefaults = {
  active: defaultOf(Agency.shape.active),
} as const;

/** What a missing household field becomes. */
export const householdDefaults = {
  status: defaultOf(Household.shape.status),
  vulnerabilities: defaultOf(Household.shape.vulnerabilities),
} as const;
