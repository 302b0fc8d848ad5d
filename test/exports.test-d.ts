// Pins the public TYPE names (issue 15, item 9), beside test/exports.test.ts, which pins the
// runtime names. Every exported type is imported here by name, so removing or renaming one
// fails `npx vitest run --project types` (and `npx tsc --noEmit`); the value exports are pinned
// as a union of names, so adding one fails too. A type-only export that is ADDED cannot be
// detected at the type level: add it to the list below by hand (generated from src/index.ts
// and src/testing/index.ts with the TypeScript compiler API).

import { describe, expectTypeOf, it } from "vitest";
import type * as api from "../src/index";
import type {
  Agency,
  AgencyFill,
  AgencyInput,
  AgencyScorecard,
  AgencyScorecardsInput,
  AllocateSponsorshipsOptions,
  AllocationInput,
  AllocationResult,
  AllocationScope,
  AllocationSummary,
  AttendanceStatus,
  CalendarRegion,
  ClockTime,
  ClosureDayOff,
  CreateProvinceCalendarOptions,
  CreateWorkCalendarOptions,
  DayOff,
  DeadlinePhrase,
  DeadlineSpec,
  DeadlineSpecInput,
  DeadlineState,
  DeadlineStatus,
  Directive,
  DirectiveInput,
  EntityName,
  ExpandDirectiveOptions,
  ExplainAllocationOptions,
  FormatDeadlineStatusOptions,
  FormatJalaliDateOptions,
  FromJalaliDateOptions,
  GetDeadlineStatusOptions,
  GetIranianHolidaysOptions,
  Holiday,
  HolidayDayOff,
  HolidayKind,
  HolidayName,
  HolidaySource,
  Household,
  HouseholdInput,
  HouseholdStatus,
  IranProvince,
  IranProvinceName,
  IsoInstant,
  JalaliDate,
  JsonSchemaDocument,
  ListReportDueDatesOptions,
  Locale,
  Meeting,
  MeetingBodyKind,
  MeetingInput,
  MeetingStatus,
  MobileNumber,
  NationalId,
  NeedFactor,
  NeedScore,
  NeedWeights,
  OfficeInterval,
  OnNonWorkingDay,
  Person,
  PersonInput,
  PersonRole,
  PeygirError,
  PeygirErrorCode,
  PeygirIssue,
  PluralPhrase,
  Region,
  ReleasedSponsorship,
  ReleaseReason,
  RenderFollowUpReportOptions,
  ReportCompliance,
  ReportComplianceInput,
  ReportWeekState,
  ResolveDueAtOptions,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
  ScoreNeedOptions,
  Sponsorship,
  SponsorshipInput,
  Task,
  TaskInput,
  ToJalaliDateOptions,
  UnassignedHousehold,
  UnassignedReason,
  Vulnerability,
  Weekday,
  WeeklyReport,
  WeeklyReportInput,
  WorkCalendar,
  WorkClosure,
  WorkClosureInput,
  WorkingHours,
  WorkRule,
  WorkRuleInput,
} from "../src/index";
import type * as testing from "../src/testing/index";
import type {
  SeedScenario,
  TestFactoryOptions,
  TestInstantName,
  TestOverrides,
} from "../src/testing/index";

/** Every exported type of `peygir` (94), by name. */
type PublicTypes = [
  Agency,
  AgencyFill,
  AgencyInput,
  AgencyScorecard,
  AgencyScorecardsInput,
  AllocateSponsorshipsOptions,
  AllocationInput,
  AllocationResult,
  AllocationScope,
  AllocationSummary,
  AttendanceStatus,
  CalendarRegion,
  ClockTime,
  ClosureDayOff,
  DayOff,
  DeadlinePhrase,
  DeadlineSpec,
  DeadlineSpecInput,
  DeadlineState,
  DeadlineStatus,
  GetDeadlineStatusOptions,
  Directive,
  DirectiveInput,
  EntityName,
  ExpandDirectiveOptions,
  ExplainAllocationOptions,
  FormatDeadlineStatusOptions,
  FormatJalaliDateOptions,
  FromJalaliDateOptions,
  Holiday,
  HolidayDayOff,
  HolidayKind,
  HolidayName,
  HolidaySource,
  Household,
  HouseholdInput,
  HouseholdStatus,
  IranProvince,
  IranProvinceName,
  GetIranianHolidaysOptions,
  IsoInstant,
  JalaliDate,
  JsonSchemaDocument,
  Locale,
  Meeting,
  MeetingBodyKind,
  MeetingInput,
  MeetingStatus,
  MobileNumber,
  NationalId,
  NeedFactor,
  NeedScore,
  NeedWeights,
  OfficeInterval,
  OnNonWorkingDay,
  Person,
  PersonInput,
  PersonRole,
  PeygirError,
  PeygirErrorCode,
  PeygirIssue,
  PluralPhrase,
  CreateProvinceCalendarOptions,
  Region,
  ReleaseReason,
  ReleasedSponsorship,
  RenderFollowUpReportOptions,
  ReportCompliance,
  ReportComplianceInput,
  ListReportDueDatesOptions,
  ReportWeekState,
  ResolveDueAtOptions,
  SafeParseFailure,
  SafeParseResult<unknown>,
  SafeParseSuccess<unknown>,
  ScoreNeedOptions,
  Sponsorship,
  SponsorshipInput,
  Task,
  TaskInput,
  ToJalaliDateOptions,
  UnassignedHousehold,
  UnassignedReason,
  Vulnerability,
  Weekday,
  WeeklyReport,
  WeeklyReportInput,
  WorkCalendar,
  CreateWorkCalendarOptions,
  WorkClosure,
  WorkClosureInput,
  WorkRule,
  WorkRuleInput,
  WorkingHours,
];

/** Every exported type of `peygir/testing` (4), by name. */
type TestingTypes = [SeedScenario, TestFactoryOptions, TestInstantName, TestOverrides<unknown>];

describe("public types", () => {
  it("every exported type of peygir and peygir/testing is there by name", () => {
    expectTypeOf<PublicTypes["length"]>().toEqualTypeOf<94>();
    expectTypeOf<TestingTypes["length"]>().toEqualTypeOf<4>();
  });

  it("the value exports of peygir are exactly these names", () => {
    expectTypeOf<keyof typeof api>().toEqualTypeOf<
      | "Agency"
      | "AttendanceStatus"
      | "CalendarRegion"
      | "ClockTime"
      | "DEFAULT_NEED_WEIGHTS"
      | "DeadlineSpec"
      | "DeadlineState"
      | "Directive"
      | "Holiday"
      | "HolidayKind"
      | "HolidayName"
      | "HolidaySource"
      | "Household"
      | "HouseholdStatus"
      | "IranProvince"
      | "IsoInstant"
      | "JalaliDate"
      | "Locale"
      | "Meeting"
      | "MeetingBodyKind"
      | "MeetingStatus"
      | "MobileNumber"
      | "NationalId"
      | "OnNonWorkingDay"
      | "Person"
      | "PersonRole"
      | "PeygirError"
      | "Region"
      | "ReportWeekState"
      | "Sponsorship"
      | "Task"
      | "Vulnerability"
      | "Weekday"
      | "WeeklyReport"
      | "WorkCalendar"
      | "WorkClosure"
      | "WorkRule"
      | "WorkingHours"
      | "addJalaliDays"
      | "addWorkingDays"
      | "addWorkingHours"
      | "getAgencyScorecards"
      | "allocateSponsorships"
      | "createId"
      | "createWorkCalendar"
      | "deadlinePhrases"
      | "deadlineStateLabels"
      | "getDeadlineStatus"
      | "expandDirective"
      | "explainAllocation"
      | "formatDeadlineStatus"
      | "formatJalaliDate"
      | "fromJalaliDate"
      | "getDaysOff"
      | "iranGovernmentRules"
      | "getIranianHolidays"
      | "isJalaliLeapYear"
      | "isValidNationalId"
      | "isWorkingDay"
      | "countDaysBetween"
      | "getJalaliWeekday"
      | "jsonSchemas"
      | "maskMobile"
      | "maskNationalId"
      | "getNextWorkingDay"
      | "normalizeMobile"
      | "normalizePersian"
      | "getOfficeHours"
      | "parseJalaliDate"
      | "getPreviousWorkingDay"
      | "createProvinceCalendar"
      | "renderFollowUpReport"
      | "getReportCompliance"
      | "listReportDueDates"
      | "reportWeekStateLabels"
      | "resolveDueAt"
      | "safeParseJalaliDate"
      | "scoreNeed"
      | "createTehranHeadOfficesCalendar"
      | "toJalaliDate"
      | "toLatinDigits"
      | "toPersianDigits"
      | "countWorkingDaysBetween"
      | "countWorkingMinutesBetween"
    >();
  });

  it("the value exports of peygir/testing are exactly these names", () => {
    expectTypeOf<keyof typeof testing>().toEqualTypeOf<
      | "TEST_NATIONAL_ID_MAX"
      | "createTestAgency"
      | "createTestDirective"
      | "createTestHousehold"
      | "createTestMeeting"
      | "createTestPerson"
      | "createTestSponsorship"
      | "createTestTask"
      | "createTestWeeklyReport"
      | "eastAzarbaijanWelfare"
      | "qods"
      | "region4"
      | "seeds"
      | "shahrBabak"
      | "testInstants"
      | "testNationalId"
    >();
  });
});
