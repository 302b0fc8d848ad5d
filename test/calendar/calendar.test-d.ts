// Pins the public signatures of the calendar area (issue 15, item 9). A change to any of them
// fails `npx vitest run --project types`; the reshape of issue 15 updates these on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  addWorkingDays,
  addWorkingHours,
  type CalendarRegion,
  type ClosureDayOff,
  type CreateProvinceCalendarOptions,
  type CreateWorkCalendarOptions,
  countWorkingDaysBetween,
  countWorkingMinutesBetween,
  createProvinceCalendar,
  createTehranHeadOfficesCalendar,
  createWorkCalendar,
  type DayOff,
  type GetIranianHolidaysOptions,
  getDaysOff,
  getIranianHolidays,
  getNextWorkingDay,
  getOfficeHours,
  getPreviousWorkingDay,
  type Holiday,
  type HolidayDayOff,
  type IranProvince,
  type IranProvinceName,
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
      [options?: Omit<CreateWorkCalendarOptions, "region">]
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

  it("working days: the calendar first (as of 0.1)", () => {
    expectTypeOf(isWorkingDay).parameters.toEqualTypeOf<[calendar: WorkCalendar, date: string]>();
    expectTypeOf(isWorkingDay).returns.toEqualTypeOf<boolean>();
    expectTypeOf(getNextWorkingDay).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, date: string]
    >();
    expectTypeOf(getNextWorkingDay).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(getPreviousWorkingDay).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, date: string]
    >();
    expectTypeOf(getPreviousWorkingDay).returns.toEqualTypeOf<JalaliDate>();
    // issue 15 item 1: `n` here, `amount` in addJalaliDays.
    expectTypeOf(addWorkingDays).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, date: string, n: number]
    >();
    expectTypeOf(addWorkingDays).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(countWorkingDaysBetween).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, from: string, to: string]
    >();
    expectTypeOf(countWorkingDaysBetween).returns.toEqualTypeOf<number>();
    expectTypeOf(getDaysOff).parameters.toEqualTypeOf<[calendar: WorkCalendar, date: string]>();
    expectTypeOf(getDaysOff).returns.toEqualTypeOf<DayOff[]>();
    expectTypeOf<DayOff>().toEqualTypeOf<HolidayDayOff | ClosureDayOff>();
    expectTypeOf<DayOff["type"]>().toEqualTypeOf<"holiday" | "closure">();
    expectTypeOf(getOfficeHours).parameters.toEqualTypeOf<[calendar: WorkCalendar, date: string]>();
    expectTypeOf(getOfficeHours).returns.toEqualTypeOf<OfficeInterval | null>();
    expectTypeOf<OfficeInterval>().toEqualTypeOf<{ readonly start: Date; readonly end: Date }>();
    // @ts-expect-error the calendar is not optional (as of 0.1: no default national calendar)
    isWorkingDay("1404/01/15");
  });

  it("working time: instants in, Date out", () => {
    expectTypeOf(addWorkingHours).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, instant: Date | string | number, hours: number]
    >();
    expectTypeOf(addWorkingHours).returns.toEqualTypeOf<Date>();
    expectTypeOf(countWorkingMinutesBetween).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, from: Date | string | number, to: Date | string | number]
    >();
    expectTypeOf(countWorkingMinutesBetween).returns.toEqualTypeOf<number>();
    expectTypeOf(addWorkingHours).toBeCallableWith(calendar, "2025-04-05T09:00:00+03:30", 4);
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

  it("issue 15 pain point, as of 0.1: two region types that do not fit each other", () => {
    expectTypeOf<NonNullable<CalendarRegion["province"]>>().toEqualTypeOf<IranProvince>();
    expectTypeOf<Region["province"]>().toEqualTypeOf<string>();
    expectTypeOf<Region>().not.toExtend<CalendarRegion>();
    expectTypeOf<WorkCalendar["region"]>().toEqualTypeOf<CalendarRegion | undefined>();
  });
});
