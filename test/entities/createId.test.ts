import { describe, expect, it } from "vitest";
import { createId } from "../../src/entities/createId";
import { PeygirError } from "../../src/errors/PeygirError";

describe("createId", () => {
  it("follows its @example (shape, since the value is random)", () => {
    expect(createId()).toMatch(/^[A-Za-z0-9_-]{21}$/);
    expect(createId("hh")).toMatch(/^hh_[A-Za-z0-9_-]{21}$/);
  });

  it("makes distinct ids", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createId("task")));
    expect(ids.size).toBe(1000);
  });

  it("treats an empty prefix as none and rejects odd prefixes", () => {
    expect(createId("")).toMatch(/^[A-Za-z0-9_-]{21}$/);
    for (const prefix of ["1x", "a b", "خانوار", "a_b"]) {
      expect(() => createId(prefix)).toThrow(PeygirError);
    }
  });
});
