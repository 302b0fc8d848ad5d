import type { HouseholdInput, PersonInput, TaskInput } from "peygir";
import { createTestHousehold, createTestPerson, createTestTask } from "peygir/testing";
import { describe, expectTypeOf, it } from "vitest";

describe("entity factory types", () => {
  it("return the input form and take typed, partly nested overrides", () => {
    expectTypeOf(createTestHousehold()).toEqualTypeOf<HouseholdInput>();
    expectTypeOf(createTestPerson()).toEqualTypeOf<PersonInput>();
    expectTypeOf(
      createTestTask({ deadline: { type: "date", date: "1404/01/15" } }),
    ).toEqualTypeOf<TaskInput>();
    createTestHousehold({ head: { mobile: "09130000001" } });
    // @ts-expect-error: an unknown field
    createTestHousehold({ colour: "red" });
    // @ts-expect-error: a wrong type for a known field
    createTestHousehold({ members: "four" });
    // @ts-expect-error: lists are replaced whole, not merged
    createTestHousehold({ vulnerabilities: ["nope"] });
  });
});
