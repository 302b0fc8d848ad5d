import { describe, expect, it } from "vitest";
import { type JsonSchemaDocument, jsonSchemas } from "../../src/entities/jsonSchemas";
import { fixtures, schemas } from "./fixtures";

/**
 * A tiny JSON Schema checker for the keywords zod emits here (type, properties, required,
 * items, enum, const, anyOf, oneOf, pattern, bounds). It stands in for ajv, so that the
 * documents are proven to accept the fixtures without a new dependency.
 */
function violations(schema: JsonSchemaDocument, value: unknown, path = "$"): string[] {
  const out: string[] = [];
  const s = schema as Record<string, unknown>;
  const type = s.type as string | undefined;
  if (type !== undefined) {
    const ok =
      type === "object"
        ? typeof value === "object" && value !== null && !Array.isArray(value)
        : type === "array"
          ? Array.isArray(value)
          : type === "integer"
            ? Number.isInteger(value)
            : typeof value === type;
    if (!ok) return [`${path}: expected ${type}`];
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value)) out.push(`${path}: not in enum`);
  if ("const" in s && s.const !== value) out.push(`${path}: not the const`);
  if (typeof value === "string") {
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value))
      out.push(`${path}: pattern`);
    if (typeof s.minLength === "number" && value.length < s.minLength)
      out.push(`${path}: minLength`);
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) out.push(`${path}: minimum`);
    if (typeof s.maximum === "number" && value > s.maximum) out.push(`${path}: maximum`);
    if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum)
      out.push(`${path}: exclusiveMinimum`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) out.push(`${path}: minItems`);
    if (s.items !== undefined)
      value.forEach((item, i) => {
        out.push(...violations(s.items as JsonSchemaDocument, item, `${path}[${i}]`));
      });
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of (s.required as string[] | undefined) ?? [])
      if (!(key in record)) out.push(`${path}.${key}: required`);
    const properties = (s.properties ?? {}) as Record<string, JsonSchemaDocument>;
    for (const [key, sub] of Object.entries(properties))
      if (key in record) out.push(...violations(sub, record[key], `${path}.${key}`));
  }
  const anyOf = (s.anyOf ?? s.oneOf) as JsonSchemaDocument[] | undefined;
  if (anyOf !== undefined) {
    const matching = anyOf.filter((sub) => violations(sub, value, path).length === 0).length;
    if (matching === 0 || (s.oneOf !== undefined && matching > 1))
      out.push(`${path}: ${matching} branches match`);
  }
  return out;
}

describe("jsonSchemas", () => {
  it("follows its @example", () => {
    expect(jsonSchemas.Household.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(jsonSchemas.Household.required).toEqual(["id", "head", "members", "region"]);
    expect(Object.keys(jsonSchemas).length).toBe(11);
  });

  it("has one draft 2020-12 object document per entity, with a title", () => {
    expect(Object.keys(jsonSchemas)).toEqual(Object.keys(fixtures));
    for (const [name, schema] of Object.entries(jsonSchemas)) {
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.title).toBe(name);
      if (name !== "DeadlineSpec" && name !== "TaskEvent") expect(schema.type).toBe("object");
    }
    expect(jsonSchemas.DeadlineSpec.oneOf).toHaveLength(4);
    // One branch per event type (acknowledged … reopened).
    expect(jsonSchemas.TaskEvent.oneOf).toHaveLength(10);
  });

  it("returns the same cached document on each access and survives JSON", () => {
    expect(jsonSchemas.Meeting).toBe(jsonSchemas.Meeting);
    expect(JSON.parse(JSON.stringify(jsonSchemas)).Meeting).toEqual(jsonSchemas.Meeting);
  });

  it("lists the required fields of the spec", () => {
    expect(jsonSchemas.Agency.required).toEqual(["id", "name", "region"]);
    expect(jsonSchemas.Meeting.required).toEqual([
      "id",
      "body",
      "session",
      "date",
      "chairId",
      "status",
    ]);
    expect(jsonSchemas.Directive.required).toEqual([
      "id",
      "title",
      "assignees",
      "deadline",
      "issuedAt",
    ]);
    expect(jsonSchemas.Task.required).toEqual(["id", "agencyId", "title", "issuedAt", "deadline"]);
    expect(jsonSchemas.Sponsorship.required).toEqual([
      "id",
      "agencyId",
      "householdId",
      "since",
      "status",
    ]);
    expect(jsonSchemas.WeeklyReport.required).toEqual(["id", "agencyId", "week", "submittedAt"]);
  });

  it("carries the JalaliDate pattern, and marks instants as date-time", () => {
    const date = (jsonSchemas.Meeting.properties as Record<string, JsonSchemaDocument>).date;
    expect(date?.pattern).toBeTypeOf("string");
    const pattern = new RegExp(String(date?.pattern), "u");
    for (const ok of ["1397/3/21", "1397/03/21", "۱۴۰۳-۰۴-۲۵"]) expect(pattern.test(ok)).toBe(true);
    for (const bad of ["97/3/21", "1397/3-21", "1397/03/21T"])
      expect(pattern.test(bad)).toBe(false);
    const issuedAt = (jsonSchemas.Directive.properties as Record<string, JsonSchemaDocument>)
      .issuedAt;
    // An instant is a date-time string or epoch milliseconds in JSON (a Date cannot be
    // written there, so the document leaves that form of InstantInput out).
    expect(issuedAt?.anyOf).toEqual([{ type: "string", format: "date-time" }, { type: "number" }]);
  });

  it("accepts every fixture and its parsed form, and rejects broken ones", () => {
    for (const name of Object.keys(fixtures) as (keyof typeof fixtures)[]) {
      const schema = jsonSchemas[name];
      expect(violations(schema, fixtures[name]), name).toEqual([]);
      const parsed = schemas[name].parse(fixtures[name]);
      expect(violations(schema, JSON.parse(JSON.stringify(parsed))), name).toEqual([]);
    }
    expect(violations(jsonSchemas.Household, { ...fixtures.Household, members: 0 })).not.toEqual(
      [],
    );
    expect(
      violations(jsonSchemas.Meeting, { ...fixtures.Meeting, date: "21 Khordad" }),
    ).not.toEqual([]);
    expect(violations(jsonSchemas.DeadlineSpec, { type: "hours", hours: 0 })).not.toEqual([]);
    expect(violations(jsonSchemas.Agency, { id: "a", name: "n" })).not.toEqual([]);
  });
});
