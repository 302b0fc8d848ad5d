// Pins the public signatures of the jalali area (issue 15, item 9). A change to any of them
// fails `npx vitest run --project types`; the reshape of issue 15 updates these on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  addJalaliDays,
  type ClockTime,
  countDaysBetween,
  type FormatJalaliDateOptions,
  type FromJalaliDateOptions,
  formatJalaliDate,
  fromJalaliDate,
  getJalaliWeekday,
  type InstantInput,
  type IsoInstant,
  isJalaliLeapYear,
  JalaliDate,
  parseJalaliDate,
  type SafeParseFailure,
  type SafeParseResult,
  type SafeParseSuccess,
  safeParseJalaliDate,
  type ToJalaliDateOptions,
  toJalaliDate,
  type Weekday,
} from "../../src/index";

describe("jalali signatures", () => {
  it("day arithmetic takes plain strings and returns branded days", () => {
    expectTypeOf(addJalaliDays).parameters.toEqualTypeOf<[date: string, amount: number]>();
    expectTypeOf(addJalaliDays).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(countDaysBetween).parameters.toEqualTypeOf<[from: string, to: string]>();
    expectTypeOf(countDaysBetween).returns.toEqualTypeOf<number>();
    expectTypeOf(getJalaliWeekday).parameters.toEqualTypeOf<[date: string]>();
    expectTypeOf(getJalaliWeekday).returns.toEqualTypeOf<Weekday>();
    expectTypeOf(isJalaliLeapYear).parameters.toEqualTypeOf<[year: number]>();
    expectTypeOf(isJalaliLeapYear).returns.toEqualTypeOf<boolean>();
  });

  it("parse and safeParse", () => {
    expectTypeOf(parseJalaliDate).parameters.toEqualTypeOf<[input: string]>();
    expectTypeOf(parseJalaliDate).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(safeParseJalaliDate).parameters.toEqualTypeOf<[input: string]>();
    expectTypeOf(safeParseJalaliDate).returns.toEqualTypeOf<SafeParseResult<JalaliDate>>();
    expectTypeOf<SafeParseResult<JalaliDate>>().toEqualTypeOf<
      SafeParseSuccess<JalaliDate> | SafeParseFailure
    >();
    expectTypeOf<SafeParseSuccess<JalaliDate>["success"]>().toEqualTypeOf<true>();
    expectTypeOf<SafeParseFailure["success"]>().toEqualTypeOf<false>();
  });

  it("conversion to and from instants", () => {
    expectTypeOf(toJalaliDate).parameters.toEqualTypeOf<
      [instant: InstantInput, options?: ToJalaliDateOptions]
    >();
    expectTypeOf(toJalaliDate).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(fromJalaliDate).parameters.toEqualTypeOf<
      [date: string, options?: FromJalaliDateOptions]
    >();
    expectTypeOf(fromJalaliDate).returns.toEqualTypeOf<IsoInstant>();
    expectTypeOf(formatJalaliDate).parameters.toEqualTypeOf<
      [date: string, options?: FormatJalaliDateOptions]
    >();
    expectTypeOf(formatJalaliDate).returns.toEqualTypeOf<string>();
    expectTypeOf(toJalaliDate).toBeCallableWith(new Date(0));
    expectTypeOf(toJalaliDate).toBeCallableWith("2025-03-21T00:00:00+03:30");
    expectTypeOf(toJalaliDate).toBeCallableWith(0, { timeZone: "Asia/Tehran" });
    expectTypeOf(formatJalaliDate).toBeCallableWith("1404/01/01", { locale: "en" });
    // @ts-expect-error a locale outside Locale does not type-check
    formatJalaliDate("1404/01/01", { locale: "de" });
  });

  it("schema types", () => {
    expectTypeOf(JalaliDate.parse).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf<ClockTime>().toEqualTypeOf<string>();
    expectTypeOf<Weekday>().toEqualTypeOf<
      "saturday" | "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday"
    >();
  });

  it("JalaliDate is a plain string: literals fit, canonical strings come out", () => {
    expectTypeOf<JalaliDate>().toEqualTypeOf<string>();
    const day: JalaliDate = "1404/01/15";
    expectTypeOf(day).toEqualTypeOf<string>();
  });
});
