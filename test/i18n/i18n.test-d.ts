// Pins the public types of the i18n area (issue 15, item 9).
import { describe, expectTypeOf, it } from "vitest";
import {
  type DeadlinePhrase,
  type DeadlineState,
  deadlinePhrases,
  deadlineStateLabels,
  Locale,
  type PluralPhrase,
  type ReportWeekState,
  reportWeekStateLabels,
} from "../../src/index";

describe("i18n types", () => {
  it("one Locale", () => {
    expectTypeOf<Locale>().toEqualTypeOf<"fa" | "en">();
    expectTypeOf(Locale.parse).returns.toEqualTypeOf<Locale>();
  });

  it("label tables are keyed by locale, then by state or phrase", () => {
    expectTypeOf(deadlineStateLabels).toEqualTypeOf<
      Readonly<Record<Locale, Readonly<Record<DeadlineState, string>>>>
    >();
    expectTypeOf(reportWeekStateLabels).toEqualTypeOf<
      Readonly<Record<Locale, Readonly<Record<ReportWeekState, string>>>>
    >();
    expectTypeOf(deadlinePhrases).toEqualTypeOf<
      Readonly<Record<Locale, Readonly<Record<DeadlinePhrase, PluralPhrase>>>>
    >();
    expectTypeOf<PluralPhrase>().toEqualTypeOf<{ readonly one: string; readonly other: string }>();
  });
});
