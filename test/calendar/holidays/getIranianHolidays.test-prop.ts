import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Holiday } from "../../../src/calendar/Holiday";
import { getIranianHolidays } from "../../../src/calendar/holidays/index";
import { HOLIDAY_OCCASIONS } from "../../../src/calendar/holidays/officialHolidays.data";
import { isLeapYear } from "../../../src/internal/epochDay";

const year = fc.integer({ min: 1300, max: 1500 });
const FIXED_SOLAR = [
  "01/01",
  "01/02",
  "01/03",
  "01/04",
  "01/12",
  "01/13",
  "03/14",
  "03/15",
  "11/22",
  "12/29",
];
const LUNAR_NAMES = Object.values(HOLIDAY_OCCASIONS)
  .filter((o) => o.kind === "lunar")
  .map((o) => o.en);

describe("estimated holidays (properties over years 1300–1500)", () => {
  it("are valid holidays of the year, sorted, one per date", () => {
    fc.assert(
      fc.property(year, (y) => {
        const holidays = getIranianHolidays(y, { source: "estimated" });
        const dates = holidays.map((h) => h.date);
        expect(dates).toEqual([...new Set(dates)].sort());
        for (const h of holidays) {
          expect(Holiday.parse(h)).toEqual(h);
          expect(h.date.startsWith(`${y}/`)).toBe(true);
          expect(h.official).toBe(false);
        }
      }),
    );
  });

  it("contain the fixed solar days, and 30 Esfand exactly in leap years", () => {
    fc.assert(
      fc.property(year, (y) => {
        const dates = new Set<string>(
          getIranianHolidays(y, { source: "estimated" }).map((h) => h.date),
        );
        for (const day of FIXED_SOLAR) expect(dates.has(`${y}/${day}`)).toBe(true);
        expect(dates.has(`${y}/12/30`)).toBe(isLeapYear(y));
      }),
    );
  });

  it("contain each of the 17 lunar holidays once or twice", () => {
    expect(LUNAR_NAMES).toHaveLength(17);
    fc.assert(
      fc.property(year, (y) => {
        const names = getIranianHolidays(y, { source: "estimated" }).flatMap((h) =>
          h.names.map((n) => n.en),
        );
        for (const name of LUNAR_NAMES) {
          const count = names.filter((n) => n === name).length;
          expect(count).toBeGreaterThanOrEqual(1);
          expect(count).toBeLessThanOrEqual(2);
        }
      }),
    );
  });

  it("name solar occasions first and mark a day with both as mixed", () => {
    fc.assert(
      fc.property(year, fc.constantFrom("estimated", "auto" as const), (y, source) => {
        for (const h of getIranianHolidays(y, { source })) {
          const kinds = h.names.map(
            (n) => Object.values(HOLIDAY_OCCASIONS).find((o) => o.en === n.en)?.kind,
          );
          const firstLunar = kinds.indexOf("lunar");
          expect(firstLunar === -1 || kinds.lastIndexOf("solar") < firstLunar).toBe(true);
          const expected = kinds.length === 2 ? "mixed" : kinds[0];
          expect(h.kind).toBe(expected);
        }
      }),
    );
  });
});
