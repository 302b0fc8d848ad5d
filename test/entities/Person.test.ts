import { describe, expect, it } from "vitest";
import { Person, PersonRole } from "../../src/entities/Person";

describe("PersonRole", () => {
  it("follows its @example", () => {
    expect(PersonRole.parse("friday-prayer-leader")).toBe("friday-prayer-leader");
    expect(PersonRole.options.length).toBe(10);
  });
});

describe("Person", () => {
  it("follows its @example", () => {
    expect(Person.parse({ id: "sb-governor", name: "سعيد قائيني", role: "governor" })).toEqual({
      id: "sb-governor",
      name: "سعید قائینی",
      role: "governor",
    });
  });

  it("rejects unknown roles", () => {
    expect(Person.safeParse({ id: "p", name: "x", role: "king" }).success).toBe(false);
  });
});
