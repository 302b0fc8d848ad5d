// Pins the public signature of the report area (issue 15, item 9). A change to it fails
// `npx vitest run --project types`; the reshape of issue 15 updates this on purpose.
import { describe, expectTypeOf, it } from "vitest";
import {
  type Agency,
  type AgencyInput,
  type Locale,
  type Meeting,
  type MeetingInput,
  type RenderFollowUpReportOptions,
  renderFollowUpReport,
  type TaskInput,
  type WorkCalendar,
} from "../../src/index";

describe("report signatures", () => {
  it("renderFollowUpReport takes one options bag (as of 0.1: no subject)", () => {
    expectTypeOf(renderFollowUpReport).parameters.toEqualTypeOf<
      [options: RenderFollowUpReportOptions]
    >();
    expectTypeOf(renderFollowUpReport).returns.toEqualTypeOf<string>();
    expectTypeOf<RenderFollowUpReportOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<RenderFollowUpReportOptions["calendar"]>().toEqualTypeOf<
      WorkCalendar | undefined
    >();
    expectTypeOf<RenderFollowUpReportOptions["now"]>().toEqualTypeOf<Date | string>();
  });

  it("issue 15 pain point, as of 0.1: parsed entities only, not their input forms", () => {
    expectTypeOf<RenderFollowUpReportOptions["meeting"]>().toEqualTypeOf<Meeting>();
    expectTypeOf<RenderFollowUpReportOptions["agencies"]>().toEqualTypeOf<readonly Agency[]>();
    expectTypeOf<MeetingInput>().not.toExtend<Meeting>();
    expectTypeOf<AgencyInput>().not.toExtend<Agency>();
    expectTypeOf<TaskInput>().not.toExtend<RenderFollowUpReportOptions["tasks"][number]>();
  });
});
