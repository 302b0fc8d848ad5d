// The deadlines cache counts working days from an anchor (the first day it is asked about);
// differences of two counts must equal the calendar's own count in (from, to], whichever
// side of the anchor the two days fall (a regression: days before the anchor were off by one).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cacheFor, workingDaysFromTo } from "../../src/deadlines/internal/calendarCache";
import { countWorkingDaysBetween, createWorkCalendar } from "../../src/index";
import { epochDayToString, jalaliToEpochDay } from "../../src/internal/epochDay";
import { runs } from "../_support/runs";

const first = jalaliToEpochDay(1402, 10, 1);
const day = fc.integer({ min: first, max: first + 400 });

describe("working-day counts of the deadlines cache", () => {
  it("equal countWorkingDaysBetween for any two days and any anchor", () => {
    fc.assert(
      fc.property(day, day, day, (anchor, from, to) => {
        const cache = cacheFor(createWorkCalendar({ weekend: ["thursday", "friday"] }), "test", []);
        workingDaysFromTo(cache, anchor, anchor + 1); // fixes the anchor
        expect(workingDaysFromTo(cache, from, to)).toBe(
          countWorkingDaysBetween(epochDayToString(from), epochDayToString(to), {
            calendar: cache.calendar,
          }),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it("counts no working day as 0, not -0, before the anchor", () => {
    // Found by the property above (CI, 2026-11-24): a count before the anchor was negated,
    // and a count of 0 became -0.
    const cache = cacheFor(createWorkCalendar({ weekend: ["thursday", "friday"] }), "test", []);
    workingDaysFromTo(cache, 20110, 20111);
    expect(Object.is(workingDaysFromTo(cache, 20112, 20111), 0)).toBe(true);
  });
});
