// Pins the signatures of `peygir/testing` (issue 15, item 9); factories.test-d.ts checks the
// overrides in use.
import type {
  AgencyInput,
  DirectiveInput,
  HouseholdInput,
  MeetingInput,
  PersonInput,
  SponsorshipInput,
  TaskInput,
  WeeklyReportInput,
} from "peygir";
import {
  createTestAgency,
  createTestDirective,
  createTestHousehold,
  createTestMeeting,
  createTestPerson,
  createTestSponsorship,
  createTestTask,
  createTestWeeklyReport,
  eastAzarbaijanWelfare,
  qods,
  region4,
  type SeedScenario,
  seeds,
  shahrBabak,
  TEST_NATIONAL_ID_MAX,
  type TestFactoryOptions,
  type TestInstantName,
  type TestOverrides,
  testInstants,
  testNationalId,
} from "peygir/testing";
import { describe, expectTypeOf, it } from "vitest";

describe("peygir/testing signatures", () => {
  it("factories: typed overrides and an index in, the input form out", () => {
    expectTypeOf(createTestAgency).parameters.toEqualTypeOf<
      [overrides?: TestOverrides<AgencyInput, "region">, options?: TestFactoryOptions]
    >();
    expectTypeOf(createTestAgency).returns.toEqualTypeOf<AgencyInput>();
    expectTypeOf(createTestHousehold).parameters.toEqualTypeOf<
      [overrides?: TestOverrides<HouseholdInput, "region" | "head">, options?: TestFactoryOptions]
    >();
    expectTypeOf(createTestHousehold).returns.toEqualTypeOf<HouseholdInput>();
    expectTypeOf(createTestMeeting).parameters.toEqualTypeOf<
      [overrides?: TestOverrides<MeetingInput, "body">, options?: TestFactoryOptions]
    >();
    expectTypeOf(createTestMeeting).returns.toEqualTypeOf<MeetingInput>();
    expectTypeOf(createTestPerson).parameters.toEqualTypeOf<
      [overrides?: TestOverrides<PersonInput>, options?: TestFactoryOptions]
    >();
    expectTypeOf(createTestPerson).returns.toEqualTypeOf<PersonInput>();
    expectTypeOf(createTestDirective).parameters.toEqualTypeOf<
      [overrides?: TestOverrides<DirectiveInput>, options?: TestFactoryOptions]
    >();
    expectTypeOf(createTestDirective).returns.toEqualTypeOf<DirectiveInput>();
    expectTypeOf(createTestTask).parameters.toEqualTypeOf<
      [overrides?: TestOverrides<TaskInput>, options?: TestFactoryOptions]
    >();
    expectTypeOf(createTestTask).returns.toEqualTypeOf<TaskInput>();
    expectTypeOf(createTestSponsorship).parameters.toEqualTypeOf<
      [overrides?: TestOverrides<SponsorshipInput>, options?: TestFactoryOptions]
    >();
    expectTypeOf(createTestSponsorship).returns.toEqualTypeOf<SponsorshipInput>();
    expectTypeOf(createTestWeeklyReport).parameters.toEqualTypeOf<
      [overrides?: TestOverrides<WeeklyReportInput>, options?: TestFactoryOptions]
    >();
    expectTypeOf(createTestWeeklyReport).returns.toEqualTypeOf<WeeklyReportInput>();
    expectTypeOf<TestFactoryOptions>().toEqualTypeOf<{ readonly index?: number }>();
  });

  it("national ids and instants", () => {
    // issue 15 item 1: `n` here, `amount` elsewhere.
    expectTypeOf(testNationalId).parameters.toEqualTypeOf<[n: number]>();
    expectTypeOf(testNationalId).returns.toEqualTypeOf<string>();
    expectTypeOf(TEST_NATIONAL_ID_MAX).toEqualTypeOf<number>();
    expectTypeOf<TestInstantName>().toEqualTypeOf<keyof typeof testInstants>();
    expectTypeOf<"nowruz1404" | "ashura1404" | "friday">().toExtend<TestInstantName>();
    expectTypeOf(testInstants.nowruz1404).toEqualTypeOf<"2025-03-21T10:00:00+03:30">();
  });

  it("the seed scenarios are SeedScenarios", () => {
    expectTypeOf(eastAzarbaijanWelfare).toEqualTypeOf<SeedScenario>();
    expectTypeOf(qods).toExtend<SeedScenario>();
    expectTypeOf(region4).toExtend<SeedScenario>();
    expectTypeOf(shahrBabak).toExtend<SeedScenario>();
    expectTypeOf(seeds.qods).toEqualTypeOf(qods);
  });
});
