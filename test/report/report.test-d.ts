// Pins the public signature of the report area (issue 15, item 9). A change to it fails
// `npx vitest run --project types`; the reshape of issue 15 updates this on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  type Agency,
  type AgencyInput,
  type InstantInput,
  type Locale,
  type Meeting,
  type MeetingInput,
  type RenderFollowUpReportOptions,
  renderFollowUpReport,
  type TaskInput,
  type WorkCalendar,
} from "../../src/index";

describe("report signatures", () => {
  it("renderFollowUpReport(meeting, options)", () => {
    expectTypeOf(renderFollowUpReport).parameters.toEqualTypeOf<
      [meeting: MeetingInput, options: RenderFollowUpReportOptions]
    >();
    expectTypeOf(renderFollowUpReport).returns.toEqualTypeOf<string>();
    expectTypeOf<RenderFollowUpReportOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<RenderFollowUpReportOptions["calendar"]>().toEqualTypeOf<
      WorkCalendar | undefined
    >();
    expectTypeOf<RenderFollowUpReportOptions["now"]>().toEqualTypeOf<InstantInput>();
  });

  it("takes the input forms of the entities", () => {
    expectTypeOf<RenderFollowUpReportOptions["agencies"]>().toEqualTypeOf<readonly AgencyInput[]>();
    expectTypeOf<TaskInput>().toExtend<RenderFollowUpReportOptions["tasks"][number]>();
    // The parsed forms fit too.
    expectTypeOf<Meeting>().toExtend<MeetingInput>();
    expectTypeOf<Agency>().toExtend<AgencyInput>();
    expectTypeOf(renderFollowUpReport).toBeCallableWith(
      {
        id: "m",
        body: { name: "شورا", kind: "administrative-council" },
        session: 1,
        date: "1404/01/20",
        chairId: "p",
        status: "held",
      },
      {
        directives: [],
        tasks: [],
        agencies: [{ id: "a", name: "الف", region: { province: "Kerman" } }],
        now: 0,
      },
    );
  });
});
