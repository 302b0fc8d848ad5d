import { describe, expect, it } from "vitest";
import { toLatinDigits, toPersianDigits } from "../../src/text/digits";

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
  });

  it("converts Arabic-Indic digits too and round-trips with toLatinDigits", () => {
    expect(toPersianDigits("٠٩")).toBe("۰۹");
    expect(toLatinDigits(toPersianDigits("0123456789"))).toBe("0123456789");
  });
});
