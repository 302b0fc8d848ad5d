import * as z from "zod";
import { Agency } from "./Agency";
import { DeadlineSpec } from "./DeadlineSpec";
import { Directive } from "./Directive";
import { Household } from "./Household";
import { Meeting } from "./Meeting";
import { Person } from "./Person";
import { Region } from "./Region";
import { Sponsorship } from "./Sponsorship";
import { Task } from "./Task";
import { TaskEvent } from "./TaskEvent";
import { WeeklyReport } from "./WeeklyReport";

const ENTITIES = {
  Region,
  Agency,
  Person,
  Meeting,
  DeadlineSpec,
  Directive,
  Task,
  TaskEvent,
  Household,
  Sponsorship,
  WeeklyReport,
} as const;

/**
 * The name of an entity that has a JSON Schema in {@link jsonSchemas}.
 *
 * @category Entities
 */
export type EntityName = keyof typeof ENTITIES;

/**
 * A JSON Schema document (draft 2020-12) as produced by zod's `z.toJSONSchema`.
 *
 * @category Entities
 */
export type JsonSchemaDocument = z.core.JSONSchema.BaseSchema;

/**
 * JSON Schema documents (draft 2020-12) for every entity, so programs in other languages can
 * validate the same data that peygir's schemas accept.
 *
 * Each document describes the *input* side of the schema (`z.toJSONSchema(schema, { io:
 * "input", target: "draft-2020-12" })`): what a program may send. Normalisations (Persian
 * letters and digits, canonical Jalali dates, national IDs, mobiles) happen in peygir and
 * cannot be expressed in JSON Schema, so fields carry a `pattern` for the accepted shape
 * instead; checks such as the national ID check digit are peygir's alone. Documents are
 * built on first access and cached.
 *
 * @example
 * ```ts
 * jsonSchemas.Household.$schema; // => "https://json-schema.org/draft/2020-12/schema"
 * jsonSchemas.Household.required;
 * // => ["id", "head", "members", "region"]
 * Object.keys(jsonSchemas).length; // => 11
 * ```
 *
 * @category Entities
 */
export const jsonSchemas: { readonly [K in EntityName]: JsonSchemaDocument } =
  /* @__PURE__ */ lazySchemas();

function lazySchemas(): { readonly [K in EntityName]: JsonSchemaDocument } {
  const cache = new Map<EntityName, JsonSchemaDocument>();
  const record = {} as { [K in EntityName]: JsonSchemaDocument };
  for (const name of Object.keys(ENTITIES) as EntityName[]) {
    Object.defineProperty(record, name, {
      enumerable: true,
      get(): JsonSchemaDocument {
        let schema = cache.get(name);
        if (schema === undefined) {
          schema = z.toJSONSchema(ENTITIES[name], {
            io: "input",
            target: "draft-2020-12",
            // An instant goes in as a Date too (InstantInput), which JSON cannot hold: the
            // document keeps the string and the number.
            unrepresentable: "any",
            override: dropDates,
          });
          cache.set(name, schema);
        }
        return schema;
      },
    });
  }
  return Object.freeze(record);
}

/** Removes the `Date` branch of a union from its JSON Schema (see IsoInstant). */
function dropDates(ctx: {
  readonly zodSchema: z.core.$ZodType;
  readonly jsonSchema: z.core.JSONSchema.BaseSchema;
}): void {
  const def = ctx.zodSchema._zod.def;
  if (def.type !== "union" || !Array.isArray(ctx.jsonSchema.anyOf)) return;
  const options = (def as z.core.$ZodUnionDef).options;
  ctx.jsonSchema.anyOf = ctx.jsonSchema.anyOf.filter(
    (_branch, i) => options[i]?._zod.def.type !== "date",
  );
}
