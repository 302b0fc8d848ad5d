// Pins the public signatures of the deadlines area (issue 15, item 9). A change to any of them
// fails `npx vitest run --project types`; the reshape of issue 15 updates these on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  type AgencyInput,
  type AgencyScorecard,
  type DeadlineState,
  type DeadlineStatus,
  type DirectiveInput,
  type ExpandDirectiveOptions,
  expandDirective,
  type FormatDeadlineStatusOptions,
  formatDeadlineStatus,
  type GetAgencyScorecardsOptions,
  type GetDeadlineStatusOptions,
  type GetReportComplianceOptions,
  getAgencyScorecards,
  getDeadlineStatus,
  getReportCompliance,
  type InstantInput,
  type IsoInstant,
  type JalaliDate,
  type ListReportDueDatesOptions,
  listReportDueDates,
  type OnNonWorkingDay,
  type ReplayTaskOptions,
  type ReportCompliance,
  type ReportWeekState,
  type ResolveDueAtOptions,
  replayTask,
  resolveDueAt,
  type Task,
  type TaskDeadline,
  type TaskEventInput,
  type TaskEventType,
  type TaskInput,
  type TaskStage,
  type TaskState,
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
    expectTypeOf(resolveDueAt).returns.toEqualTypeOf<IsoInstant | null>();
    expectTypeOf(formatDeadlineStatus).parameters.toEqualTypeOf<
      [status: DeadlineStatus, options: FormatDeadlineStatusOptions]
    >();
    expectTypeOf(formatDeadlineStatus).returns.toEqualTypeOf<string>();
    expectTypeOf(getDeadlineStatus).toBeCallableWith(task, { now: "2025-04-06T09:00:00+03:30" });
    expectTypeOf(getDeadlineStatus).toBeCallableWith(task, { now: new Date(0), calendar });
    expectTypeOf(getDeadlineStatus).toBeCallableWith(task, { now: 1_743_830_000_000 });
    expectTypeOf(resolveDueAt).toBeCallableWith(task);
    expectTypeOf(formatDeadlineStatus).toBeCallableWith({} as DeadlineStatus, { now: 0 });
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
      [directive: DirectiveInput, options: ExpandDirectiveOptions]
    >();
    expectTypeOf(expandDirective).returns.toEqualTypeOf<Task[]>();
  });

  it("agency views: the agencies first, everything else an option", () => {
    expectTypeOf(getAgencyScorecards).parameters.toEqualTypeOf<
      [agencies: readonly AgencyInput[], options: GetAgencyScorecardsOptions]
    >();
    expectTypeOf(getAgencyScorecards).returns.toEqualTypeOf<AgencyScorecard[]>();
    // Issue 16: null when nothing was due by now.
    expectTypeOf<AgencyScorecard["onTimeRate"]>().toEqualTypeOf<number | null>();
    expectTypeOf(getReportCompliance).parameters.toEqualTypeOf<
      [agencies: readonly AgencyInput[], options: GetReportComplianceOptions]
    >();
    expectTypeOf(getReportCompliance).returns.toEqualTypeOf<ReportCompliance[]>();
    expectTypeOf(listReportDueDates).parameters.toEqualTypeOf<
      [from: string, to: string, options?: ListReportDueDatesOptions]
    >();
    expectTypeOf(listReportDueDates).returns.toEqualTypeOf<JalaliDate[]>();
    expectTypeOf(listReportDueDates).toBeCallableWith("1404/01/01", "1404/02/01", {
      weekday: "wednesday",
      onNonWorkingDay: "previous-working-day",
      calendar,
    });
    expectTypeOf(listReportDueDates).toBeCallableWith("۱۴۰۴/۱/۱", "1404/02/01");
    expectTypeOf<ReportWeekState>().toEqualTypeOf<"on-time" | "late" | "missing" | "pending">();
    expectTypeOf<OnNonWorkingDay>().toEqualTypeOf<
      "previous-working-day" | "next-working-day" | "same-day"
    >();
  });

  it("one shape: calendar optional, now an InstantInput, instants out as ISO strings", () => {
    expectTypeOf<GetReportComplianceOptions["calendar"]>().toEqualTypeOf<
      WorkCalendar | undefined
    >();
    expectTypeOf<GetAgencyScorecardsOptions["calendar"]>().toEqualTypeOf<
      WorkCalendar | undefined
    >();
    expectTypeOf<GetDeadlineStatusOptions["calendar"]>().toEqualTypeOf<WorkCalendar | undefined>();
    expectTypeOf<GetDeadlineStatusOptions["now"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<GetReportComplianceOptions["now"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<GetAgencyScorecardsOptions["now"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<FormatDeadlineStatusOptions["now"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<InstantInput>().toEqualTypeOf<Date | string | number>();
    expectTypeOf(resolveDueAt).returns.toEqualTypeOf<string | null>();
    expectTypeOf<DeadlineStatus["dueAt"]>().toEqualTypeOf<string | null>();
    // A Jalali date literal in a task's deadline type-checks (no parseJalaliDate needed).
    const literal: TaskInput = {
      id: "t",
      agencyId: "a",
      title: "کار",
      issuedAt: "2025-04-05T09:00:00+03:30",
      deadline: { type: "date", date: "1404/01/15" },
    };
    expectTypeOf(getDeadlineStatus).toBeCallableWith(literal, { now: 0 });
  });

  it("replayTask(task, events, options): the follow-up engine", () => {
    expectTypeOf(replayTask).parameters.toEqualTypeOf<
      [taskInput: TaskInput, events: readonly TaskEventInput[], options: ReplayTaskOptions]
    >();
    expectTypeOf(replayTask).returns.toEqualTypeOf<TaskState>();
    expectTypeOf<ReplayTaskOptions["now"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<TaskState["stage"]>().toEqualTypeOf<TaskStage>();
    expectTypeOf<TaskStage>().toEqualTypeOf<
      | "issued"
      | "acknowledged"
      | "in-progress"
      | "on-hold"
      | "reported"
      | "verified"
      | "returned"
      | "cancelled"
    >();
    expectTypeOf<TaskState["deadline"]>().toEqualTypeOf<TaskDeadline>();
    expectTypeOf<TaskEventType>().toEqualTypeOf<
      | "acknowledged"
      | "progress"
      | "held"
      | "resumed"
      | "rescheduled"
      | "reported"
      | "verified"
      | "returned"
      | "cancelled"
      | "reopened"
    >();
    // Literals type-check: an event's instant may be epoch milliseconds.
    expectTypeOf(replayTask).toBeCallableWith(
      task,
      [{ id: "e", taskId: "t1", type: "progress", at: 0, percent: 50 }],
      { now: 1 },
    );
    // @ts-expect-error a progress event needs its percent
    replayTask(task, [{ id: "e", taskId: "t1", type: "progress", at: 0 }], { now: 1 });
  });
});
