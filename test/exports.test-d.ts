// Pins the public TYPE names (issue 15, item 9), beside test/exports.test.ts, which pins the
// runtime names. Every exported type is imported here by name, so removing or renaming one
// fails `npx vitest run --project types` (and `npx tsc --noEmit`); the value exports are pinned
// as a union of names, so adding one fails too. A type-only export that is ADDED cannot be
// detected at the type level: this file is written by `node scripts/exports-type-test.mjs`
// (the TypeScript compiler API over src/index.ts and src/testing/index.ts); run it after a
// change to the API and review the diff.

import { describe, expectTypeOf, it } from "vitest";
import type * as api from "../src/index";
import type {
  AddWorkingDaysOptions,
  AddWorkingHoursOptions,
  Agency,
  AgencyFill,
  AgencyInput,
  AgencyScorecard,
  AllocateSponsorshipsOptions,
  AllocationInput,
  AllocationResult,
  AllocationScope,
  AllocationSummary,
  AttendanceStatus,
  ClockTime,
  ClosureDayOff,
  CountWorkingDaysBetweenOptions,
  CountWorkingMinutesBetweenOptions,
  CreateProvinceCalendarOptions,
  CreateTehranHeadOfficesCalendarOptions,
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
  GetAgencyScorecardsOptions,
  GetDaysOffOptions,
  GetDeadlineStatusOptions,
  GetIranianHolidaysOptions,
  GetNextWorkingDayOptions,
  GetOfficeHoursOptions,
  GetPreviousWorkingDayOptions,
  GetReportComplianceOptions,
  Holiday,
  HolidayDayOff,
  HolidayKind,
  HolidayName,
  HolidaySource,
  Household,
  HouseholdInput,
  HouseholdStatus,
  InstantInput,
  IranProvince,
  IranProvinceName,
  IsoInstant,
  IsWorkingDayOptions,
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
  ReplayTaskOptions,
  ReportCompliance,
  ReportWeekState,
  ResolveDueAtOptions,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
  ScoreNeedOptions,
  Sponsorship,
  SponsorshipInput,
  Task,
  TaskDeadline,
  TaskEvent,
  TaskEventInput,
  TaskEventType,
  TaskInput,
  TaskStage,
  TaskState,
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

/** Every exported type of `peygir` (111), by name. */
type PublicTypes = [
  AddWorkingDaysOptions,
  AddWorkingHoursOptions,
  Agency,
  AgencyFill,
  AgencyInput,
  AgencyScorecard,
  AllocateSponsorshipsOptions,
  AllocationInput,
  AllocationResult,
  AllocationScope,
  AllocationSummary,
  AttendanceStatus,
  ClockTime,
  ClosureDayOff,
  CountWorkingDaysBetweenOptions,
  CountWorkingMinutesBetweenOptions,
  CreateProvinceCalendarOptions,
  CreateTehranHeadOfficesCalendarOptions,
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
  GetAgencyScorecardsOptions,
  GetDaysOffOptions,
  GetDeadlineStatusOptions,
  GetIranianHolidaysOptions,
  GetNextWorkingDayOptions,
  GetOfficeHoursOptions,
  GetPreviousWorkingDayOptions,
  GetReportComplianceOptions,
  Holiday,
  HolidayDayOff,
  HolidayKind,
  HolidayName,
  HolidaySource,
  Household,
  HouseholdInput,
  HouseholdStatus,
  InstantInput,
  IranProvince,
  IranProvinceName,
  IsWorkingDayOptions,
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
  ReleaseReason,
  ReleasedSponsorship,
  RenderFollowUpReportOptions,
  ReplayTaskOptions,
  ReportCompliance,
  ReportWeekState,
  ResolveDueAtOptions,
  SafeParseFailure,
  SafeParseResult<unknown>,
  SafeParseSuccess<unknown>,
  ScoreNeedOptions,
  Sponsorship,
  SponsorshipInput,
  Task,
  TaskDeadline,
  TaskEvent,
  TaskEventInput,
  TaskEventType,
  TaskInput,
  TaskStage,
  TaskState,
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
  WorkRule,
  WorkRuleInput,
  WorkingHours,
];

/** Every exported type of `peygir/testing` (4), by name. */
type TestingTypes = [SeedScenario, TestFactoryOptions, TestInstantName, TestOverrides<unknown>];

describe("public types", () => {
  it("every exported type of peygir and peygir/testing is there by name", () => {
    expectTypeOf<PublicTypes["length"]>().toEqualTypeOf<111>();
    expectTypeOf<TestingTypes["length"]>().toEqualTypeOf<4>();
  });

  it("the value exports of peygir are exactly these names", () => {
    expectTypeOf<keyof typeof api>().toEqualTypeOf<
      | "Agency"
      | "AttendanceStatus"
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
      | "TaskEvent"
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
      | "allocateSponsorships"
      | "countDaysBetween"
      | "countWorkingDaysBetween"
      | "countWorkingMinutesBetween"
      | "createId"
      | "createProvinceCalendar"
      | "createTehranHeadOfficesCalendar"
      | "createWorkCalendar"
      | "deadlinePhrases"
      | "deadlineStateLabels"
      | "expandDirective"
      | "explainAllocation"
      | "formatDeadlineStatus"
      | "formatJalaliDate"
      | "fromJalaliDate"
      | "getAgencyScorecards"
      | "getDaysOff"
      | "getDeadlineStatus"
      | "getIranianHolidays"
      | "getJalaliWeekday"
      | "getNextWorkingDay"
      | "getOfficeHours"
      | "getPreviousWorkingDay"
      | "getReportCompliance"
      | "iranGovernmentRules"
      | "isJalaliLeapYear"
      | "isValidNationalId"
      | "isWorkingDay"
      | "jsonSchemas"
      | "listReportDueDates"
      | "maskMobile"
      | "maskNationalId"
      | "normalizeMobile"
      | "normalizePersian"
      | "parseJalaliDate"
      | "renderFollowUpReport"
      | "replayTask"
      | "reportWeekStateLabels"
      | "resolveDueAt"
      | "safeParseJalaliDate"
      | "scoreNeed"
      | "toJalaliDate"
      | "toLatinDigits"
      | "toPersianDigits"
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
