// Pins the signatures of the entities area's helpers (issue 15, item 9); the entity types
// themselves are pinned in entities.test-d.ts.
import { describe, expectTypeOf, it } from "vitest";
import {
  Agency,
  createId,
  type DeadlineSpec,
  type DeadlineSpecInput,
  type EntityName,
  type JsonSchemaDocument,
  jsonSchemas,
  type Person,
  type PersonInput,
  Task,
  type TaskInput,
} from "../../src/index";

describe("entity helpers", () => {
  it("createId takes an optional prefix", () => {
    expectTypeOf(createId).parameters.toEqualTypeOf<[prefix?: string]>();
    expectTypeOf(createId).returns.toEqualTypeOf<string>();
    expectTypeOf(createId).toBeCallableWith();
    expectTypeOf(createId).toBeCallableWith("task");
    // @ts-expect-error the prefix is a string
    createId(1);
  });

  it("jsonSchemas has one document per entity name", () => {
    expectTypeOf(jsonSchemas).toEqualTypeOf<{ readonly [K in EntityName]: JsonSchemaDocument }>();
    expectTypeOf<"Task">().toExtend<EntityName>();
    expectTypeOf<"Household">().toExtend<EntityName>();
    expectTypeOf<"Person">().toExtend<EntityName>();
  });

  it("schemas parse input forms into parsed forms", () => {
    expectTypeOf(Task.parse).returns.toEqualTypeOf<Task>();
    expectTypeOf(Agency.parse).returns.toEqualTypeOf<Agency>();
    // A person has no defaults and no dates: its input form is the parsed form.
    expectTypeOf<PersonInput>().toEqualTypeOf<Person>();
  });

  it("a Jalali date literal fits the input and the parsed form (no brand)", () => {
    const spec = { type: "date", date: "1404/01/15" } as const;
    expectTypeOf(spec).toExtend<DeadlineSpecInput>();
    expectTypeOf(spec).toExtend<DeadlineSpec>();
    const task = {
      id: "t1",
      agencyId: "a1",
      title: "t",
      issuedAt: "2025-04-05T09:00:00+03:30",
      deadline: spec,
    } as const;
    expectTypeOf(task).toExtend<TaskInput>();
    expectTypeOf(task).toExtend<Task>();
  });
});
