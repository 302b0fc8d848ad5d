// Pins the public signatures of the text area (issue 15, item 9).
import { describe, expectTypeOf, it } from "vitest";
import {
  isValidNationalId,
  maskMobile,
  maskNationalId,
  normalizeMobile,
  normalizePersian,
  toLatinDigits,
  toPersianDigits,
} from "../../src/index";

describe("text signatures", () => {
  it("string in, string (or boolean) out", () => {
    expectTypeOf(toLatinDigits).parameters.toEqualTypeOf<[text: string]>();
    expectTypeOf(toLatinDigits).returns.toEqualTypeOf<string>();
    expectTypeOf(toPersianDigits).parameters.toEqualTypeOf<[text: string | number]>();
    expectTypeOf(toPersianDigits).returns.toEqualTypeOf<string>();
    expectTypeOf(normalizePersian).parameters.toEqualTypeOf<[text: string]>();
    expectTypeOf(normalizePersian).returns.toEqualTypeOf<string>();
    expectTypeOf(normalizeMobile).parameters.toEqualTypeOf<[input: string]>();
    expectTypeOf(normalizeMobile).returns.toEqualTypeOf<string>();
    expectTypeOf(maskMobile).parameters.toEqualTypeOf<[input: string]>();
    expectTypeOf(maskMobile).returns.toEqualTypeOf<string>();
    expectTypeOf(maskNationalId).parameters.toEqualTypeOf<[id: string]>();
    expectTypeOf(maskNationalId).returns.toEqualTypeOf<string>();
    expectTypeOf(isValidNationalId).parameters.toEqualTypeOf<[id: string]>();
    expectTypeOf(isValidNationalId).returns.toEqualTypeOf<boolean>();
    expectTypeOf(toPersianDigits).toBeCallableWith(1404);
    // @ts-expect-error toLatinDigits takes text only
    toLatinDigits(1404);
  });
});
