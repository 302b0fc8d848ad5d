import { describe, expect, it } from "vitest";
import { JalaliDate, PeygirError, parseJalaliDate, safeParseJalaliDate } from "../../src/index";
import { errorOf } from "../_support/errorOf";

describe("parseJalaliDate", () => {
  it("follows its documented examples", () => {
    expect(parseJalaliDate("1397/3/21")).toBe("1397/03/21");
    expect(parseJalaliDate("۱۴۰۳/۱۲/۳۰")).toBe("1403/12/30");
    expect(() => parseJalaliDate("1402/12/30")).toThrow(PeygirError);
  });

  it("accepts Persian and Arabic-Indic digits, three separators and no padding", () => {
    expect(parseJalaliDate("۱۳۹۷/۳/۲۱")).toBe("1397/03/21");
    expect(parseJalaliDate("١٤٠٣-٠٤-٢٥")).toBe("1403/04/25");
    expect(parseJalaliDate("1403.4.5")).toBe("1403/04/05");
    expect(parseJalaliDate(" 1403/04/25 ")).toBe("1403/04/25");
  });

  it.each([
    ["1403/13/01", "month must be from 1 to 12"],
    ["1403/00/10", "month must be from 1 to 12"],
    ["1403/01/32", "day must be from 1 to 31"],
    ["1403/07/31", "months 7 to 12 have at most 30 days"],
    ["1402/12/30", "Esfand has 29 days in a common year (30 only in leap years)"],
    ["1299/12/29", "year must be from 1300 to 1500"],
    ["1501/01/01", "year must be from 1300 to 1500"],
    ["1403/04-25", "must be a Jalali date YYYY/MM/DD"],
    ["2024-07-15", "year must be from 1300 to 1500"],
    ["", "must be a Jalali date YYYY/MM/DD"],
  ])("rejects %s: %s", (input, message) => {
    const error = errorOf(() => parseJalaliDate(input));
    expect(error.code).toBe("invalid_jalali_date");
    expect(error.issues).toEqual([{ path: [], message }]);
  });

  it("rejects non-strings with a PeygirError, not a TypeError", () => {
    expect(errorOf(() => parseJalaliDate(14030425 as unknown as string)).code).toBe(
      "invalid_jalali_date",
    );
  });

  it("accepts 30 Esfand in leap years only (1399 and 1403 are leap, 1402 is not)", () => {
    expect(parseJalaliDate("1399/12/30")).toBe("1399/12/30");
    expect(parseJalaliDate("1403/12/30")).toBe("1403/12/30");
    expect(safeParseJalaliDate("1400/12/30").success).toBe(false);
  });
});

describe("safeParseJalaliDate", () => {
  it("follows its documented examples", () => {
    expect(safeParseJalaliDate("1403/4/25")).toEqual({ success: true, data: "1403/04/25" });
    expect(safeParseJalaliDate("1403/13/01").success).toBe(false);
  });

  it("returns the error parseJalaliDate would throw", () => {
    const result = safeParseJalaliDate("1403/07/31");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("invalid_jalali_date");
  });
});

describe("JalaliDate schema", () => {
  it("follows its documented examples", () => {
    expect(JalaliDate.parse("1397/3/21")).toBe("1397/03/21");
    expect(JalaliDate.parse("۱۴۰۳-۱۲-۳۰")).toBe("1403/12/30");
    expect(JalaliDate.safeParse("1402/12/30").success).toBe(false);
  });

  it("explains impossible dates with a path", () => {
    const result = JalaliDate.safeParse("1403/07/31");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("months 7 to 12 have at most 30 days");
  });
});
