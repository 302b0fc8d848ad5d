import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Holiday } from "../../../src/calendar/Holiday";
import { getIranianHolidays, type HolidaySource } from "../../../src/calendar/holidays/index";
import { PeygirError } from "../../../src/errors/PeygirError";

interface TableEntry {
  date: string;
  occasion_fa: string;
  occasion_en: string;
  kind: "solar" | "lunar";
}

const table = JSON.parse(
  readFileSync(resolve(__dirname, "../../../data/iran-official-holidays-1398-1405.json"), "utf8"),
) as TableEntry[];

function thrown(fn: () => unknown): PeygirError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PeygirError) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("getIranianHolidays: TSDoc examples", () => {
  it("1404 has 26 holiday days", () => {
    expect(getIranianHolidays(1404).length).toBe(26);
  });

  it("1404/01/02 is Nowruz and 21 Ramadan on one day", () => {
    expect(getIranianHolidays(1404)[1]).toEqual({
      date: "1404/01/02",
      names: [
        { fa: "عید نوروز", en: "Nowruz holiday (day 2)" },
        { fa: "شهادت حضرت علی (ع)", en: "Martyrdom of Imam Ali (21 Ramadan)" },
      ],
      kind: "mixed",
      official: true,
    });
  });

  it("1410 is estimated", () => {
    expect(
      getIranianHolidays(1410).find((h) => h.names[0]?.en === "Ashura (10 Muharram)")?.date,
    ).toBe("1410/02/12");
    expect(getIranianHolidays(1410)[0]?.official).toBe(false);
  });
});

describe("getIranianHolidays: the official table", () => {
  for (let year = 1398; year <= 1405; year++) {
    it(`${year} equals the table day for day`, () => {
      const rows = table.filter((e) => e.date.startsWith(`${year}/`));
      const expected = new Map<string, TableEntry[]>();
      for (const row of rows) expected.set(row.date, [...(expected.get(row.date) ?? []), row]);
      const holidays = getIranianHolidays(year);
      expect(holidays.map((h) => h.date)).toEqual([...expected.keys()].sort());
      for (const holiday of holidays) {
        const day = expected.get(holiday.date) ?? [];
        const solarFirst = [
          ...day.filter((e) => e.kind === "solar"),
          ...day.filter((e) => e.kind === "lunar"),
        ];
        expect(holiday.names).toEqual(
          solarFirst.map((e) => ({ fa: e.occasion_fa, en: e.occasion_en })),
        );
        const kinds = new Set(day.map((e) => e.kind));
        expect(holiday.kind).toBe(kinds.size === 2 ? "mixed" : [...kinds][0]);
        expect(holiday.official).toBe(true);
        expect(Holiday.parse(holiday)).toEqual(holiday);
      }
      expect(getIranianHolidays(year, { source: "official" })).toEqual(holidays);
    });
  }

  it("merges the days with two occasions (NOTES: 8 such days)", () => {
    const mixed = [];
    for (let year = 1398; year <= 1405; year++)
      for (const h of getIranianHolidays(year)) if (h.kind === "mixed") mixed.push(h.date);
    expect(mixed).toEqual([
      "1398/03/15",
      "1399/01/03",
      "1403/01/13",
      "1404/01/02",
      "1404/01/12",
      "1405/01/01",
      "1405/01/02",
      "1405/03/14",
    ]);
  });

  it("counts the distinct days per year as the NOTES do", () => {
    const counts = [1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405].map(
      (y) => getIranianHolidays(y).length,
    );
    expect(counts).toEqual([26, 28, 28, 27, 27, 27, 26, 26]);
  });

  it("keeps 30 Esfand of the leap years 1399 and 1403", () => {
    expect(getIranianHolidays(1399).at(-1)?.date).toBe("1399/12/30");
    expect(getIranianHolidays(1403).at(-1)?.date).toBe("1403/12/30");
  });
});

describe("getIranianHolidays: sources and errors", () => {
  it("auto is official in 1398–1405 and estimated elsewhere", () => {
    expect(getIranianHolidays(1400).every((h) => h.official)).toBe(true);
    expect(getIranianHolidays(1397).every((h) => !h.official)).toBe(true);
    expect(getIranianHolidays(1406, { source: "auto" }).every((h) => !h.official)).toBe(true);
    expect(getIranianHolidays(1400, { source: "estimated" }).every((h) => !h.official)).toBe(true);
    expect(getIranianHolidays(1400, {})).toEqual(getIranianHolidays(1400));
  });

  it("throws out_of_range for official data of a year without it", () => {
    const error = thrown(() => getIranianHolidays(1397, { source: "official" }));
    expect(error.code).toBe("out_of_range");
    expect(error.issues[0]?.path).toEqual(["year"]);
  });

  it("throws out_of_range for years outside 1300–1500 and non-integers", () => {
    for (const year of [1299, 1501, 1400.5, Number.NaN]) {
      expect(thrown(() => getIranianHolidays(year)).code).toBe("out_of_range");
    }
    expect(getIranianHolidays(1300).length).toBeGreaterThan(0);
    expect(getIranianHolidays(1500).length).toBeGreaterThan(0);
  });

  it("throws invalid_option for an unknown source", () => {
    const error = thrown(() =>
      getIranianHolidays(1400, { source: "printed" as unknown as HolidaySource }),
    );
    expect(error.code).toBe("invalid_option");
    expect(error.issues[0]?.path).toEqual(["options", "source"]);
  });

  it("returns plain JSON data that callers cannot use to corrupt the cache", () => {
    const first = getIranianHolidays(1403);
    const snapshot = JSON.parse(JSON.stringify(first));
    first.pop();
    expect(() => {
      (first[0] as { date: string }).date = "1403/01/05";
    }).toThrow(TypeError);
    expect(() => first[0]?.names.push({ fa: "x", en: "x" })).toThrow(TypeError);
    expect(getIranianHolidays(1403)).toEqual(snapshot);
    expect(JSON.parse(JSON.stringify(getIranianHolidays(1403)))).toEqual(snapshot);
  });

  it("is fast: an uncached estimated year well under 50 ms", () => {
    const started = performance.now();
    getIranianHolidays(1487, { source: "estimated" });
    expect(performance.now() - started).toBeLessThan(50);
  });
});
