import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createWorkCalendar, iranGovernmentRules } from "../../src/calendar/index";
import {
  DeadlineState,
  formatDeadlineStatus,
  getAgencyScorecards,
  getDeadlineStatus,
  getReportCompliance,
  resolveDueAt,
} from "../../src/deadlines/index";
import type { TaskInput as Task } from "../../src/entities/Task";
import type { PeygirError } from "../../src/errors/PeygirError";

const H = 3_600_000;

// A citizen's demand under Shahr-e Babak's 24-hour rule, sent on Saturday 1403/04/23 at 09:00
// Tehran time: due Sunday 1403/04/24 at 09:00 (+03:30).
const demand: Task = {
  id: "demand-1",
  agencyId: "water",
  title: "پاسخ به مطالبه",
  issuedAt: "2024-07-13T09:00:00+03:30",
  deadline: { type: "hours", hours: 24 },
};
const DUE = "2024-07-14T09:00:00+03:30";

describe("getDeadlineStatus", () => {
  it("follows its documented example", () => {
    expect(getDeadlineStatus(demand, { now: "2024-07-14T04:00:00+03:30" })).toEqual({
      state: "due-soon",
      dueAt: "2024-07-14T09:00:00+03:30",
      dueDate: "1403/04/24",
      remainingMs: 18000000,
      elapsed: 0.7916666666666666,
      workingDaysLate: null,
    });
    expect(DeadlineState.parse("due-soon")).toBe("due-soon");
    expect(DeadlineState.options.length).toBe(6);
  });

  it("is open, then due soon at 75% of the time, then overdue strictly after dueAt", () => {
    expect(getDeadlineStatus(demand, { now: "2024-07-13T10:00:00+03:30" })).toEqual({
      state: "open",
      dueAt: DUE,
      dueDate: "1403/04/24",
      remainingMs: 23 * H,
      elapsed: 1 / 24,
      workingDaysLate: null,
    });
    // 18 of 24 hours = 0.75 exactly: due soon.
    expect(getDeadlineStatus(demand, { now: "2024-07-14T03:00:00+03:30" }).state).toBe("due-soon");
    expect(getDeadlineStatus(demand, { now: "2024-07-14T02:59:59+03:30" }).state).toBe("open");
    // At dueAt itself the task is not yet late.
    expect(getDeadlineStatus(demand, { now: DUE })).toMatchObject({
      state: "due-soon",
      elapsed: 1,
      remainingMs: 0,
    });
    // A minute later it is overdue, on the due day itself: 0 working days late.
    expect(getDeadlineStatus(demand, { now: "2024-07-14T09:01:00+03:30" })).toMatchObject({
      state: "overdue",
      remainingMs: -60_000,
      workingDaysLate: 0,
    });
  });

  it("counts working days late past Tasua and Ashura", () => {
    // Due Sunday 04/24; on Wednesday 04/27: Monday (Tasua) and Tuesday (Ashura) do not count,
    // Wednesday does: 1 working day late.
    expect(getDeadlineStatus(demand, { now: "2024-07-17T10:00:00+03:30" })).toMatchObject({
      state: "overdue",
      workingDaysLate: 1,
      elapsed: 97 / 24, // Saturday 09:00 → Wednesday 10:00 is 97 of the 24 hours
    });
    // Saturday 1403/04/30: Wednesday 27, Thursday 28, Saturday 30 (Friday 29 off) → 3.
    expect(getDeadlineStatus(demand, { now: "2024-07-20T10:00:00+03:30" }).workingDaysLate).toBe(3);
  });

  it("counts working days late past Nowruz", () => {
    const t: Task = {
      ...demand,
      issuedAt: "2025-03-17T09:00:00+03:30", // Monday 1403/12/27
      deadline: { type: "working-days", days: 1 }, // Tuesday 1403/12/28 at 14:30
    };
    // On Tuesday 1404/01/05: 12/29, 12/30, 01/01–04 are off; 01/05 counts → 1.
    expect(getDeadlineStatus(t, { now: "2025-03-25T10:00:00+03:30" })).toMatchObject({
      state: "overdue",
      dueAt: "2025-03-18T14:30:00+03:30",
      dueDate: "1403/12/28",
      workingDaysLate: 1,
    });
  });

  it("counts working days late without the closed summer Thursdays of 1404", () => {
    const calendar = createWorkCalendar({ rules: iranGovernmentRules });
    const t: Task = {
      ...demand,
      issuedAt: "2025-07-22T09:00:00+03:30", // Tuesday 1404/04/31
      deadline: { type: "date", date: "1404/05/01" }, // Wednesday, closing at 13:00
    };
    // Saturday 1404/05/04: Thursday 05/02 closed, Friday off, Saturday counts → 1.
    expect(getDeadlineStatus(t, { now: "2025-07-26T10:00:00+03:30", calendar })).toMatchObject({
      state: "overdue",
      dueAt: "2025-07-23T13:00:00+03:30",
      workingDaysLate: 1,
    });
  });

  it("judges elapsed and due-soon on working time for working-day and date deadlines (issue 16)", () => {
    // Issued Sunday 1403/12/26 at 09:00, five working days: Monday 27 (1), Tuesday 28 (2);
    // 12/29 (oil nationalisation), 12/30 and Nowruz 1404/01/01–04 are off; Tuesday 01/05 (3),
    // Wednesday 01/06 (4), Thursday 01/07 (5): due Thursday 1404/01/07 at 14:30.
    const t: Task = {
      ...demand,
      issuedAt: "2025-03-16T09:00:00+03:30",
      deadline: { type: "working-days", days: 5 },
    };
    // Working time allowed: Sunday 09:00–14:30 (5.5 h) + five full days of 07:30–14:30 (12/27,
    // 12/28, 01/05, 01/06, 01/07: 35 h) = 40.5 h. On Tuesday 01/05 at 09:00: 5.5 + 7 + 7 + 1.5
    // (07:30–09:00) = 21 h used: 21/40.5, open (on clock time it was 216 of 269.5 hours, 0.80,
    // "due soon").
    const now = "2025-03-25T09:00:00+03:30";
    expect(getDeadlineStatus(t, { now })).toMatchObject({
      state: "open",
      dueAt: "2025-03-27T14:30:00+03:30",
      elapsed: 21 / 40.5,
    });
    // Wednesday 01/06 at 09:00: 21 + 5.5 (Tuesday's rest) + 1.5 = 28 h: 28/40.5 = 0.69, open;
    // Thursday 01/07 at 09:00: 28 + 7 = 35 h: 35/40.5 = 0.86, due soon.
    expect(getDeadlineStatus(t, { now: "2025-03-26T09:00:00+03:30" })).toMatchObject({
      state: "open",
      elapsed: 28 / 40.5,
    });
    expect(getDeadlineStatus(t, { now: "2025-03-27T09:00:00+03:30" })).toMatchObject({
      state: "due-soon",
      elapsed: 35 / 40.5,
    });
    // A date deadline, the same day: due Thursday 1404/01/07 at closing, the same window.
    const dated: Task = { ...t, deadline: { type: "date", date: "1404/01/07" } };
    expect(getDeadlineStatus(dated, { now }).elapsed).toBe(21 / 40.5);
    // Done on Tuesday 01/05 at 14:30: 5.5 + 7 + 7 + 7 = 26.5 of 40.5 h.
    expect(
      getDeadlineStatus(
        { ...t, completedAt: "2025-03-25T14:30:00+03:30" },
        { now: "2025-03-26T09:00:00+03:30" },
      ),
    ).toMatchObject({ state: "done-on-time", elapsed: 26.5 / 40.5 });
    // An hours deadline stays on clock time: the documented example's 19/24 is unchanged.
    expect(getDeadlineStatus(demand, { now: "2024-07-14T04:00:00+03:30" }).elapsed).toBe(19 / 24);
    // Overdue: Saturday 01/09 at 09:00 (Friday off) is 1.5 working hours past: 42/40.5.
    expect(getDeadlineStatus(t, { now: "2025-03-29T09:00:00+03:30" })).toMatchObject({
      state: "overdue",
      elapsed: 42 / 40.5,
    });
  });

  it("is done on time or done late by completedAt", () => {
    const early: Task = { ...demand, completedAt: "2024-07-13T15:00:00+03:30" };
    expect(getDeadlineStatus(early, { now: "2024-07-20T10:00:00+03:30" })).toEqual({
      state: "done-on-time",
      dueAt: DUE,
      dueDate: "1403/04/24",
      remainingMs: 18 * H,
      elapsed: 0.25,
      workingDaysLate: null,
    });
    const onTheDot: Task = { ...demand, completedAt: DUE };
    expect(getDeadlineStatus(onTheDot, { now: DUE }).state).toBe("done-on-time");
    const late: Task = { ...demand, completedAt: "2024-07-17T10:00:00+03:30" };
    expect(getDeadlineStatus(late, { now: "2024-07-20T10:00:00+03:30" })).toMatchObject({
      state: "done-late",
      remainingMs: -73 * H,
      workingDaysLate: 1,
    });
  });

  it("ignores events after now (replay)", () => {
    const t: Task = {
      ...demand,
      completedAt: "2024-07-17T10:00:00+03:30",
      extensions: [{ at: "2024-07-14T08:00:00+03:30", deadline: { type: "hours", hours: 48 } }],
    };
    // Before the extension: the first deadline holds.
    expect(getDeadlineStatus(t, { now: "2024-07-14T07:00:00+03:30" })).toMatchObject({
      state: "due-soon",
      dueAt: DUE,
    });
    // After it: 48 hours from issue, Monday 09:00 (a holiday, but hours are clock hours).
    expect(getDeadlineStatus(t, { now: "2024-07-14T10:00:00+03:30" })).toMatchObject({
      state: "open",
      dueAt: "2024-07-15T09:00:00+03:30",
      elapsed: 0.5208333333333334,
    });
    // Completed later than the extended deadline.
    expect(getDeadlineStatus(t, { now: "2024-07-18T10:00:00+03:30" }).state).toBe("done-late");
  });

  it("lets cancellation win", () => {
    const t: Task = {
      ...demand,
      completedAt: "2024-07-13T12:00:00+03:30",
      cancelledAt: "2024-07-13T11:00:00+03:30",
    };
    expect(getDeadlineStatus(t, { now: "2024-07-13T12:30:00+03:30" })).toEqual({
      state: "cancelled",
      dueAt: DUE,
      dueDate: "1403/04/24",
      remainingMs: null,
      elapsed: null,
      workingDaysLate: null,
    });
    expect(getDeadlineStatus(t, { now: "2024-07-13T10:30:00+03:30" }).state).toBe("open");
  });

  it("has no due fields without a deadline", () => {
    const t: Task = { ...demand, deadline: { type: "none" } };
    expect(getDeadlineStatus(t, { now: DUE })).toEqual({
      state: "open",
      dueAt: null,
      dueDate: null,
      remainingMs: null,
      elapsed: null,
      workingDaysLate: null,
    });
    expect(getDeadlineStatus({ ...t, completedAt: DUE }, { now: DUE }).state).toBe("done-on-time");
  });

  it("honours warnAt", () => {
    const now = "2024-07-13T21:00:00+03:30"; // 12 of 24 hours
    expect(getDeadlineStatus(demand, { now }).state).toBe("open");
    expect(getDeadlineStatus(demand, { now, warnAt: 0.5 }).state).toBe("due-soon");
    expect(getDeadlineStatus(demand, { now, warnAt: 0 }).state).toBe("due-soon");
  });

  it("writes dueAt with the offset of the calendar's zone, seconds and milliseconds", () => {
    const t: Task = {
      ...demand,
      issuedAt: "2024-07-13T05:30:07.250Z",
      deadline: { type: "hours", hours: 1 },
    };
    expect(getDeadlineStatus(t, { now: t.issuedAt }).dueAt).toBe("2024-07-13T10:00:07.250+03:30");
    // Thursday 1400/04/24 = 2021-07-15, in the daylight-saving years: +04:30.
    const old: Task = {
      ...demand,
      issuedAt: "2021-07-10T09:00:00+04:30",
      deadline: { type: "date", date: "1400/04/24" },
    };
    expect(getDeadlineStatus(old, { now: old.issuedAt })).toMatchObject({
      dueAt: "2021-07-15T14:30:00+04:30",
      dueDate: "1400/04/24",
    });
    const utc = createWorkCalendar({ timeZone: "UTC" });
    expect(getDeadlineStatus(demand, { now: demand.issuedAt, calendar: utc }).dueAt).toBe(
      "2024-07-14T05:30:00+00:00",
    );
  });

  it("rounds an hours window to the millisecond, as resolveDueAt does", () => {
    // 1/7 of an hour is 3,600,000 / 7 = 514,285.714… ms, so 514,286 ms: 8 min 34.286 s.
    const t: Task = { ...demand, deadline: { type: "hours", hours: 1 / 7 } };
    const status = getDeadlineStatus(t, { now: t.issuedAt });
    expect(status).toMatchObject({ dueAt: "2024-07-13T09:08:34.286+03:30", remainingMs: 514_286 });
    expect(resolveDueAt(t)).toBe("2024-07-13T09:08:34.286+03:30");
    expect(formatDeadlineStatus(status, { locale: "en", now: t.issuedAt })).toBe(
      "9 minutes to deadline",
    );
  });

  it("writes an instant of the local-mean-time years exactly, with the offset rounded", () => {
    // Before 1946 Tehran kept +03:25:44, which ISO cannot write: the text uses +03:26 and
    // shifts the clock time by the 16 seconds, so it names the same instant.
    const old: Task = {
      ...demand,
      issuedAt: "1931-04-01T09:00:00+03:30",
      deadline: { type: "date", date: "1310/01/15" },
    };
    const status = getDeadlineStatus(old, { now: old.issuedAt });
    expect(status.dueAt).toBe("1931-04-05T14:30:16+03:26"); // 1310/01/01 was 1931-03-22
    expect(status.dueAt).toBe(resolveDueAt(old));
  });

  it("gives dueDate as the Tehran day of dueAt", () => {
    // 23:00 on Saturday 1403/04/23 + 2 h = 01:00 Sunday 1403/04/24 (still Saturday in UTC).
    const t: Task = {
      ...demand,
      issuedAt: "2024-07-13T23:00:00+03:30",
      deadline: { type: "hours", hours: 2 },
    };
    expect(getDeadlineStatus(t, { now: t.issuedAt }).dueDate).toBe("1403/04/24");
  });

  it("returns plain JSON data and leaves the task alone", () => {
    const t: Task = {
      ...demand,
      extensions: [
        { at: "2024-07-13T10:00:00+03:30", deadline: { type: "working-days", days: 2 } },
      ],
    };
    const copy = structuredClone(t);
    const status = getDeadlineStatus(t, { now: new Date("2024-07-14T10:00:00+03:30") });
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
    expect(t).toEqual(copy);
  });

  it("rejects a calendar that is not an object, in every function that takes one", () => {
    const now = "2024-07-14T10:00:00+03:30";
    const status = getDeadlineStatus(demand, { now });
    const calls: [() => unknown, readonly (string | number)[]][] = [
      [() => getDeadlineStatus(demand, { now, calendar: "x" as never }), ["options", "calendar"]],
      [() => resolveDueAt(demand, { calendar: 5 as never }), ["options", "calendar"]],
      [
        () => formatDeadlineStatus(status, { locale: "en", now, calendar: "x" as never }),
        ["options", "calendar"],
      ],
      [
        () =>
          getReportCompliance([], {
            reports: [],
            from: "1403/04/01",
            to: "1403/04/31",
            now,
            calendar: "x" as never,
          }),
        ["options", "calendar"],
      ],
      [
        () => getAgencyScorecards([], { tasks: [], now, calendar: "x" as never }),
        ["options", "calendar"],
      ],
    ];
    for (const [call, path] of calls)
      expect(call).toThrow(
        expect.objectContaining({
          code: "invalid_calendar",
          issues: [{ path, message: expect.any(String) }],
        }),
      );
  });

  it("refuses a completedAt or cancelledAt before issuedAt (issue 16)", () => {
    // Issued Saturday 09:00; done at 08:59 the same morning, a minute before it was issued.
    const codeAndPath = (task: Task) => {
      try {
        getDeadlineStatus(task, { now: "2024-07-20T10:00:00+03:30" });
      } catch (error) {
        return [(error as PeygirError).code, (error as PeygirError).issues[0]?.path];
      }
      return null;
    };
    expect(codeAndPath({ ...demand, completedAt: "2024-07-13T08:59:00+03:30" })).toEqual([
      "invalid_task",
      ["task", "completedAt"],
    ]);
    expect(codeAndPath({ ...demand, cancelledAt: "2024-07-13T08:59:00+03:30" })).toEqual([
      "invalid_task",
      ["task", "cancelledAt"],
    ]);
    // Even when it lies after now (it can never be right).
    expect(
      codeAndPath({ ...demand, issuedAt: "2024-07-21T09:00:00+03:30", completedAt: DUE }),
    ).toEqual(["invalid_task", ["task", "completedAt"]]);
    // Done at the instant of issue is on time.
    expect(getDeadlineStatus({ ...demand, completedAt: demand.issuedAt }, { now: DUE }).state).toBe(
      "done-on-time",
    );
  });

  it("rejects bad input with a code and a path", () => {
    const failure = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(failure(() => getDeadlineStatus(demand, { now: "2024-07-14 10:00" }))).toMatchObject({
      code: "invalid_instant",
      issues: [{ path: ["options", "now"] }],
    });
    expect(
      failure(() => getDeadlineStatus(demand, undefined as unknown as { now: string })),
    ).toMatchObject({ code: "invalid_option" });
    expect(failure(() => getDeadlineStatus(demand, { now: DUE, warnAt: 2 }))).toMatchObject({
      code: "invalid_option",
      issues: [{ path: ["options", "warnAt"] }],
    });
    // JSON can give an object whose toString is not a function: comparing it once threw a
    // raw TypeError; so did extensions: null (reading its length).
    for (const warnAt of [{ toString: {} }, "0.5"]) {
      expect(
        failure(() => getDeadlineStatus(demand, { now: DUE, warnAt: warnAt as never })),
      ).toMatchObject({ code: "invalid_option", issues: [{ path: ["options", "warnAt"] }] });
    }
    for (const extensions of [null, "", { length: 1 }]) {
      expect(
        failure(() =>
          getDeadlineStatus({ ...demand, extensions: extensions as never }, { now: DUE }),
        ),
      ).toMatchObject({ code: "invalid_input", issues: [{ path: ["task", "extensions"] }] });
    }
    expect(
      failure(() => getDeadlineStatus({ ...demand, completedAt: "yesterday" }, { now: DUE })),
    ).toMatchObject({ code: "invalid_instant", issues: [{ path: ["task", "completedAt"] }] });
    expect(
      failure(() =>
        getDeadlineStatus(
          { ...demand, extensions: [{ at: "soon", deadline: { type: "none" } }] },
          { now: DUE },
        ),
      ),
    ).toMatchObject({
      code: "invalid_instant",
      issues: [{ path: ["task", "extensions", 0, "at"] }],
    });
    expect(
      failure(() =>
        getDeadlineStatus(
          {
            ...demand,
            extensions: [{ at: DUE, deadline: { type: "hours", hours: -1 } }],
          },
          { now: DUE },
        ),
      ),
    ).toMatchObject({
      code: "invalid_deadline",
      issues: [{ path: ["task", "extensions", 0, "deadline", "hours"] }],
    });
  });

  it("never reads local-time Date getters (the answers cannot depend on the process TZ)", () => {
    // A cheap guard besides CI's runs under UTC, Asia/Tehran and America/Los_Angeles.
    const dir = new URL("../../src/deadlines/", import.meta.url);
    for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (!name.endsWith(".ts")) continue;
      const text = readFileSync(new URL(name, dir), "utf8");
      expect(text, name).not.toMatch(
        /\.get(FullYear|Month|Date|Day|Hours|Minutes|Seconds|TimezoneOffset)\(|toLocale|new Date\(\d{4},/,
      );
    }
  });
});
