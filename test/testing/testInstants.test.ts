import { readFileSync } from "node:fs";
import * as jalaali from "jalaali-js";
import { createWorkCalendar, getDaysOff, isWorkingDay, toJalaliDate } from "peygir";
import { testInstants } from "peygir/testing";
import { describe, expect, it } from "vitest";

// The official holiday table (data/), read directly: a source independent of the calendar code.
const official: { date: string; occasion_en: string }[] = JSON.parse(
  readFileSync(
    new URL("../../data/iran-official-holidays-1398-1405.json", import.meta.url),
    "utf8",
  ),
);
const officialOn = (date: string) => official.filter((row) => row.date === date);

/** The Jalali day of an instant in Tehran by jalaali-js, from the instant's own wall clock. */
function jalaaliDay(instant: string): string {
  const [y, m, d] = instant.slice(0, 10).split("-").map(Number) as [number, number, number];
  const j = jalaali.toJalaali(y, m, d);
  return `${j.jy}/${String(j.jm).padStart(2, "0")}/${String(j.jd).padStart(2, "0")}`;
}

const expected = {
  lastWorkingDayOf1403: { day: "1403/12/28", weekday: 2, working: true, holiday: undefined },
  nowruz1404: { day: "1404/01/01", weekday: 5, working: false, holiday: /Nowruz/ },
  tasua1404: { day: "1404/04/14", weekday: 6, working: false, holiday: /Tasua/ },
  ashura1404: { day: "1404/04/15", weekday: 0, working: false, holiday: /Ashura/ },
  afterAshura1404: { day: "1404/04/16", weekday: 1, working: true, holiday: undefined },
  friday: { day: "1404/02/05", weekday: 5, working: false, holiday: undefined },
  workingDay: { day: "1404/02/06", weekday: 6, working: true, holiday: undefined },
} as const;

describe("testInstants", () => {
  const calendar = createWorkCalendar();

  it("follows its @example", () => {
    expect(testInstants.nowruz1404).toBe("2025-03-21T10:00:00+03:30");
    expect(toJalaliDate(testInstants.nowruz1404)).toBe("1404/01/01");
    expect(
      isWorkingDay(toJalaliDate(testInstants.ashura1404), { calendar: createWorkCalendar() }),
    ).toBe(false);
  });

  it("lists exactly the instants checked here", () => {
    expect(Object.keys(testInstants).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    const instant = testInstants[name as keyof typeof testInstants];
    it(`${name} (${instant}) is ${want.day}, ${want.working ? "a working day" : "a day off"}`, () => {
      expect(instant).toMatch(/^\d{4}-\d\d-\d\dT10:00:00\+03:30$/);
      const day = toJalaliDate(instant);
      // The library and jalaali-js agree on the day; the weekday by the Gregorian date.
      expect(day).toBe(want.day);
      expect(jalaaliDay(instant)).toBe(want.day);
      expect(new Date(`${instant.slice(0, 10)}T00:00:00Z`).getUTCDay()).toBe(want.weekday);
      expect(isWorkingDay(day, { calendar })).toBe(want.working);
      // The official table and the calendar agree on the holiday (a Friday is none).
      if (want.holiday === undefined) {
        expect(officialOn(day)).toEqual([]);
        expect(getDaysOff(day, { calendar }).filter((off) => off.type === "holiday")).toEqual([]);
      } else {
        expect(
          officialOn(day)
            .map((row) => row.occasion_en)
            .join(),
        ).toMatch(want.holiday);
        expect(getDaysOff(day, { calendar }).length).toBeGreaterThan(0);
      }
    });
  }

  it("lastWorkingDayOf1403 is the last working day of 1403: the days after it through 1404/01/04 are off", () => {
    for (const day of [
      "1403/12/29",
      "1403/12/30",
      "1404/01/01",
      "1404/01/02",
      "1404/01/03",
      "1404/01/04",
    ]) {
      expect(isWorkingDay(day, { calendar })).toBe(false);
    }
  });
});
