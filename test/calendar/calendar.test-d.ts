// Pins the public signatures of the calendar area (issue 15, item 9). A change to any of them
// fails `npx vitest run --project types`; the reshape of issue 15 updates these on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  type AddWorkingDaysOptions,
  type AddWorkingHoursOptions,
  type Agency,
  addWorkingDays,
  addWorkingHours,
  type ClosureDayOff,
  type CountWorkingDaysBetweenOptions,
  type CountWorkingMinutesBetweenOptions,
  type CreateProvinceCalendarOptions,
  type CreateTehranHeadOfficesCalendarOptions,
  type CreateWorkCalendarOptions,
  countWorkingDaysBetween,
  countWorkingMinutesBetween,
  createProvinceCalendar,
  createTehranHeadOfficesCalendar,
  createWorkCalendar,
  type DayOff,
  type GetDaysOffOptions,
  type GetIranianHolidaysOptions,
  type GetNextWorkingDayOptions,
  type GetOfficeHoursOptions,
  type GetPreviousWorkingDayOptions,
  getDaysOff,
  getIranianHolidays,
  getNextWorkingDay,
  getOfficeHours,
  getPreviousWorkingDay,
  type Holiday,
  type HolidayDayOff,
  type InstantInput,
  type IranProvince,
  type IranProvinceName,
  type IsoInstant,
  type IsWorkingDayOptions,
  iranGovernmentRules,
  isWorkingDay,
  type JalaliDate,
  type OfficeInterval,
  type Region,
  type WorkCalendar,
  type WorkRule,
} from "../../src/index";

declare const calendar: WorkCalendar;

describe("calendar signatures", () => {
  it("creating calendars", () => {
    expectTypeOf(createWorkCalendar).parameters.toEqualTypeOf<
      [options?: CreateWorkCalendarOptions]
    >();
    expectTypeOf(createWorkCalendar).returns.toEqualTypeOf<WorkCalendar>();
    expectTypeOf(createProvinceCalendar).parameters.toEqualTypeOf<
      [province: IranProvinceName, options?: CreateProvinceCalendarOptions]
    >();
    expectTypeOf(createProvinceCalendar).returns.toEqualTypeOf<WorkCalendar>();
    expectTypeOf(createTehranHeadOfficesCalendar).parameters.toEqualTypeOf<
      [options?: CreateTehranHeadOfficesCalendarOptions]
    >();
    expectTypeOf(createTehranHeadOfficesCalendar).returns.toEqualTypeOf<WorkCalendar>();
    expectTypeOf(iranGovernmentRules).toEqualTypeOf<readonly WorkRule[]>();
    expectTypeOf(createWorkCalendar).toBeCallableWith();
    expectTypeOf(createWorkCalendar).toBeCallableWith({
      holidays: "iran",
      extraHolidays: [
        {
          date: "1404/01/20",
          names: [{ fa: "تعطیلی", en: "Closure" }],
          kind: "solar",
          official: false,
        },
      ],
    });
    expectTypeOf(createProvinceCalendar).toBeCallableWith("Mazandaran");
    expectTypeOf(createProvinceCalendar).toBeCallableWith("مازندران", { county: "ساری" });
    // @ts-expect-error the Tehran head-offices calendar fixes its own region
    createTehranHeadOfficesCalendar({ region: { province: "فارس" } });
  });

  it("working days: verb(subject, options?), the national calendar by default", () => {
    expectTypeOf(isWorkingDay).parameters.toEqualTypeOf<
      [date: string, options?: IsWorkingDayOptions]
    >();
    expectTypeOf(isWorkingDay).returns.toEqualTypeOf<boolean>();
    expectTypeOf<IsWorkingDayOptions>().toEqualTypeOf<{ readonly calendar?: WorkCalendar }>();
    expectTypeOf(getNextWorkingDay).parameters.toEqualTypeOf<
      [date: string, options?: GetNextWorkingDayOptions]
    >();
    expectTypeOf(getNextWorkingDay).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(getPreviousWorkingDay).parameters.toEqualTypeOf<
      [date: string, options?: GetPreviousWorkingDayOptions]
    >();
    expectTypeOf(getPreviousWorkingDay).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(addWorkingDays).parameters.toEqualTypeOf<
      [date: string, amount: number, options?: AddWorkingDaysOptions]
    >();
    expectTypeOf(addWorkingDays).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(countWorkingDaysBetween).parameters.toEqualTypeOf<
      [from: string, to: string, options?: CountWorkingDaysBetweenOptions]
    >();
    expectTypeOf(countWorkingDaysBetween).returns.toEqualTypeOf<number>();
    expectTypeOf(getDaysOff).parameters.toEqualTypeOf<
      [date: string, options?: GetDaysOffOptions]
    >();
    expectTypeOf(getDaysOff).returns.toEqualTypeOf<DayOff[]>();
    expectTypeOf<DayOff>().toEqualTypeOf<HolidayDayOff | ClosureDayOff>();
    expectTypeOf<DayOff["type"]>().toEqualTypeOf<"holiday" | "closure">();
    expectTypeOf(getOfficeHours).parameters.toEqualTypeOf<
      [date: string, options?: GetOfficeHoursOptions]
    >();
    expectTypeOf(getOfficeHours).returns.toEqualTypeOf<OfficeInterval | null>();
    expectTypeOf<OfficeInterval>().toEqualTypeOf<{
      readonly start: string;
      readonly end: string;
    }>();
    expectTypeOf(isWorkingDay).toBeCallableWith("1404/01/15");
    expectTypeOf(isWorkingDay).toBeCallableWith("۱۴۰۴/۱/۱۵", { calendar });
    // @ts-expect-error the calendar is an option, never the first argument
    isWorkingDay(calendar, "1404/01/15");
  });

  it("working time: InstantInput in, an ISO string out", () => {
    expectTypeOf(addWorkingHours).parameters.toEqualTypeOf<
      [instant: InstantInput, amount: number, options?: AddWorkingHoursOptions]
    >();
    expectTypeOf(addWorkingHours).returns.toEqualTypeOf<IsoInstant>();
    expectTypeOf<IsoInstant>().toEqualTypeOf<string>();
    expectTypeOf(countWorkingMinutesBetween).parameters.toEqualTypeOf<
      [from: InstantInput, to: InstantInput, options?: CountWorkingMinutesBetweenOptions]
    >();
    expectTypeOf(countWorkingMinutesBetween).returns.toEqualTypeOf<number>();
    expectTypeOf(addWorkingHours).toBeCallableWith("2025-04-05T09:00:00+03:30", 4);
    expectTypeOf(addWorkingHours).toBeCallableWith(new Date(0), 4, { calendar });
    expectTypeOf(addWorkingHours).toBeCallableWith(1_743_830_000_000, 4);
  });

  it("holiday tables", () => {
    expectTypeOf(getIranianHolidays).parameters.toEqualTypeOf<
      [year: number, options?: GetIranianHolidaysOptions]
    >();
    expectTypeOf(getIranianHolidays).returns.toEqualTypeOf<Holiday[]>();
    expectTypeOf(getIranianHolidays).toBeCallableWith(1404, { source: "estimated" });
    // @ts-expect-error only official, estimated or auto
    getIranianHolidays(1404, { source: "guess" });
  });

  it("one Region for entities and calendars", () => {
    expectTypeOf<Region["province"]>().toEqualTypeOf<IranProvince>();
    expectTypeOf<WorkCalendar["region"]>().toEqualTypeOf<Region | undefined>();
    expectTypeOf<Agency["region"]>().toEqualTypeOf<Region>();
    // An agency's region can be given to a calendar.
    expectTypeOf(createWorkCalendar).toBeCallableWith({ region: {} as Agency["region"] });
  });
});
