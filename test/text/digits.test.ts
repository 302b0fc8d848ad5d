import { describe, expect, it } from "vitest";
import { toLatinDigits, toPersianDigits } from "../../src/text/digits";
import { errorOf } from "../_support/errorOf";

describe("toLatinDigits", () => {
  it("follows its @example", () => {
    expect(toLatinDigits("۱۴۰۳/۰۴/۲۵")).toBe("1403/04/25");
    expect(toLatinDigits("٠٩١٢")).toBe("0912");
  });

  it("leaves text without such digits unchanged", () => {
    expect(toLatinDigits("شهربابک 99")).toBe("شهربابک 99");
  });
});

describe("toPersianDigits", () => {
  it("follows its @example", () => {
    expect(toPersianDigits("1403/04/25")).toBe("۱۴۰۳/۰۴/۲۵");
    expect(toPersianDigits(24)).toBe("۲۴");
    expect(toPersianDigits(-2.5)).toBe("-۲.۵");
    expect(errorOf(() => toPersianDigits(new Date() as never)).code).toBe("invalid_input");
  });

  it("refuses what is neither a string nor a finite number, instead of String() of it", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true, {}, []])
      expect(errorOf(() => toPersianDigits(value as never)).issues).toEqual([
        { path: ["text"], message: "must be a string or a finite number" },
      ]);
    // String() of this object throws a TypeError.
    expect(errorOf(() => toPersianDigits({ toString: {} } as never)).code).toBe("invalid_input");
  });

  it("converts Arabic-Indic digits too and round-trips with toLatinDigits", () => {
    expect(toPersianDigits("٠٩")).toBe("۰۹");
    expect(toLatinDigits(toPersianDigits("0123456789"))).toBe("0123456789");
  });
});
