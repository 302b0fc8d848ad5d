import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addJalaliDays,
  countDaysBetween,
  formatJalaliDate,
  fromJalaliDate,
  parseJalaliDate,
  toJalaliDate,
  toPersianDigits,
} from "../../src/index";
import { runs } from "../_support/runs";

const MIN = Date.UTC(1921, 2, 22); // 1300/01/01 (after it, to stay in range in every zone)
const MAX = Date.UTC(2121, 2, 19); // a little before 1501/01/01
const instant = fc.integer({ min: MIN, max: MAX });
const jalaliDate = instant.map((ms) => toJalaliDate(ms, { timeZone: "UTC" }));

describe("Jalali properties", () => {
  it("takes an ISO instant exactly when its day exists in its month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1922, max: 2120 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          // Days in the month, by the Gregorian rule written out (not by Date).
          const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
          const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T12:00:00Z`;
          const read = (): string => toJalaliDate(text, { timeZone: "UTC" });
          if (day <= (days as number))
            expect(read()).toBe(
              toJalaliDate(Date.UTC(year, month - 1, day, 12), { timeZone: "UTC" }),
            );
          else expect(read).toThrow(expect.objectContaining({ code: "invalid_instant" }));
        },
      ),
      { numRuns: runs(2000), seed: 1404 },
    );
  });

  it("format then parse is the identity, with Latin or Persian digits", () => {
    fc.assert(
      fc.property(jalaliDate, (date) => {
        expect(parseJalaliDate(formatJalaliDate(date))).toBe(date);
        expect(parseJalaliDate(formatJalaliDate(date, { digits: "persian" }))).toBe(date);
        expect(parseJalaliDate(toPersianDigits(date.replaceAll("/", "-")))).toBe(date);
      }),
    );
  });

  it("an instant falls between the midnights of its Tehran day", () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const day = toJalaliDate(ms);
        expect(Date.parse(fromJalaliDate(day))).toBeLessThanOrEqual(ms);
        expect(Date.parse(fromJalaliDate(addJalaliDays(day, 1)))).toBeGreaterThan(ms);
      }),
    );
  });

  it("adding days and counting them agree", () => {
    fc.assert(
      fc.property(jalaliDate, fc.integer({ min: -3000, max: 3000 }), (date, n) => {
        fc.pre(countDaysBetween("1300/01/01", date) + n >= 0);
        fc.pre(countDaysBetween(date, "1500/12/29") - n >= 0);
        expect(countDaysBetween(date, addJalaliDays(date, n))).toBe(n);
      }),
    );
  });

  it("local noon of a day maps back to that day in any zone", () => {
    const zones = fc.constantFrom("Asia/Tehran", "UTC", "America/Los_Angeles", "Asia/Tokyo");
    fc.assert(
      fc.property(jalaliDate, zones, (date, timeZone) => {
        const noon = fromJalaliDate(date, { time: "12:00", timeZone });
        expect(toJalaliDate(noon, { timeZone })).toBe(date);
      }),
    );
  });
});
