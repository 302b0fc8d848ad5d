// Every @example in the TSDoc of src/calendar (work calendars), checked as written.
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  addWorkingHours,
  countWorkingDaysBetween,
  countWorkingMinutesBetween,
  createProvinceCalendar,
  createTehranHeadOfficesCalendar,
  createWorkCalendar,
  getDaysOff,
  getNextWorkingDay,
  getOfficeHours,
  getPreviousWorkingDay,
  IranProvince,
  iranGovernmentRules,
  isWorkingDay,
  PeygirError,
  WorkCalendar,
  WorkClosure,
  WorkingHours,
  WorkRule,
} from "../../../src/index";

// The golden values are UTC instants worked out by hand; results (ISO strings with the
// calendar zone's offset) are read as instants to compare.
const utc = (iso: string | undefined): string | undefined =>
  iso === undefined ? undefined : new Date(iso).toISOString();

const calendar = createWorkCalendar();

describe("TSDoc examples", () => {
  it("IranProvince", () => {
    expect(IranProvince.parse("Mazandaran")).toBe("مازندران");
    expect(IranProvince.parse("razavi khorasan")).toBe("خراسان رضوی");
    expect(IranProvince.safeParse("Atlantis").success).toBe(false);
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
    expect(isWorkingDay("1403/04/28", { calendar: twoDay })).toBe(false);
    expect(() => createWorkCalendar({ weekend: ["caturday" as never] })).toThrow(
      expect.objectContaining({ code: "invalid_weekday" }),
    );
    expect(() => createWorkCalendar({ weekend: ["caturday" as never] })).toThrow(PeygirError);
  });

  it("isWorkingDay", () => {
    expect(isWorkingDay("1403/04/28", { calendar })).toBe(true);
    expect(isWorkingDay("1403/04/25", { calendar })).toBe(false);
    expect(isWorkingDay("1403/04/29", { calendar })).toBe(false);
  });

  it("getDaysOff", () => {
    expect(
      getDaysOff("1403/04/26", { calendar }).map(
        (day) => day.type === "holiday" && day.names[0]?.en,
      ),
    ).toEqual(["Ashura (10 Muharram)"]);
    expect(getDaysOff("1403/04/24", { calendar })).toEqual([]);
  });

  it("getOfficeHours", () => {
    // 07:30 and 14:30 Tehran time (UTC 04:00 and 11:00).
    expect(getOfficeHours("1403/04/24")).toEqual({
      start: "2024-07-14T07:30:00+03:30",
      end: "2024-07-14T14:30:00+03:30",
    });
    expect(utc(getOfficeHours("1403/04/24", { calendar })?.end)).toBe("2024-07-14T11:00:00.000Z");
    expect(getOfficeHours("1403/04/25")).toBeNull();
  });

  it("getNextWorkingDay and getPreviousWorkingDay", () => {
    expect(getNextWorkingDay("1403/04/24", { calendar })).toBe("1403/04/27");
    expect(getNextWorkingDay("1402/12/28", { calendar })).toBe("1403/01/05");
    expect(getPreviousWorkingDay("1403/04/27", { calendar })).toBe("1403/04/24");
    expect(getPreviousWorkingDay("1403/01/05", { calendar })).toBe("1402/12/28");
  });

  it("addWorkingDays", () => {
    expect(addWorkingDays("1403/04/24", 1, { calendar })).toBe("1403/04/27");
    expect(addWorkingDays("1403/04/27", -1, { calendar })).toBe("1403/04/24");
    expect(addWorkingDays("1403/04/25", 0, { calendar })).toBe("1403/04/27");
    expect(addWorkingDays("1403/04/24", 1)).toBe("1403/04/27");
    expect(addWorkingDays("۱۴۰۳/۴/۲۴", 1, { calendar: createProvinceCalendar("Tehran") })).toBe(
      "1403/04/27",
    );
  });

  it("countWorkingDaysBetween", () => {
    expect(countWorkingDaysBetween("1403/04/23", "1403/04/27", { calendar })).toBe(2);
    expect(countWorkingDaysBetween("1403/04/27", "1403/04/23", { calendar })).toBe(-2);
  });

  it("addWorkingHours", () => {
    expect(addWorkingHours("2024-07-13T13:30:00+03:30", 2)).toBe("2024-07-14T08:30:00+03:30");
    expect(utc(addWorkingHours("2024-07-13T13:30:00+03:30", 2, { calendar }))).toBe(
      "2024-07-14T05:00:00.000Z",
    );
  });

  it("countWorkingMinutesBetween", () => {
    expect(
      countWorkingMinutesBetween("2024-07-13T13:30:00+03:30", "2024-07-17T08:30:00+03:30", {
        calendar,
      }),
    ).toBe(540);
  });

  it("iranGovernmentRules", () => {
    const national = createWorkCalendar({ rules: iranGovernmentRules });
    expect(isWorkingDay("1404/03/01", { calendar: national })).toBe(false);
    // 13:00 Tehran time (UTC 09:30, worked out by hand).
    expect(getOfficeHours("1404/03/03", { calendar: national })?.end).toBe(
      "2025-05-24T13:00:00+03:30",
    );
    expect(utc(getOfficeHours("1404/03/03", { calendar: national })?.end)).toBe(
      "2025-05-24T09:30:00.000Z",
    );
    expect(isWorkingDay("1404/07/03", { calendar: national })).toBe(true);
  });

  it("createTehranHeadOfficesCalendar", () => {
    const tehran = createTehranHeadOfficesCalendar();
    expect(tehran.region).toEqual({ province: "تهران", county: "تهران" });
    expect(isWorkingDay("1403/04/28", { calendar: tehran })).toBe(false);
  });

  it("createProvinceCalendar", () => {
    const mazandaran = createProvinceCalendar("Mazandaran");
    expect(mazandaran.region).toEqual({ province: "مازندران" });
    expect(isWorkingDay("1404/07/17", { calendar: mazandaran })).toBe(false);
    expect(isWorkingDay("1404/07/17", { calendar: createProvinceCalendar("گیلان") })).toBe(true);
  });
});
