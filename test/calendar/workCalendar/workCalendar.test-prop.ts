import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addJalaliDays,
  addWorkingDays,
  addWorkingHours,
  type CreateWorkCalendarOptions,
  countWorkingDaysBetween,
  countWorkingMinutesBetween,
  createProvinceCalendar,
  createTehranHeadOfficesCalendar,
  createWorkCalendar,
  fromJalaliDate,
  getNextWorkingDay,
  getOfficeHours,
  getPreviousWorkingDay,
  iranGovernmentRules,
  isWorkingDay,
  toJalaliDate,
  Weekday,
  type WorkCalendar,
} from "../../../src/index";
import { runs } from "../../_support/runs";

// Days of 1390–1419: official holidays for 1398–1405, the estimate around them.
const FROM = Date.UTC(2011, 2, 22);
const TO = Date.UTC(2041, 2, 19);
const instant = fc.integer({ min: FROM, max: TO });
const date = instant.map((ms) => toJalaliDate(ms, { timeZone: "UTC" }));

const hours = fc
  .tuple(fc.integer({ min: 0, max: 22 * 60 }), fc.integer({ min: 30, max: 10 * 60 }))
  .map(([start, length]) => {
    const end = Math.min(start + length, 23 * 60 + 59);
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    return { start: hhmm(start), end: hhmm(end) };
  });
const weekend = fc.subarray([...Weekday.options], { maxLength: 3 });
const rule = fc
  .record({
    from: date,
    length: fc.integer({ min: 0, max: 120 }),
    weekend: fc.option(weekend, { nil: undefined }),
    hours: fc.option(fc.option(hours, { nil: null }), { nil: undefined }),
  })
  .map(({ from, length, weekend, hours }) => ({
    from,
    to: addJalaliDays(from, length),
    ...(weekend === undefined && hours === undefined
      ? { hours: null }
      : {
          ...(weekend === undefined ? {} : { weekend }),
          ...(hours === undefined ? {} : { hours }),
        }),
  }));
const closure = fc
  .record({ date, hours: fc.option(hours, { nil: undefined }) })
  .map(({ date, hours }) => (hours === undefined ? { date } : { date, hours }));
const randomCalendar = fc
  .record({
    weekend,
    hours,
    holidays: fc.constantFrom("iran" as const, false as const),
    rules: fc.array(rule, { maxLength: 3 }),
    closures: fc.array(closure, { maxLength: 5 }),
    timeZone: fc.constantFrom("Asia/Tehran", "UTC", "America/Los_Angeles"),
  })
  .map((options) => createWorkCalendar(options as CreateWorkCalendarOptions));
const calendar: fc.Arbitrary<WorkCalendar> = fc.oneof(
  fc.constantFrom(
    createWorkCalendar(),
    createWorkCalendar({ rules: iranGovernmentRules }),
    createTehranHeadOfficesCalendar(),
    createProvinceCalendar("Mazandaran"),
  ),
  randomCalendar,
);
const n = fc.integer({ min: -400, max: 400 }).filter((k) => k !== 0);

describe("work calendar properties", () => {
  it("addWorkingDays then countWorkingDaysBetween returns n", () => {
    fc.assert(
      fc.property(calendar, date, n, (cal, day, k) => {
        const result = addWorkingDays(day, k, { calendar: cal });
        expect(isWorkingDay(result, { calendar: cal })).toBe(true);
        expect(countWorkingDaysBetween(day, result, { calendar: cal })).toBe(k);
      }),
    );
  });

  it("addWorkingDays with 0 gives the day itself or the next working day", () => {
    fc.assert(
      fc.property(calendar, date, (cal, day) => {
        const result = addWorkingDays(day, 0, { calendar: cal });
        expect(result).toBe(
          isWorkingDay(day, { calendar: cal }) ? day : getNextWorkingDay(day, { calendar: cal }),
        );
      }),
    );
  });

  it("countWorkingDaysBetween counts the working days one by one", () => {
    fc.assert(
      fc.property(calendar, date, fc.integer({ min: -60, max: 60 }), (cal, from, span) => {
        const to = addJalaliDays(from, span);
        // (from, to] going forward; minus [to, from) going back.
        let count = 0;
        for (let i = 1; i <= span; i++)
          if (isWorkingDay(addJalaliDays(from, i), { calendar: cal })) count++;
        for (let i = 0; i < -span; i++)
          if (isWorkingDay(addJalaliDays(to, i), { calendar: cal })) count--;
        expect(countWorkingDaysBetween(from, to, { calendar: cal })).toBe(count);
      }),
    );
  });

  it("getNextWorkingDay is a working day and no day between is", () => {
    fc.assert(
      fc.property(calendar, date, (cal, day) => {
        const next = getNextWorkingDay(day, { calendar: cal });
        expect(next > day).toBe(true);
        expect(isWorkingDay(next, { calendar: cal })).toBe(true);
        for (let d = addJalaliDays(day, 1); d < next; d = addJalaliDays(d, 1)) {
          expect(isWorkingDay(d, { calendar: cal })).toBe(false);
        }
        const previous = getPreviousWorkingDay(day, { calendar: cal });
        expect(previous < day).toBe(true);
        expect(isWorkingDay(previous, { calendar: cal })).toBe(true);
        for (let d = addJalaliDays(previous, 1); d < day; d = addJalaliDays(d, 1)) {
          expect(isWorkingDay(d, { calendar: cal })).toBe(false);
        }
      }),
    );
  });

  it("getPreviousWorkingDay and getNextWorkingDay are inverse on working days", () => {
    fc.assert(
      fc.property(calendar, date, (cal, any) => {
        const day = addWorkingDays(any, 0, { calendar: cal });
        expect(
          getPreviousWorkingDay(getNextWorkingDay(day, { calendar: cal }), { calendar: cal }),
        ).toBe(day);
        expect(
          getNextWorkingDay(getPreviousWorkingDay(day, { calendar: cal }), { calendar: cal }),
        ).toBe(day);
      }),
    );
  });

  it("addWorkingHours and countWorkingMinutesBetween agree", () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        fc.integer({ min: -200 * 60, max: 200 * 60 }),
        (cal, start, minutes) => {
          const end = addWorkingHours(start, minutes / 60, { calendar: cal });
          expect(countWorkingMinutesBetween(start, end, { calendar: cal })).toBe(minutes);
          expect(Math.sign(Date.parse(end) - start)).toBe(Math.sign(minutes));
        },
      ),
    );
  });

  it("working minutes add up and match the office hours of each day", () => {
    fc.assert(
      fc.property(calendar, date, (cal, day) => {
        const midnight = Date.parse(fromJalaliDate(day, { timeZone: cal.timeZone }));
        const nextMidnight = Date.parse(
          fromJalaliDate(addJalaliDays(day, 1), { timeZone: cal.timeZone }),
        );
        const hoursOfDay = getOfficeHours(day, { calendar: cal });
        const expected =
          hoursOfDay === null
            ? 0
            : (Date.parse(hoursOfDay.end) - Date.parse(hoursOfDay.start)) / 60_000;
        expect(countWorkingMinutesBetween(midnight, nextMidnight, { calendar: cal })).toBe(
          expected,
        );
        expect(hoursOfDay === null).toBe(!isWorkingDay(day, { calendar: cal }));
        const a = countWorkingMinutesBetween(midnight - 86_400_000 * 9, midnight, {
          calendar: cal,
        });
        const b = countWorkingMinutesBetween(midnight, nextMidnight + 86_400_000 * 5, {
          calendar: cal,
        });
        expect(
          countWorkingMinutesBetween(midnight - 86_400_000 * 9, nextMidnight + 86_400_000 * 5, {
            calendar: cal,
          }),
        ).toBe(a + b);
      }),
    );
  });

  it("a calendar gives the same answers after a JSON round trip", () => {
    fc.assert(
      fc.property(randomCalendar, date, n, instant, (cal, day, k, ms) => {
        const copy = JSON.parse(JSON.stringify(cal)) as WorkCalendar;
        expect(createWorkCalendar(copy)).toEqual(cal);
        expect(isWorkingDay(day, { calendar: copy })).toBe(isWorkingDay(day, { calendar: cal }));
        expect(addWorkingDays(day, k, { calendar: copy })).toBe(
          addWorkingDays(day, k, { calendar: cal }),
        );
        expect(getOfficeHours(day, { calendar: copy })).toEqual(
          getOfficeHours(day, { calendar: cal }),
        );
        expect(addWorkingHours(ms, k / 7, { calendar: copy })).toEqual(
          addWorkingHours(ms, k / 7, { calendar: cal }),
        );
      }),
      { numRuns: runs(50) },
    );
  });
});
