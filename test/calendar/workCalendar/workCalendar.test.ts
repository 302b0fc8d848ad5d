import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  addWorkingHours,
  type CreateWorkCalendarOptions,
  countWorkingDaysBetween,
  countWorkingMinutesBetween,
  createProvinceCalendar,
  createTehranHeadOfficesCalendar,
  createWorkCalendar,
  getDaysOff,
  getNextWorkingDay,
  getOfficeHours,
  getPreviousWorkingDay,
  type Holiday,
  iranGovernmentRules,
  isWorkingDay,
} from "../../../src/index";
import { errorOf } from "../../_support/errorOf";

// The golden values are UTC instants worked out by hand; results (ISO strings with the
// calendar zone's offset) are read as instants to compare.
const utc = (iso: string | undefined): string | undefined =>
  iso === undefined ? undefined : new Date(iso).toISOString();

const iran = createWorkCalendar();
const national = createWorkCalendar({ rules: iranGovernmentRules });
const noHolidays = createWorkCalendar({ holidays: false });

describe("working days across Nowruz (hand-counted from the official table)", () => {
  it("1403", () => {
    // 1402 is a common year: 1402/12/29 (Tuesday, oil nationalisation) is its last day, then
    // Nowruz 1403/01/01–04 (Wednesday–Saturday; 01/03 is also a Friday).
    // (1402/12/25 Thursday, 1403/01/10 Friday]:
    //   12/26 Sat ✓, 12/27 Sun ✓, 12/28 Mon ✓, 12/29 Tue ✗ holiday, 01/01–01/04 ✗,
    //   01/05 Sun ✓, 01/06 ✓, 01/07 ✓, 01/08 ✓, 01/09 Thu ✓, 01/10 Fri ✗  → 8.
    expect(countWorkingDaysBetween("1402/12/25", "1403/01/10", { calendar: iran })).toBe(8);
    expect(getNextWorkingDay("1402/12/28", { calendar: iran })).toBe("1403/01/05");
    expect(addWorkingDays("1402/12/28", 1, { calendar: iran })).toBe("1403/01/05");
    expect(addWorkingDays("1403/01/05", -1, { calendar: iran })).toBe("1402/12/28");
    // Farvardin 1403 (31 days, from Wednesday, so day d falls (d − 1) mod 7 days after a
    // Wednesday): Fridays 03, 10, 17, 24, 31 (5); holidays on other days 01 Wed, 02 Thu,
    // 04 Sat, 12 Sun (Islamic Republic Day), 13 Mon (Sizdah and 21 Ramadan), 22 Wed and
    // 23 Thu (Eid al-Fitr) (7). 31 − 5 − 7 = 19.
    expect(countWorkingDaysBetween("1402/12/29", "1403/01/31", { calendar: iran })).toBe(19);
  });

  it("1404", () => {
    // 1403 is a leap year: 12/29 (Wednesday, oil) and 12/30 (Thursday) are holidays, then
    // Nowruz 1404/01/01–04 (Friday–Monday; 01/02 is also 21 Ramadan).
    // (1403/12/25 Saturday, 1404/01/10 Sunday]: 12/26 Sun ✓, 12/27 ✓, 12/28 Tue ✓,
    //   12/29 ✗, 12/30 ✗, 01/01–04 ✗, 01/05 Tue ✓, 01/06 ✓, 01/07 Thu ✓, 01/08 Fri ✗,
    //   01/09 Sat ✓, 01/10 Sun ✓  → 8.
    expect(countWorkingDaysBetween("1403/12/25", "1404/01/10", { calendar: iran })).toBe(8);
    expect(getNextWorkingDay("1403/12/28", { calendar: iran })).toBe("1404/01/05");
    // Farvardin 1404 (from Friday): Fridays 01, 08, 15, 22, 29 (5); other holidays 02, 03,
    // 04, 11 (Eid al-Fitr), 12 (Islamic Republic Day and 2 Shawwal), 13 (6). 31 − 5 − 6 = 20.
    expect(countWorkingDaysBetween("1403/12/30", "1404/01/31", { calendar: iran })).toBe(20);
    // Going back from 1404/01/05 by 2 working days: 1403/12/28, 1403/12/27.
    expect(addWorkingDays("1404/01/05", -2, { calendar: iran })).toBe("1403/12/27");
  });
});

describe("Tasua and Ashura 1403 (1403/04/25–26, Monday and Tuesday)", () => {
  it("counts working days around them", () => {
    // (1403/04/23 Sat, 1403/04/30 Sat]: 24 Sun ✓, 25 ✗, 26 ✗, 27 Wed ✓, 28 Thu ✓,
    //   29 Fri ✗, 30 Sat ✓  → 4.
    expect(countWorkingDaysBetween("1403/04/23", "1403/04/30", { calendar: iran })).toBe(4);
    // Tehran city also closes on Thursdays: 04/28 drops out → 3.
    expect(
      countWorkingDaysBetween("1403/04/23", "1403/04/30", {
        calendar: createTehranHeadOfficesCalendar(),
      }),
    ).toBe(3);
    // Without holidays only the Friday is off → 6.
    expect(countWorkingDaysBetween("1403/04/23", "1403/04/30", { calendar: noHolidays })).toBe(6);
    expect(addWorkingDays("1403/04/24", 2, { calendar: iran })).toBe("1403/04/28");
    expect(addWorkingDays("1403/04/30", -3, { calendar: iran })).toBe("1403/04/24");
    expect(getPreviousWorkingDay("1403/04/26", { calendar: iran })).toBe("1403/04/24");
  });

  it("names them", () => {
    const [tasua] = getDaysOff("1403/04/25", { calendar: iran });
    expect(tasua).toMatchObject({ type: "holiday", date: "1403/04/25", official: true });
    expect(tasua?.type === "holiday" && tasua.names.map((name) => name.en)).toEqual([
      "Tasua (9 Muharram)",
    ]);
    expect(getDaysOff("1403/04/25", { calendar: noHolidays })).toEqual([]);
  });
});

describe("the 1404 summer rule (Thursdays off, 06:00–13:00, 1404/02/20–1404/06/31)", () => {
  it("counts Khordad 1404", () => {
    // Khordad 1404 (31 days, from Thursday): Thursdays 01, 08, 15, 22, 29 and Fridays 02,
    // 09, 16, 23, 30 (10 days); holidays on other days: 14 (Wednesday) and 24 (Saturday);
    // 15 is a Thursday and 16 (Eid al-Adha) a Friday. 31 − 10 − 2 = 19.
    expect(countWorkingDaysBetween("1404/02/31", "1404/03/31", { calendar: national })).toBe(19);
    // Without the rule: 5 Fridays; holidays 14, 15, 24 (3). 31 − 5 − 3 = 23.
    expect(countWorkingDaysBetween("1404/02/31", "1404/03/31", { calendar: iran })).toBe(23);
  });

  it("starts on 1404/02/20 and ends after 1404/06/31", () => {
    // (1404/02/17 Wed, 1404/02/25 Thu]: 18 Thu ✓ (before the rule), 19 Fri ✗, 20–24 ✓ (5),
    //   25 Thu ✗  → 6; without the rule the 25th counts too → 7.
    expect(countWorkingDaysBetween("1404/02/17", "1404/02/25", { calendar: national })).toBe(6);
    expect(countWorkingDaysBetween("1404/02/17", "1404/02/25", { calendar: iran })).toBe(7);
    expect(isWorkingDay("1404/06/27", { calendar: national })).toBe(false); // the rule's last Thursday
    expect(isWorkingDay("1404/07/03", { calendar: national })).toBe(true); // Thursday after it
    expect(utc(getOfficeHours("1404/02/17", { calendar: national })?.start)).toBe(
      "2025-05-07T04:00:00.000Z", // 07:30 +03:30
    );
    expect(getOfficeHours("1404/02/20", { calendar: national })).toEqual({
      start: "2025-05-10T06:00:00+03:30", // 02:30Z
      end: "2025-05-10T13:00:00+03:30", // 09:30Z
    });
    expect(utc(getOfficeHours("1404/07/01", { calendar: national })?.end)).toBe(
      "2025-09-23T11:00:00.000Z", // 14:30 again
    );
  });

  it("counts working minutes of a week", () => {
    // From Saturday 1404/02/20 06:00 to Saturday 1404/02/27 06:00: Saturday–Wednesday at
    // 7 hours (420 minutes); Thursday and Friday off. 5 × 420 = 2100.
    expect(
      countWorkingMinutesBetween("2025-05-10T06:00:00+03:30", "2025-05-17T06:00:00+03:30", {
        calendar: national,
      }),
    ).toBe(2100);
    // 7 working hours from Wednesday 1404/02/24 12:00: 1 hour that day, then Saturday
    // 06:00 + 6 hours = 12:00 on 1404/02/27.
    expect(utc(addWorkingHours("2025-05-14T12:00:00+03:30", 7, { calendar: national }))).toBe(
      "2025-05-17T08:30:00.000Z",
    );
  });
});

describe("date-fns-jalali's addBusinessDays bug", () => {
  it("Friday 1402/10/15 (2024-01-05) + 6 working days is Thursday 1402/10/21", () => {
    // date-fns-jalali 4.4.0-0 answers 2024-01-10 (1402/10/20), a day early. Counting by
    // hand: 10/16 Sat, 17 Sun, 18 Mon, 19 Tue, 20 Wed, 21 Thu — the sixth is 1402/10/21
    // (2024-01-11). No holiday falls in Dey 1402, so both calendars agree.
    expect(addWorkingDays("1402/10/15", 6, { calendar: noHolidays })).toBe("1402/10/21");
    expect(addWorkingDays("1402/10/15", 6, { calendar: iran })).toBe("1402/10/21");
    // And the next multiple of 6: + 12 → 10/23 Sat … 10/28 Thu.
    expect(addWorkingDays("1402/10/15", 12, { calendar: iran })).toBe("1402/10/28");
  });
});

describe("rules, closures and regions", () => {
  const closures: CreateWorkCalendarOptions["closures"] = [
    // Tehran closed for heat, 1 Mordad 1404 (Wednesday).
    { date: "1404/05/01", region: { province: "تهران" }, reason: "heat" },
    // A nationwide shortened day, 1403/05/01 (Monday), open until 10:00.
    { date: "1403/05/01", hours: { start: "07:30", end: "10:00" }, reason: "energy" },
  ];

  it("applies a regional closure only in its region", () => {
    const tehran = createWorkCalendar({ closures, region: { province: "Tehran" } });
    const tehranCity = createWorkCalendar({
      closures,
      region: { province: "تهران", county: "تهران" },
    });
    const gilan = createWorkCalendar({ closures, region: { province: "Gilan" } });
    const nowhere = createWorkCalendar({ closures });
    expect(isWorkingDay("1404/05/01", { calendar: tehran })).toBe(false);
    expect(isWorkingDay("1404/05/01", { calendar: tehranCity })).toBe(false);
    expect(isWorkingDay("1404/05/01", { calendar: gilan })).toBe(true);
    expect(isWorkingDay("1404/05/01", { calendar: nowhere })).toBe(true);
    expect(getDaysOff("1404/05/01", { calendar: tehran })).toEqual([
      { type: "closure", date: "1404/05/01", region: { province: "تهران" }, reason: "heat" },
    ]);
    expect(getDaysOff("1404/05/01", { calendar: gilan })).toEqual([]);
  });

  it("shortens a day with a closure that has hours", () => {
    const calendar = createWorkCalendar({ closures });
    expect(isWorkingDay("1403/05/01", { calendar })).toBe(true);
    expect(utc(getOfficeHours("1403/05/01", { calendar })?.end)).toBe(
      "2024-07-22T06:30:00.000Z", // 10:00 +03:30
    );
    expect(
      countWorkingMinutesBetween("2024-07-22T00:00:00+03:30", "2024-07-23T00:00:00+03:30", {
        calendar,
      }),
    ).toBe(150);
  });

  it("lets a later rule win, field by field", () => {
    const calendar = createWorkCalendar({
      rules: [
        {
          from: "1403/01/01",
          weekend: ["thursday", "friday"],
          hours: { start: "08:00", end: "15:00" },
        },
        { from: "1403/04/01", to: "1403/04/31", hours: { start: "06:00", end: "12:00" } },
        { from: "1403/04/10", to: "1403/04/10", hours: null, reason: "closed by rule" },
      ],
      holidays: false,
    });
    expect(isWorkingDay("1402/12/24", { calendar })).toBe(true); // Thursday before the rules
    expect(isWorkingDay("1403/04/07", { calendar })).toBe(false); // Thursday: weekend of rule 1
    // Rule 2 sets only the hours; the weekend of rule 1 stays.
    expect(utc(getOfficeHours("1403/04/09", { calendar })?.start)).toBe(
      "2024-06-29T02:30:00.000Z", // 06:00 +03:30
    );
    expect(isWorkingDay("1403/04/10", { calendar })).toBe(false);
    expect(utc(getOfficeHours("1403/05/01", { calendar })?.start)).toBe(
      "2024-07-22T04:30:00.000Z", // 08:00 +03:30
    );
  });

  it("uses an explicit holiday list and extra holidays", () => {
    const local: Holiday = {
      date: "1403/04/24" as Holiday["date"],
      names: [{ fa: "تعطیل محلی", en: "Local holiday" }],
      kind: "solar",
      official: false,
    };
    const onlyLocal = createWorkCalendar({ holidays: [local] });
    expect(isWorkingDay("1403/04/24", { calendar: onlyLocal })).toBe(false);
    expect(isWorkingDay("1403/04/25", { calendar: onlyLocal })).toBe(true);
    const plus = createWorkCalendar({ extraHolidays: [local] });
    expect(countWorkingDaysBetween("1403/04/23", "1403/04/30", { calendar: plus })).toBe(3);
    expect(getDaysOff("1403/04/24", { calendar: plus })).toEqual([{ type: "holiday", ...local }]);
  });

  it("makes province calendars from Persian or English names", () => {
    // Khorasan Razavi closes Thursdays from 1 Azar 1404: 1404/09/06 is a Thursday.
    expect(
      isWorkingDay("1404/08/29", { calendar: createProvinceCalendar("Khorasan Razavi") }),
    ).toBe(true);
    expect(isWorkingDay("1404/09/06", { calendar: createProvinceCalendar("خراسان رضوی") })).toBe(
      false,
    );
    // Mazandaran from 1404/07/12 with 07:00–14:30.
    const mazandaran = createProvinceCalendar("مازندران", { county: "ساری" });
    expect(mazandaran.region).toEqual({ province: "مازندران", county: "ساری" });
    expect(isWorkingDay("1404/07/10", { calendar: mazandaran })).toBe(true); // Thursday before
    expect(utc(getOfficeHours("1404/07/12", { calendar: mazandaran })?.start)).toBe(
      "2025-10-04T03:30:00.000Z", // 07:00 +03:30
    );
    // The summer rule applies in every province.
    expect(isWorkingDay("1404/03/01", { calendar: createProvinceCalendar("Gilan") })).toBe(false);
    expect(errorOf(() => createProvinceCalendar("Atlantis")).code).toBe("invalid_calendar");
  });

  it("keeps the Tehran rule out of other places and after the summer rule", () => {
    // Thursdays in Tehran city were off before summer 1404 and are off again after it.
    const tehran = createTehranHeadOfficesCalendar();
    expect(isWorkingDay("1390/01/25", { calendar: tehran })).toBe(false); // a Thursday
    expect(isWorkingDay("1381/08/16", { calendar: tehran })).toBe(true); // Thursday before the resolution
    expect(isWorkingDay("1404/07/03", { calendar: tehran })).toBe(false);
    expect(utc(getOfficeHours("1404/07/05", { calendar: tehran })?.end)).toBe(
      "2025-09-27T11:00:00.000Z", // 14:30 +03:30
    );
    expect(isWorkingDay("1404/07/03", { calendar: createProvinceCalendar("Tehran") })).toBe(true);
  });
});

describe("validation", () => {
  it.each([
    [{ weekend: ["caturday"] }, "invalid_weekday", ["weekend", 0]],
    [{ weekend: ["friday", "friday"] }, "invalid_weekday", ["weekend", 1]],
    [
      {
        weekend: ["saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"],
      },
      "invalid_weekday",
      ["weekend"],
    ],
    [{ hours: { start: "14:30", end: "07:30" } }, "invalid_hours", ["hours", "end"]],
    [{ hours: { start: "7:30", end: "25:00" } }, "invalid_hours", ["hours", "end"]],
    [{ timeZone: "Mars/Olympus" }, "invalid_time_zone", ["timeZone"]],
    [
      { rules: [{ from: "1404/06/31", to: "1404/02/20", hours: null }] },
      "invalid_rule",
      ["rules", 0, "to"],
    ],
    [{ rules: [{ from: "1404/02/20" }] }, "invalid_rule", ["rules", 0]],
    [{ rules: [{ from: "1299/12/29", hours: null }] }, "invalid_jalali_date", ["rules", 0, "from"]],
    [{ closures: [{ date: "1501/01/01" }] }, "invalid_jalali_date", ["closures", 0, "date"]],
    [{ region: { province: "Atlantis" } }, "invalid_calendar", ["region", "province"]],
    [{ weekends: ["friday"] }, "invalid_calendar", []],
  ])("rejects %j with %s at its path", (options, code, path) => {
    const error = errorOf(() => createWorkCalendar(options as CreateWorkCalendarOptions));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.path).toEqual(path);
  });

  it("reports every malformed rule, each with its path", () => {
    const error = errorOf(() =>
      createWorkCalendar({
        rules: [
          { from: "1404/06/31", to: "1404/02/20", weekend: ["thursday"] },
          { from: "1404/01/01", to: "1404/12/29", weekend: ["thursday"] },
          { from: "1404/05/01", to: "1404/04/01", hours: { start: "13:00", end: "06:00" } },
        ],
      }),
    );
    expect(error.code).toBe("invalid_rule");
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["rules", 0, "to"],
      ["rules", 2, "hours", "end"],
      ["rules", 2, "to"],
    ]);
  });

  it("rejects bad arguments", () => {
    expect(errorOf(() => isWorkingDay("1403/13/01", { calendar: iran })).code).toBe(
      "invalid_jalali_date",
    );
    expect(errorOf(() => addWorkingDays("1403/01/01", 1.5, { calendar: iran })).code).toBe(
      "invalid_option",
    );
    expect(errorOf(() => addWorkingHours("2024-07-13T10:00:00", 1, { calendar: iran })).code).toBe(
      "invalid_instant",
    );
    expect(
      errorOf(() => addWorkingHours(Date.UTC(2024, 6, 13), Number.NaN, { calendar: iran })).code,
    ).toBe("invalid_option");
    expect(errorOf(() => addWorkingDays("1500/12/20", 30, { calendar: iran })).code).toBe(
      "out_of_range",
    );
    // Adding 0 hours (or less than half a millisecond) to an instant outside 1300–1500 once
    // gave back an Invalid Date for 1e21 and the instant itself for 1200: out_of_range, as
    // for any other amount.
    for (const [instant, hours] of [
      [1e21, 0],
      [-1e21, 1e-12],
      ["1820-01-01T00:00:00Z", 0],
    ] as const) {
      const error = errorOf(() => addWorkingHours(instant, hours, { calendar: iran }));
      expect([error.code, error.issues.map((issue) => issue.path)]).toEqual([
        "out_of_range",
        [["instant"]],
      ]);
    }
    expect(errorOf(() => getPreviousWorkingDay("1300/01/01", { calendar: iran })).code).toBe(
      "out_of_range",
    );
    expect(errorOf(() => isWorkingDay("1403/01/01", { calendar: null as never })).code).toBe(
      "invalid_calendar",
    );
    expect(
      errorOf(() => isWorkingDay("1403/01/01", { calendar: { weekend: ["caturday"] } as never }))
        .code,
    ).toBe("invalid_weekday");
  });
});

describe("the calendar object", () => {
  it("is deeply frozen plain data", () => {
    const calendar = createWorkCalendar({
      rules: iranGovernmentRules,
      closures: [{ date: "1404/05/01", region: { province: "تهران" } }],
    });
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.rules)).toBe(true);
    expect(Object.isFrozen(calendar.rules[1]?.hours)).toBe(true);
    expect(Object.isFrozen(calendar.closures[0]?.region)).toBe(true);
    expect(Object.isFrozen(calendar.weekend)).toBe(true);
    expect(Object.isFrozen(iranGovernmentRules)).toBe(true);
    expect(createWorkCalendar(JSON.parse(JSON.stringify(calendar)))).toEqual(calendar);
  });

  it("answers the same after a JSON round trip", () => {
    const calendar = createTehranHeadOfficesCalendar();
    const copy = JSON.parse(JSON.stringify(calendar));
    expect(countWorkingDaysBetween("1403/01/01", "1405/01/01", { calendar: copy })).toBe(
      countWorkingDaysBetween("1403/01/01", "1405/01/01", { calendar }),
    );
    expect(addWorkingDays("1404/02/01", 40, { calendar: copy })).toBe(
      addWorkingDays("1404/02/01", 40, { calendar }),
    );
  });
});

describe("long spans", () => {
  it("counts across many years and back", () => {
    // Without holidays only Fridays are off. 1300/01/01 (a Monday) to 1500/12/28 (a
    // Thursday) is 73 412 days (countDaysBetween, checked against jalaali-js in
    // test/jalali) = 10 487 weeks and 3 days (Tuesday, Wednesday, Thursday): 10 487 × 6 + 3
    // = 62 925 working days after the start.
    const days = countWorkingDaysBetween("1300/01/01", "1500/12/28", { calendar: noHolidays });
    expect(days).toBe(62_925);
    expect(addWorkingDays("1300/01/01", days, { calendar: noHolidays })).toBe("1500/12/28");
    // Going back, the start (a working day) counts and the end does not: the same number.
    expect(countWorkingDaysBetween("1500/12/28", "1300/01/01", { calendar: noHolidays })).toBe(
      -days,
    );
    expect(getNextWorkingDay("1500/12/20", { calendar: iran })).toMatch(/^1500\/12\//);
    expect(
      countWorkingMinutesBetween("1921-03-22T00:00:00Z", "2100-01-01T00:00:00Z", {
        calendar: noHolidays,
      }),
    ).toBeGreaterThan(0);
  });
});
