// Pins the public signatures of the deadlines area (issue 15, item 9). A change to any of them
// fails `npx vitest run --project types`; the reshape of issue 15 updates these on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  type AgencyScorecard,
  type AgencyScorecardsInput,
  type DeadlineState,
  type DeadlineStatus,
  type Directive,
  type DirectiveInput,
  type ExpandDirectiveOptions,
  expandDirective,
  type FormatDeadlineStatusOptions,
  formatDeadlineStatus,
  type GetDeadlineStatusOptions,
  getAgencyScorecards,
  getDeadlineStatus,
  getReportCompliance,
  type JalaliDate,
  type ListReportDueDatesOptions,
  listReportDueDates,
  type OnNonWorkingDay,
  type ReportCompliance,
  type ReportComplianceInput,
  type ReportWeekState,
  type ResolveDueAtOptions,
  resolveDueAt,
  type Task,
  type TaskInput,
  type WorkCalendar,
} from "../../src/index";

declare const calendar: WorkCalendar;
const task = {
  id: "t1",
  agencyId: "a1",
  title: "گزارش",
  issuedAt: "2025-04-05T09:00:00+03:30",
  deadline: { type: "date", date: "1404/01/20" },
} as const;

describe("deadlines signatures", () => {
  it("one task: status, due instant, wording", () => {
    expectTypeOf(getDeadlineStatus).parameters.toEqualTypeOf<
      [task: TaskInput, options: GetDeadlineStatusOptions]
    >();
    expectTypeOf(getDeadlineStatus).returns.toEqualTypeOf<DeadlineStatus>();
    expectTypeOf(resolveDueAt).parameters.toEqualTypeOf<
      [task: TaskInput, options?: ResolveDueAtOptions]
    >();
    expectTypeOf(resolveDueAt).returns.toEqualTypeOf<Date | null>();
    expectTypeOf(formatDeadlineStatus).parameters.toEqualTypeOf<
      [status: DeadlineStatus, options: FormatDeadlineStatusOptions]
    >();
    expectTypeOf(formatDeadlineStatus).returns.toEqualTypeOf<string>();
    expectTypeOf(getDeadlineStatus).toBeCallableWith(task, { now: "2025-04-06T09:00:00+03:30" });
    expectTypeOf(getDeadlineStatus).toBeCallableWith(task, { now: new Date(0), calendar });
    expectTypeOf(resolveDueAt).toBeCallableWith(task);
    // @ts-expect-error `now` is required: the library never reads the clock
    getDeadlineStatus(task, {});
    expectTypeOf<DeadlineStatus>().toEqualTypeOf<{
      readonly state: DeadlineState;
      readonly dueAt: string | null;
      readonly dueDate: JalaliDate | null;
      readonly remainingMs: number | null;
      readonly elapsed: number | null;
      readonly workingDaysLate: number | null;
    }>();
  });

  it("directives expand to tasks", () => {
    expectTypeOf(expandDirective).parameters.toEqualTypeOf<
      [directive: Directive | DirectiveInput, options: ExpandDirectiveOptions]
    >();
    expectTypeOf(expandDirective).returns.toEqualTypeOf<Task[]>();
  });

  it("agency views take one input bag (as of 0.1)", () => {
    expectTypeOf(getAgencyScorecards).parameters.toEqualTypeOf<[input: AgencyScorecardsInput]>();
    expectTypeOf(getAgencyScorecards).returns.toEqualTypeOf<AgencyScorecard[]>();
    expectTypeOf(getReportCompliance).parameters.toEqualTypeOf<[input: ReportComplianceInput]>();
    expectTypeOf(getReportCompliance).returns.toEqualTypeOf<ReportCompliance[]>();
    expectTypeOf(listReportDueDates).parameters.toEqualTypeOf<
      [calendar: WorkCalendar, options: ListReportDueDatesOptions]
    >();
    expectTypeOf(listReportDueDates).returns.toEqualTypeOf<JalaliDate[]>();
    expectTypeOf(listReportDueDates).toBeCallableWith(calendar, {
      from: "1404/01/01",
      to: "1404/02/01",
      weekday: "wednesday",
      onNonWorkingDay: "previous-working-day",
    });
    expectTypeOf<ReportWeekState>().toEqualTypeOf<"on-time" | "late" | "missing" | "pending">();
    expectTypeOf<OnNonWorkingDay>().toEqualTypeOf<
      "previous-working-day" | "next-working-day" | "same-day"
    >();
  });

  it("issue 15 pain points, as of 0.1", () => {
    // The calendar is required in getReportCompliance, optional in getAgencyScorecards.
    expectTypeOf<ReportComplianceInput["calendar"]>().toEqualTypeOf<WorkCalendar>();
    expectTypeOf<AgencyScorecardsInput["calendar"]>().toEqualTypeOf<WorkCalendar | undefined>();
    // `now` is `Date | string` here, though addWorkingHours takes epoch milliseconds too.
    expectTypeOf<GetDeadlineStatusOptions["now"]>().toEqualTypeOf<Date | string>();
    expectTypeOf<ReportComplianceInput["now"]>().toEqualTypeOf<Date | string>();
    expectTypeOf<FormatDeadlineStatusOptions["now"]>().toEqualTypeOf<Date | string>();
    // @ts-expect-error epoch milliseconds are not accepted as `now`
    getDeadlineStatus(task, { now: 0 });
    // The due instant comes out as a Date from resolveDueAt, as a string from getDeadlineStatus.
    expectTypeOf(resolveDueAt).returns.toEqualTypeOf<Date | null>();
    expectTypeOf<DeadlineStatus["dueAt"]>().toEqualTypeOf<string | null>();
  });
});
