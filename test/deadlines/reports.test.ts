import { describe, expect, it } from "vitest";
import { createWorkCalendar, iranGovernmentRules } from "../../src/calendar/index";
import {
  getReportCompliance,
  listReportDueDates,
  OnNonWorkingDay,
  ReportWeekState,
} from "../../src/deadlines/index";
import type { WeeklyReportInput as WeeklyReport } from "../../src/entities/WeeklyReport";

const calendar = createWorkCalendar();
const summer1404 = createWorkCalendar({ rules: iranGovernmentRules });
const edu = { id: "edu", name: "آموزش و پرورش", region: { province: "کرمان" } };
const water = { id: "water", name: "آبفا", region: { province: "کرمان" } };

describe("listReportDueDates", () => {
  it("follows its documented examples", () => {
    expect(listReportDueDates("1404/04/28", "1404/05/10", { calendar: summer1404 })).toEqual([
      "1404/05/01",
      "1404/05/08",
    ]);
    expect(OnNonWorkingDay.parse("next-working-day")).toBe("next-working-day");
  });

  it("moves the Thursday of 30 Esfand 1403 back past Oil Day to Tuesday", () => {
    // Thursdays: 1403/12/23, 12/30 (holiday; 12/29 Oil Nationalisation Day too → Tuesday
    // 12/28), 1404/01/07 and 01/14 (working days; Nowruz is 01/01–04, Eid al-Fitr 01/11–12).
    const range = { from: "1403/12/20", to: "1404/01/20" };
    expect(listReportDueDates(range.from, range.to, { calendar })).toEqual([
      "1403/12/23",
      "1403/12/28",
      "1404/01/07",
      "1404/01/14",
    ]);
    // Forward instead: past Friday 01/01 and Nowruz 01/02–04 to Tuesday 1404/01/05.
    expect(
      listReportDueDates(range.from, range.to, { calendar, onNonWorkingDay: "next-working-day" }),
    ).toEqual(["1403/12/23", "1404/01/05", "1404/01/07", "1404/01/14"]);
    expect(
      listReportDueDates(range.from, range.to, { calendar, onNonWorkingDay: "same-day" }),
    ).toEqual(["1403/12/23", "1403/12/30", "1404/01/07", "1404/01/14"]);
  });

  it("moves a Monday report off Tasua 1403 to Sunday", () => {
    // Mondays 1403/04/18 and 04/25 (Tasua) → 04/24.
    expect(listReportDueDates("1403/04/18", "1403/04/31", { calendar, weekday: "monday" })).toEqual(
      ["1403/04/18", "1403/04/24"],
    );
  });

  it("applies the 1404 summer Thursday closure only from 1404/02/20", () => {
    // Thursday 1404/02/18 is before the rule; 02/25 and 06/27 are inside it (→ Wednesday);
    // 1404/07/03 is after it (1404/06/31 is the last day).
    expect(listReportDueDates("1404/02/15", "1404/02/26", { calendar: summer1404 })).toEqual([
      "1404/02/18",
      "1404/02/24",
    ]);
    expect(listReportDueDates("1404/06/25", "1404/07/05", { calendar: summer1404 })).toEqual([
      "1404/06/26",
      "1404/07/03",
    ]);
  });

  it("rejects bad options", () => {
    expect(() => listReportDueDates("1403/13/01", "1403/12/01", { calendar })).toThrow(
      expect.objectContaining({ code: "invalid_jalali_date" }),
    );
    expect(() =>
      listReportDueDates("1403/01/01", "1403/02/01", {
        calendar,
        weekday: "thursdai" as "thursday",
      }),
    ).toThrow(expect.objectContaining({ code: "invalid_weekday" }));
    expect(() =>
      listReportDueDates("1403/01/01", "1403/02/01", {
        calendar,
        onNonWorkingDay: "skip" as "same-day",
      }),
    ).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(listReportDueDates("1403/02/01", "1403/01/01", { calendar })).toEqual([]);
  });
});

describe("getReportCompliance", () => {
  it("follows its documented example", () => {
    const [record] = getReportCompliance([edu], {
      calendar,
      reports: [
        { id: "r1", agencyId: "edu", week: "1403/05/04", submittedAt: "2024-07-25T11:00:00+03:30" },
        { id: "r2", agencyId: "edu", week: "1403/05/11", submittedAt: "2024-08-03T09:00:00+03:30" },
      ],
      from: "1403/05/01",
      to: "1403/05/31",
      now: "2024-08-10T12:00:00+03:30",
    });
    expect(record?.weeks.map((week) => week.state)).toEqual([
      "on-time",
      "late",
      "missing",
      "pending",
    ]);
    expect(record?.onTimeRate).toBe(0.3333333333333333);
    expect(ReportWeekState.options).toEqual(["on-time", "late", "missing", "pending"]);
  });

  it("is on time up to the close of office hours and counts moved weeks", () => {
    const reports: WeeklyReport[] = [
      // Due Wednesday 1404/05/01 (Thursday closed), closing at 13:00: sent at 13:00 → on time,
      // answering the nominal Thursday.
      { id: "a", agencyId: "edu", week: "1404/05/02", submittedAt: "2025-07-23T13:00:00+03:30" },
      // A minute after closing on Wednesday 1404/05/08 → late.
      { id: "b", agencyId: "edu", week: "1404/05/08", submittedAt: "2025-07-30T13:01:00+03:30" },
      // water sent its first report late, then again on time: the earliest decides (late).
      { id: "c", agencyId: "water", week: "1404/05/01", submittedAt: "2025-07-26T09:00:00+03:30" },
      { id: "d", agencyId: "water", week: "1404/05/08", submittedAt: "2025-07-29T09:00:00+03:30" },
      // Sent after now: ignored.
      { id: "e", agencyId: "water", week: "1404/05/15", submittedAt: "2025-08-10T09:00:00+03:30" },
      // Another agency's report: ignored.
      { id: "f", agencyId: "roads", week: "1404/05/08", submittedAt: "2025-07-29T09:00:00+03:30" },
    ];
    const result = getReportCompliance([edu, water], {
      calendar: summer1404,
      reports,
      from: "1404/04/28",
      to: "1404/05/20",
      now: "2025-08-09T10:00:00+03:30",
    }); // now: Saturday 1404/05/18
    // Weeks: 05/01, 05/08, 05/15 (Wednesdays; Thursdays closed). 1404/05/15's due time has
    // passed by Saturday 05/18.
    expect(result).toEqual([
      {
        agencyId: "edu",
        due: 3,
        onTime: 1,
        late: 1,
        missing: 1,
        onTimeRate: 1 / 3,
        weeks: [
          { due: "1404/05/01", state: "on-time" },
          { due: "1404/05/08", state: "late" },
          { due: "1404/05/15", state: "missing" },
        ],
      },
      {
        agencyId: "water",
        due: 3,
        onTime: 1,
        late: 1,
        missing: 1,
        onTimeRate: 1 / 3,
        weeks: [
          { due: "1404/05/01", state: "late" },
          { due: "1404/05/08", state: "on-time" },
          { due: "1404/05/15", state: "missing" },
        ],
      },
    ]);
  });

  it("counts nothing when every week is pending", () => {
    const [record] = getReportCompliance([edu], {
      calendar,
      reports: [],
      from: "1403/05/01",
      to: "1403/05/10",
      now: "2024-07-22T08:00:00+03:30",
    });
    expect(record).toMatchObject({ due: 0, onTime: 0, missing: 0, onTimeRate: 1 });
    expect(record?.weeks).toEqual([{ due: "1403/05/04", state: "pending" }]);
  });

  it("rejects bad reports with their path", () => {
    expect(() =>
      getReportCompliance([edu], {
        calendar,
        reports: [{ id: "x", agencyId: "edu", week: "1403/05/04", submittedAt: "soon" }],
        from: "1403/05/01",
        to: "1403/05/10",
        now: "2024-07-22T08:00:00+03:30",
      }),
    ).toThrow(
      expect.objectContaining({
        code: "invalid_instant",
        issues: [{ path: ["options", "reports", 0, "submittedAt"], message: expect.any(String) }],
      }),
    );
  });
});
