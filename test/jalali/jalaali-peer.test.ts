// Every day of 1300–1500 against jalaali-js, an independent implementation of the standard
// Jalali arithmetic.
import * as jalaali from "jalaali-js";
import { describe, expect, it } from "vitest";
import {
  addJalaliDays,
  countDaysBetween,
  fromJalaliDate,
  getJalaliWeekday,
  isJalaliLeapYear,
  parseJalaliDate,
  toJalaliDate,
} from "../../src/index";

const pad = (n: number) => String(n).padStart(2, "0");
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

describe("agreement with jalaali-js for every day of 1300–1500", () => {
  it("leap years agree", () => {
    for (let jy = 1300; jy <= 1500; jy++) {
      expect(isJalaliLeapYear(jy), `year ${jy}`).toBe(jalaaliLeap(jy));
    }
  });

  it("conversion, weekday, parse and day counts agree", () => {
    const mismatches: string[] = [];
    let previous: string | undefined;
    for (let jy = 1300; jy <= 1500; jy++) {
      for (let jm = 1; jm <= 12; jm++) {
        for (let jd = 1; jd <= jalaali.jalaaliMonthLength(jy, jm); jd++) {
          const text = `${jy}/${pad(jm)}/${pad(jd)}`;
          const { gy, gm, gd } = jalaali.toGregorian(jy, jm, jd);
          // Noon UTC is the same calendar day in UTC; fromJalaliDate at noon UTC must be it.
          const noonUtc = Date.UTC(gy, gm - 1, gd, 12);
          if (toJalaliDate(noonUtc, { timeZone: "UTC" }) !== text) mismatches.push(`to ${text}`);
          if (Date.parse(fromJalaliDate(text, { time: "12:00", timeZone: "UTC" })) !== noonUtc)
            mismatches.push(`from ${text}`);
          if (getJalaliWeekday(text) !== WEEKDAYS[new Date(noonUtc).getUTCDay()])
            mismatches.push(`weekday ${text}`);
          if (parseJalaliDate(`${jy}/${jm}/${jd}`) !== text) mismatches.push(`parse ${text}`);
          if (previous !== undefined) {
            if (addJalaliDays(previous, 1) !== text) mismatches.push(`add ${previous}`);
            if (countDaysBetween(previous, text) !== 1) mismatches.push(`between ${text}`);
          }
          previous = text;
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

function jalaaliLeap(jy: number): boolean {
  return jalaali.isLeapJalaaliYear(jy);
}
