// Every @example in the TSDoc of src/calendar (work calendars), checked as written.
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  addWorkingHours,
  CalendarRegion,
  createWorkCalendar,
  holidaysOn,
  IranProvince,
  iranGovernmentRules,
  isWorkingDay,
  nextWorkingDay,
  officeHours,
  PeygirError,
  previousWorkingDay,
  provinceCalendar,
  tehranHeadOfficesCalendar,
  WorkCalendar,
  WorkClosure,
  WorkingHours,
  WorkRule,
  workingDaysBetween,
  workingMinutesBetween,
} from "../../../src/index";

const calendar = createWorkCalendar();

describe("TSDoc examples", () => {
  it("IranProvince", () => {
    expect(IranProvince.parse("Mazandaran")).toBe("مازندران");
    expect(IranProvince.parse("razavi khorasan")).toBe("خراسان رضوی");
    expect(IranProvince.safeParse("Atlantis").success).toBe(false);
  });

  it("CalendarRegion", () => {
    expect(CalendarRegion.parse({ province: "Tehran", county: "تهران" })).toEqual({
      province: "تهران",
      county: "تهران",
    });
    expect(CalendarRegion.safeParse({ county: "تهران" }).success).toBe(false);
  });

  it("WorkingHours", () => {
    expect(WorkingHours.parse({ start: "۶:۰۰", end: "13:00" })).toEqual({
      start: "06:00",
      end: "13:00",
    });
    expect(WorkingHours.safeParse({ start: "14:30", end: "07:30" }).success).toBe(false);
  });

  it("WorkRule", () => {
    expect(
      WorkRule.parse({
        from: "1404/02/20",
        to: "1404/06/31",
        weekend: ["thursday", "friday"],
        hours: { start: "06:00", end: "13:00" },
      }).weekend,
    ).toEqual(["thursday", "friday"]);
    expect(WorkRule.safeParse({ from: "1404/06/31", to: "1404/02/20", hours: null }).success).toBe(
      false,
    );
  });

  it("WorkClosure", () => {
    expect(
      WorkClosure.parse({ date: "1404/05/01", region: { province: "Tehran" }, reason: "heat" }),
    ).toEqual({ date: "1404/05/01", region: { province: "تهران" }, reason: "heat" });
  });

  it("WorkCalendar", () => {
    expect(WorkCalendar.parse({}).hours).toEqual({ start: "07:30", end: "14:30" });
    expect(WorkCalendar.parse({ weekend: ["thursday", "friday"] }).weekend).toEqual([
      "thursday",
      "friday",
    ]);
  });

  it("createWorkCalendar", () => {
    const twoDay = createWorkCalendar({ weekend: ["thursday", "friday"] });
    expect(twoDay.hours).toEqual({ start: "07:30", end: "14:30" });
    expect(isWorkingDay(twoDay, "1403/04/28")).toBe(false);
    expect(() => createWorkCalendar({ weekend: ["caturday" as never] })).toThrow(
      expect.objectContaining({ code: "invalid_weekday" }),
    );
    expect(() => createWorkCalendar({ weekend: ["caturday" as never] })).toThrow(PeygirError);
  });

  it("isWorkingDay", () => {
    expect(isWorkingDay(calendar, "1403/04/28")).toBe(true);
    expect(isWorkingDay(calendar, "1403/04/25")).toBe(false);
    expect(isWorkingDay(calendar, "1403/04/29")).toBe(false);
  });

  it("holidaysOn", () => {
    expect(
      holidaysOn(calendar, "1403/04/26").map((day) => day.type === "holiday" && day.names[0]?.en),
    ).toEqual(["Ashura (10 Muharram)"]);
    expect(holidaysOn(calendar, "1403/04/24")).toEqual([]);
  });

  it("officeHours", () => {
    expect(officeHours(calendar, "1403/04/24")?.end.toISOString()).toBe("2024-07-14T11:00:00.000Z");
    expect(officeHours(calendar, "1403/04/25")).toBeNull();
  });

  it("nextWorkingDay and previousWorkingDay", () => {
    expect(nextWorkingDay(calendar, "1403/04/24")).toBe("1403/04/27");
    expect(nextWorkingDay(calendar, "1402/12/28")).toBe("1403/01/05");
    expect(previousWorkingDay(calendar, "1403/04/27")).toBe("1403/04/24");
    expect(previousWorkingDay(calendar, "1403/01/05")).toBe("1402/12/28");
  });

  it("addWorkingDays", () => {
    expect(addWorkingDays(calendar, "1403/04/24", 1)).toBe("1403/04/27");
    expect(addWorkingDays(calendar, "1403/04/27", -1)).toBe("1403/04/24");
    expect(addWorkingDays(calendar, "1403/04/25", 0)).toBe("1403/04/27");
  });

  it("workingDaysBetween", () => {
    expect(workingDaysBetween(calendar, "1403/04/23", "1403/04/27")).toBe(2);
    expect(workingDaysBetween(calendar, "1403/04/27", "1403/04/23")).toBe(-2);
  });

  it("addWorkingHours", () => {
    expect(addWorkingHours(calendar, "2024-07-13T13:30:00+03:30", 2).toISOString()).toBe(
      "2024-07-14T05:00:00.000Z",
    );
  });

  it("workingMinutesBetween", () => {
    expect(
      workingMinutesBetween(calendar, "2024-07-13T13:30:00+03:30", "2024-07-17T08:30:00+03:30"),
    ).toBe(540);
  });

  it("iranGovernmentRules", () => {
    const national = createWorkCalendar({ rules: iranGovernmentRules });
    expect(isWorkingDay(national, "1404/03/01")).toBe(false);
    expect(officeHours(national, "1404/03/03")?.end.toISOString()).toBe("2025-05-24T09:30:00.000Z");
    expect(isWorkingDay(national, "1404/07/03")).toBe(true);
  });

  it("tehranHeadOfficesCalendar", () => {
    const tehran = tehranHeadOfficesCalendar();
    expect(tehran.region).toEqual({ province: "تهران", county: "تهران" });
    expect(isWorkingDay(tehran, "1403/04/28")).toBe(false);
  });

  it("provinceCalendar", () => {
    const mazandaran = provinceCalendar("Mazandaran");
    expect(mazandaran.region).toEqual({ province: "مازندران" });
    expect(isWorkingDay(mazandaran, "1404/07/17")).toBe(false);
    expect(isWorkingDay(provinceCalendar("گیلان"), "1404/07/17")).toBe(true);
  });
});
