import * as z from "zod";
import * as peygir from "../../src/index";
import { fixtures } from "../entities/fixtures";

const hours = { start: "07:30", end: "14:30" };
const region = { province: "Kerman", county: "شهربابك" };
const holiday = {
  date: "1403/04/26",
  names: [{ fa: "عاشورای حسینی", en: "Ashura" }],
  kind: "lunar",
  official: true,
};
const rule = {
  from: "1404/02/20",
  to: "1404/06/31",
  region,
  weekend: ["thursday", "friday"],
  hours,
  reason: "energy",
  source: "https://example.org/rule",
};
const closure = { date: "1404/05/01", region, reason: "heat", source: "x", hours };

/**
 * One valid input for every schema that `peygir` exports, by export name; objects nest every
 * object field they have (a work calendar with a region, hours, rules, closures and
 * holidays), so that a test can reach each nested object.
 */
export const schemaSamples: Readonly<Record<string, unknown>> = {
  ...fixtures,
  AttendanceStatus: "present",
  ClockTime: "۷:۳۰",
  DeadlineState: "open",
  Holiday: holiday,
  HolidayKind: "solar",
  HolidayName: { fa: "عید نوروز", en: "Nowruz" },
  HolidaySource: "official",
  HouseholdStatus: "verified",
  IranProvince: "تهران",
  IsoInstant: "2024-07-15T10:00:00+03:30",
  JalaliDate: "1403/4/25",
  Locale: "fa",
  MeetingBodyKind: "other",
  MeetingStatus: "held",
  MobileNumber: "09123456789",
  NationalId: "0010350829",
  OnNonWorkingDay: "next-working-day",
  PersonRole: "governor",
  ReportWeekState: "on-time",
  Vulnerability: "elderly",
  Weekday: "friday",
  WorkCalendar: {
    timeZone: "Asia/Tehran",
    weekend: ["friday"],
    hours,
    holidays: [holiday],
    extraHolidays: [holiday],
    rules: [rule],
    closures: [closure],
    region,
  },
  WorkClosure: closure,
  WorkingHours: hours,
  WorkRule: rule,
};

/** Every schema `peygir` exports, by export name. */
export const exportedSchemas: ReadonlyMap<string, z.ZodType> = new Map(
  Object.entries(peygir as Record<string, unknown>).flatMap(([name, value]) =>
    value instanceof z.ZodType ? [[name, value] as const] : [],
  ),
);
