import { describe, expect, it, vi } from "vitest";
import {
  addJalaliDays,
  ClockTime,
  countDaysBetween,
  formatJalaliDate,
  fromJalaliDate,
  getJalaliWeekday,
  isJalaliLeapYear,
  PeygirError,
  toJalaliDate,
  Weekday,
} from "../../src/index";
import { errorOf } from "../_support/errorOf";

// The golden values are UTC instants worked out by hand; results (ISO strings with the
// calendar zone's offset) are read as instants to compare.
const utc = (iso: string | undefined): string | undefined =>
  iso === undefined ? undefined : new Date(iso).toISOString();

describe("toJalaliDate", () => {
  it("follows its documented examples", () => {
    expect(toJalaliDate("2024-07-15T20:00:00Z")).toBe("1403/04/25");
    expect(toJalaliDate("2024-07-15T21:00:00Z")).toBe("1403/04/26");
    expect(toJalaliDate("2024-07-15T21:00:00Z", { timeZone: "UTC" })).toBe("1403/04/25");
  });

  it("takes Dates, epoch milliseconds and ISO strings with any offset", () => {
    const instant = Date.UTC(2024, 2, 19, 20, 30); // 00:00 on 1 Farvardin 1403 in Tehran
    expect(toJalaliDate(new Date(instant))).toBe("1403/01/01");
    expect(toJalaliDate(instant - 1)).toBe("1402/12/29");
    expect(toJalaliDate("2024-03-20T00:00:00+03:30")).toBe("1403/01/01");
  });

  it("uses the +04:30 summer offset of the daylight-saving years", () => {
    // 1400/04/25 = 2021-07-16. Tehran was at +04:30: 19:45Z on the 15th is 00:15 on the 16th.
    expect(toJalaliDate("2021-07-15T19:45:00Z")).toBe("1400/04/25");
    // Since 1402 the offset is +03:30 all year: the same wall-clock moment is 23:15 the day before.
    expect(toJalaliDate("2023-07-15T19:45:00Z")).toBe("1402/04/24");
  });

  it("rejects strings without an offset, invalid dates and unknown zones", () => {
    expect(() => toJalaliDate("2024-07-15T10:00:00")).toThrow(PeygirError);
    expect(() => toJalaliDate(new Date(Number.NaN))).toThrow(PeygirError);
    expect(() => toJalaliDate(0, { timeZone: "Mars/Olympus" })).toThrow(
      expect.objectContaining({ code: "invalid_time_zone" }),
    );
    expect(() => toJalaliDate("1900-01-01T00:00:00Z")).toThrow(
      expect.objectContaining({ code: "out_of_range" }),
    );
  });

  it("names the function and the option of an unknown zone", () => {
    for (const [call, where] of [
      [() => toJalaliDate(0, { timeZone: "Mars/Olympus" }), "toJalaliDate"],
      [() => fromJalaliDate("1403/04/25", { timeZone: 5 as never }), "fromJalaliDate"],
    ] as const)
      expect(call).toThrow(
        expect.objectContaining({
          code: "invalid_time_zone",
          message: expect.stringMatching(new RegExp(`^${where}: `)),
          issues: [expect.objectContaining({ path: ["options", "timeZone"] })],
        }),
      );
  });

  it("rejects a day the month does not have instead of rolling it over", () => {
    // Date.parse reads 2024-02-30 as 1 March; February 2023 has 28 days, 2024 has 29.
    for (const text of ["2024-02-30T10:00:00Z", "2023-02-29T10:00:00+03:30", "2024-04-31T00:00Z"])
      expect(() => toJalaliDate(text)).toThrow(
        expect.objectContaining({ code: "invalid_instant" }),
      );
    expect(toJalaliDate("2024-02-29T10:00:00Z")).toBe("1402/12/10");
  });
});

describe("fromJalaliDate", () => {
  it("follows its documented examples", () => {
    expect(fromJalaliDate("1403/04/25", { time: "14:30" })).toBe("2024-07-15T14:30:00+03:30");
    expect(fromJalaliDate("1400/04/25", { time: "14:30" })).toBe("2021-07-16T14:30:00+04:30");
    expect(fromJalaliDate("1403/04/25", { time: "14:30", timeZone: "UTC" })).toBe(
      "2024-07-15T14:30:00+00:00",
    );
    // The same instants in UTC, worked out by hand: 14:30 − 3:30 and 14:30 − 4:30.
    expect(utc(fromJalaliDate("1403/04/25", { time: "14:30" }))).toBe("2024-07-15T11:00:00.000Z");
    expect(utc(fromJalaliDate("1400/04/25", { time: "14:30" }))).toBe("2021-07-16T10:00:00.000Z");
  });

  it("defaults to midnight in Tehran", () => {
    // 1403/01/01 = 2024-03-20; midnight at +03:30 is 20:30Z the day before.
    expect(utc(fromJalaliDate("1403/01/01"))).toBe("2024-03-19T20:30:00.000Z");
  });

  it("moves a skipped time forward and takes the earlier of a repeated one", () => {
    // 1400: clocks went from 24:00 on 1 Farvardin to 01:00 on 2 Farvardin (2021-03-22).
    expect(utc(fromJalaliDate("1400/01/02", { time: "00:30" }))).toBe(
      "2021-03-21T21:00:00.000Z", // 01:30 at +04:30
    );
    // 1400: clocks went back from 24:00 on 30 Shahrivar to 23:00 (2021-09-21).
    expect(utc(fromJalaliDate("1400/06/30", { time: "23:30" }))).toBe(
      "2021-09-21T19:00:00.000Z", // the first 23:30, at +04:30
    );
    expect(utc(fromJalaliDate("1400/06/31", { time: "00:00" }))).toBe("2021-09-21T20:30:00.000Z");
  });

  it("is fixed at +03:30 after daylight saving was abolished (from 1401/06/31)", () => {
    expect(utc(fromJalaliDate("1402/04/01", { time: "12:00" }))).toBe("2023-06-22T08:30:00.000Z");
  });

  it("rejects bad times and dates", () => {
    expect(() => fromJalaliDate("1403/04/25", { time: "25:00" })).toThrow(
      expect.objectContaining({ code: "invalid_time" }),
    );
    expect(() => fromJalaliDate("1403/07/31")).toThrow(
      expect.objectContaining({ code: "invalid_jalali_date" }),
    );
  });
});

describe("calendar arithmetic", () => {
  it("getJalaliWeekday follows its documented examples", () => {
    expect(getJalaliWeekday("1403/01/01")).toBe("wednesday");
    expect(getJalaliWeekday("1402/10/15")).toBe("friday");
  });

  it("addJalaliDays follows its documented examples", () => {
    expect(addJalaliDays("1402/12/29", 1)).toBe("1403/01/01");
    expect(addJalaliDays("1403/12/29", 1)).toBe("1403/12/30");
    expect(addJalaliDays("1403/01/01", -1)).toBe("1402/12/29");
  });

  it("addJalaliDays rejects fractions and leaving the supported years", () => {
    expect(() => addJalaliDays("1403/01/01", 0.5)).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
    expect(() => addJalaliDays("1500/12/29", 400)).toThrow(
      expect.objectContaining({ code: "out_of_range" }),
    );
  });

  it("countDaysBetween follows its documented examples", () => {
    expect(countDaysBetween("1403/01/01", "1404/01/01")).toBe(366);
    expect(countDaysBetween("1403/04/26", "1403/04/25")).toBe(-1);
  });

  it("isJalaliLeapYear follows its documented examples and checks its range", () => {
    expect(isJalaliLeapYear(1403)).toBe(true);
    expect(isJalaliLeapYear(1402)).toBe(false);
    expect(isJalaliLeapYear(1408)).toBe(true);
    expect(() => isJalaliLeapYear(1299)).toThrow(expect.objectContaining({ code: "out_of_range" }));
  });

  it("formatJalaliDate follows its documented examples", () => {
    expect(formatJalaliDate("1403/04/25")).toBe("1403/04/25");
    expect(formatJalaliDate("1403/04/25", { pattern: "d MMMM yyyy", digits: "persian" })).toBe(
      "۲۵ تیر ۱۴۰۳",
    );
    expect(formatJalaliDate("1403/04/25", { pattern: "EEEE d MMMM", locale: "en" })).toBe(
      "Monday 25 Tir",
    );
  });

  it("formatJalaliDate refuses Y and D tokens without writing to the console", () => {
    // date-fns warned on the console about these (the week-numbering year and the day of the
    // year, nearly always typos for y and d) and threw for some.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      for (const pattern of ["Y", "YYYY", "yyyy/MM/DD", "D", "Yo", "d MMMM YY"]) {
        const error = errorOf(() => formatJalaliDate("1403/04/25", { pattern }));
        expect([error.code, error.issues.map((issue) => issue.path)]).toEqual([
          "invalid_option",
          [["options", "pattern"]],
        ]);
      }
      // In quotes they are text.
      expect(formatJalaliDate("1403/04/25", { pattern: "'YD' yyyy" })).toBe("YD 1403");
      expect(errorOf(() => formatJalaliDate("1403/04/25", { pattern: "" })).code).toBe(
        "invalid_option",
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("Weekday and ClockTime follow their documented examples", () => {
    expect(Weekday.parse("thursday")).toBe("thursday");
    expect(Weekday.options[0]).toBe("saturday");
    expect(ClockTime.parse("۷:۳۰")).toBe("07:30");
    expect(ClockTime.safeParse("24:00").success).toBe(false);
  });
});
