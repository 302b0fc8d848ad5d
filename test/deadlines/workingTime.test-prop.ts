// The deadline code counts working days straight from the compiled calendar's year tables;
// its count must equal the public countWorkingDaysBetween for any two days, either way round
// (a regression once: days before the first day asked about were off by one, and a count of
// 0 came out as -0).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarOption } from "../../src/calendar/internal/calendarOption";
import { workingDaysFromTo } from "../../src/deadlines/internal/workingTime";
import { countWorkingDaysBetween, createWorkCalendar } from "../../src/index";
import { epochDayToString, jalaliToEpochDay } from "../../src/internal/epochDay";
import { runs } from "../_support/runs";

const first = jalaliToEpochDay(1402, 10, 1);
const day = fc.integer({ min: first, max: first + 400 });
const calendar = createWorkCalendar({ weekend: ["thursday", "friday"] });

describe("working-day counts of the deadline code", () => {
  it("equal countWorkingDaysBetween for any two days", () => {
    const cal = calendarOption({ calendar }, "test");
    fc.assert(
      fc.property(day, day, (from, to) => {
        expect(workingDaysFromTo(cal, from, to)).toBe(
          countWorkingDaysBetween(epochDayToString(from), epochDayToString(to), { calendar }),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it("counts no working day as 0, not -0, going back", () => {
    const cal = calendarOption({ calendar }, "test");
    expect(Object.is(workingDaysFromTo(cal, 20112, 20112), 0)).toBe(true);
    // Going back over a weekend day gives 0 working days, which must not be -0.
    for (let d = 20100; d < 20130; d++) {
      const back = workingDaysFromTo(cal, d + 1, d);
      if (back === 0) expect(Object.is(back, 0)).toBe(true);
    }
  });
});
