// Pins the public types of the errors area (issue 15, item 9).
import { describe, expectTypeOf, it } from "vitest";
import { PeygirError, type PeygirErrorCode, type PeygirIssue } from "../../src/index";

describe("PeygirError types", () => {
  it("constructor and fields", () => {
    expectTypeOf(PeygirError).constructorParameters.toEqualTypeOf<
      [code: PeygirErrorCode, summary: string, issues?: readonly PeygirIssue[]]
    >();
    expectTypeOf(PeygirError).instance.toExtend<Error>();
    expectTypeOf<PeygirError["code"]>().toEqualTypeOf<PeygirErrorCode>();
    expectTypeOf<PeygirError["issues"]>().toEqualTypeOf<readonly PeygirIssue[]>();
    expectTypeOf<PeygirIssue>().toEqualTypeOf<{
      readonly path: readonly (string | number)[];
      readonly message: string;
    }>();
    expectTypeOf<"invalid_input">().toExtend<PeygirErrorCode>();
    expectTypeOf<"invalid_jalali_date">().toExtend<PeygirErrorCode>();
    // @ts-expect-error codes are a closed set
    new PeygirError("oops", "summary");
  });
});
