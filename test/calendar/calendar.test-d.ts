// Pins the public signatures of the calendar area (issue 15, item 9). A change to any of them
// fails `npx vitest run --project types`; the reshape of issue 15 updates these on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  addWorkingDays,
  addWorkingHours,
  type CalendarRegion,
  type ClosureDayOff,
  createWorkCalendar,
  type DayOff,
  type Holiday,
  type HolidayDayOff,
  holidaysOn,
  type IranianHolidaysOptions,
  type IranProvince,
  type IranProvinceName,
  iranGovernmentRules,
  iranianHolidays,
  isWorkingDay,
  type JalaliDate,
  nextWorkingDay,
  type OfficeInterval,
  officeHours,
  type ProvinceCalendarOptions,
  previousWorkingDay,
  provinceCalendar,
  type Region,
  tehranHeadOfficesCalendar,
  type WorkCalendar,
  type WorkCalendarOptions,
  type WorkRule,
  workingDaysBetween,
  workingMinutesBetween,
} from "../../src/index";

declare const calendar: WorkCalendar;

describe("calendar signatures", () => {
  it("creating calendars", () => {
    expectTypeOf(createWorkCalendar).parameters.toEqualTypeOf<[options?: WorkCalendarOptions]>();
    expectTypeOf(createWorkCalendar).returns.toEqualTypeOf<WorkCalendar>();
    expectTypeOf(provinceCalendar).parameters.toEqualTypeOf<
      [province: IranProvinceName, options?: ProvinceCalendarOptions]
    >();
    expectTypeOf(provinceCalendar).returns.toEqualTypeOf<WorkCalendar>();
    expectTypeOf(tehranHeadOfficesCalendar).parameters.toEqualTypeOf<
      [options?: Omit<WorkCalendarOptions, "region">]
    >();
    expectTypeOf(tehranHeadOfficesCalendar).returns.toEqualTypeOf<WorkCalendar>();
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
    expectTypeOf(provinceCalendar).toBeCallableWith("Mazandaran");
    expectTypeOf(provinceCalendar).toBeCallableWith("مازندران", { county: "ساری" });
    // @ts-expect-error the Tehran head-offices calendar fixes its own region
    tehranHeadOfficesCalendar({ region: { province: "فارس" } });
  });

  it("working days: the calendar first (as of 0.1)", () => {
    expectTypeOf(isWorkingDay).parameters.toEqualTypeOf<[calendar: WorkCalendar, date: string]>();
    expectTypeOf(isWorkingDay).returns.toEqualTypeOf<boolean>();
    expectTypeOf(nextWorkingDay).parameters.toEqualTypeOf<[calendar: WorkCalendar, date: string]>();
    expectTypeOf(nextWorkingDay).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(previousWorkingDay).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, date: string]
    >();
    expectTypeOf(previousWorkingDay).returns.toEqualTypeOf<JalaliDate>();
    // issue 15 item 1: `n` here, `amount` in addJalaliDays.
    expectTypeOf(addWorkingDays).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, date: string, n: number]
    >();
    expectTypeOf(addWorkingDays).returns.toEqualTypeOf<JalaliDate>();
    expectTypeOf(workingDaysBetween).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, from: string, to: string]
    >();
    expectTypeOf(workingDaysBetween).returns.toEqualTypeOf<number>();
    expectTypeOf(holidaysOn).parameters.toEqualTypeOf<[calendar: WorkCalendar, date: string]>();
    expectTypeOf(holidaysOn).returns.toEqualTypeOf<DayOff[]>();
    expectTypeOf<DayOff>().toEqualTypeOf<HolidayDayOff | ClosureDayOff>();
    expectTypeOf<DayOff["type"]>().toEqualTypeOf<"holiday" | "closure">();
    expectTypeOf(officeHours).parameters.toEqualTypeOf<[calendar: WorkCalendar, date: string]>();
    expectTypeOf(officeHours).returns.toEqualTypeOf<OfficeInterval | null>();
    expectTypeOf<OfficeInterval>().toEqualTypeOf<{ readonly start: Date; readonly end: Date }>();
    // @ts-expect-error the calendar is not optional (as of 0.1: no default national calendar)
    isWorkingDay("1404/01/15");
  });

  it("working time: instants in, Date out", () => {
    expectTypeOf(addWorkingHours).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, instant: Date | string | number, hours: number]
    >();
    expectTypeOf(addWorkingHours).returns.toEqualTypeOf<Date>();
    expectTypeOf(workingMinutesBetween).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, from: Date | string | number, to: Date | string | number]
    >();
    expectTypeOf(workingMinutesBetween).returns.toEqualTypeOf<number>();
    expectTypeOf(addWorkingHours).toBeCallableWith(calendar, "2025-04-05T09:00:00+03:30", 4);
  });

  it("holiday tables", () => {
    expectTypeOf(iranianHolidays).parameters.toEqualTypeOf<
      [year: number, options?: IranianHolidaysOptions]
    >();
    expectTypeOf(iranianHolidays).returns.toEqualTypeOf<Holiday[]>();
    expectTypeOf(iranianHolidays).toBeCallableWith(1404, { source: "estimated" });
    // @ts-expect-error only official, estimated or auto
    iranianHolidays(1404, { source: "guess" });
  });

  it("issue 15 pain point, as of 0.1: two region types that do not fit each other", () => {
    expectTypeOf<NonNullable<CalendarRegion["province"]>>().toEqualTypeOf<IranProvince>();
    expectTypeOf<Region["province"]>().toEqualTypeOf<string>();
    expectTypeOf<Region>().not.toExtend<CalendarRegion>();
    expectTypeOf<WorkCalendar["region"]>().toEqualTypeOf<CalendarRegion | undefined>();
  });
});
