// Pins that each exported schema parses its input type into its namesake type (issue 15,
// item 9): `z.input` of the schema is the `*Input` type and `z.output` the parsed type.
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  Agency,
  AgencyInput,
  AttendanceStatus,
  ClockTime,
  CreateWorkCalendarOptions,
  DeadlineSpec,
  DeadlineSpecInput,
  DeadlineState,
  Directive,
  DirectiveInput,
  Holiday,
  HolidayKind,
  HolidayName,
  HolidaySource,
  Household,
  HouseholdInput,
  HouseholdStatus,
  IranProvince,
  IsoInstant,
  JalaliDate,
  Locale,
  Meeting,
  MeetingBodyKind,
  MeetingInput,
  MeetingStatus,
  MobileNumber,
  NationalId,
  OnNonWorkingDay,
  Person,
  PersonInput,
  PersonRole,
  Region,
  ReportWeekState,
  Sponsorship,
  SponsorshipInput,
  Task,
  TaskInput,
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
} from "../../src/index";

describe("schemas and their types", () => {
  it("entities: input form in, parsed form out", () => {
    expectTypeOf<z.input<typeof Agency>>().toEqualTypeOf<AgencyInput>();
    expectTypeOf<z.output<typeof Agency>>().toEqualTypeOf<Agency>();
    expectTypeOf<z.input<typeof DeadlineSpec>>().toEqualTypeOf<DeadlineSpecInput>();
    expectTypeOf<z.output<typeof DeadlineSpec>>().toEqualTypeOf<DeadlineSpec>();
    expectTypeOf<z.input<typeof Directive>>().toEqualTypeOf<DirectiveInput>();
    expectTypeOf<z.output<typeof Directive>>().toEqualTypeOf<Directive>();
    expectTypeOf<z.input<typeof Household>>().toEqualTypeOf<HouseholdInput>();
    expectTypeOf<z.output<typeof Household>>().toEqualTypeOf<Household>();
    expectTypeOf<z.input<typeof Meeting>>().toEqualTypeOf<MeetingInput>();
    expectTypeOf<z.output<typeof Meeting>>().toEqualTypeOf<Meeting>();
    expectTypeOf<z.input<typeof Person>>().toEqualTypeOf<PersonInput>();
    expectTypeOf<z.output<typeof Person>>().toEqualTypeOf<Person>();
    expectTypeOf<z.input<typeof Sponsorship>>().toEqualTypeOf<SponsorshipInput>();
    expectTypeOf<z.output<typeof Sponsorship>>().toEqualTypeOf<Sponsorship>();
    expectTypeOf<z.input<typeof Task>>().toEqualTypeOf<TaskInput>();
    expectTypeOf<z.output<typeof Task>>().toEqualTypeOf<Task>();
    expectTypeOf<z.input<typeof WeeklyReport>>().toEqualTypeOf<WeeklyReportInput>();
    expectTypeOf<z.output<typeof WeeklyReport>>().toEqualTypeOf<WeeklyReport>();
    expectTypeOf<z.output<typeof Region>>().toEqualTypeOf<Region>();
  });

  it("calendar: options in, calendar out", () => {
    expectTypeOf<z.input<typeof WorkCalendar>>().toEqualTypeOf<CreateWorkCalendarOptions>();
    expectTypeOf<z.output<typeof WorkCalendar>>().toEqualTypeOf<WorkCalendar>();
    expectTypeOf<z.input<typeof WorkClosure>>().toEqualTypeOf<WorkClosureInput>();
    expectTypeOf<z.output<typeof WorkClosure>>().toEqualTypeOf<WorkClosure>();
    expectTypeOf<z.input<typeof WorkRule>>().toEqualTypeOf<WorkRuleInput>();
    expectTypeOf<z.output<typeof WorkRule>>().toEqualTypeOf<WorkRule>();
    expectTypeOf<z.output<typeof WorkingHours>>().toEqualTypeOf<WorkingHours>();
    expectTypeOf<z.output<typeof Holiday>>().toEqualTypeOf<Holiday>();
    expectTypeOf<z.output<typeof HolidayName>>().toEqualTypeOf<HolidayName>();
  });

  it("strings and enums", () => {
    expectTypeOf<z.output<typeof JalaliDate>>().toEqualTypeOf<JalaliDate>();
    expectTypeOf<z.input<typeof JalaliDate>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof ClockTime>>().toEqualTypeOf<ClockTime>();
    expectTypeOf<z.output<typeof IsoInstant>>().toEqualTypeOf<IsoInstant>();
    expectTypeOf<IsoInstant>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof MobileNumber>>().toEqualTypeOf<MobileNumber>();
    expectTypeOf<MobileNumber>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof NationalId>>().toEqualTypeOf<NationalId>();
    expectTypeOf<NationalId>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof IranProvince>>().toEqualTypeOf<IranProvince>();
    expectTypeOf<z.input<typeof IranProvince>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof Locale>>().toEqualTypeOf<Locale>();
    expectTypeOf<z.output<typeof Weekday>>().toEqualTypeOf<Weekday>();
    expectTypeOf<z.output<typeof AttendanceStatus>>().toEqualTypeOf<AttendanceStatus>();
    expectTypeOf<z.output<typeof HouseholdStatus>>().toEqualTypeOf<HouseholdStatus>();
    expectTypeOf<z.output<typeof Vulnerability>>().toEqualTypeOf<Vulnerability>();
    expectTypeOf<z.output<typeof MeetingBodyKind>>().toEqualTypeOf<MeetingBodyKind>();
    expectTypeOf<z.output<typeof MeetingStatus>>().toEqualTypeOf<MeetingStatus>();
    expectTypeOf<z.output<typeof PersonRole>>().toEqualTypeOf<PersonRole>();
    expectTypeOf<z.output<typeof HolidayKind>>().toEqualTypeOf<HolidayKind>();
    expectTypeOf<z.output<typeof HolidaySource>>().toEqualTypeOf<HolidaySource>();
    expectTypeOf<z.output<typeof DeadlineState>>().toEqualTypeOf<DeadlineState>();
    expectTypeOf<z.output<typeof OnNonWorkingDay>>().toEqualTypeOf<OnNonWorkingDay>();
    expectTypeOf<z.output<typeof ReportWeekState>>().toEqualTypeOf<ReportWeekState>();
  });
});
