import { describe, expect, it } from "vitest";
import { createWorkCalendar, iranGovernmentRules } from "../../src/calendar/index";
import { resolveDueAt } from "../../src/deadlines/index";
import type { DeadlineSpecInput as DeadlineSpec } from "../../src/entities/DeadlineSpec";
import type { TaskInput as Task } from "../../src/entities/Task";

// Dates used below (Tehran is at +03:30 all year since 1402; office hours 07:30–14:30 unless a
// rule says otherwise, so the close of a day is 11:00Z):
//   1403/04/22 = 2024-07-12 Friday      1403/04/23 = 2024-07-13 Saturday
//   1403/04/24 = 2024-07-14 Sunday      1403/04/25 = 2024-07-15 Monday  (Tasua, holiday)
//   1403/04/26 = 2024-07-16 Tuesday (Ashura, holiday)   1403/04/27 = 2024-07-17 Wednesday
//   1403/12/28 = 2025-03-18 Tuesday     1403/12/29 = Wednesday (Oil Nationalisation Day)
//   1403/12/30 = Thursday (30 Esfand of a leap year: holiday)   1404/01/01 = 2025-03-21 Friday
//   1404/01/02–04 = Saturday–Monday (Nowruz)   1404/01/05 = 2025-03-25 Tuesday
//   1404/05/01 = 2025-07-23 Wednesday   1404/05/02 = Thursday (closed, summer 1404 rule)
//   1404/05/04 = 2025-07-26 Saturday (summer 1404 hours 06:00–13:00, close 09:30Z)

function task(deadline: DeadlineSpec, issuedAt = "2024-07-13T10:00:00+03:30"): Task {
  return { id: "t", agencyId: "a", title: "کار", issuedAt, deadline };
}

// The golden values below are UTC instants worked out by hand; the result is read as one.
const iso = (d: string | null) => (d === null ? null : new Date(d).toISOString());

describe("resolveDueAt", () => {
  it("follows its documented example", () => {
    expect(
      resolveDueAt({
        id: "t1",
        agencyId: "edu",
        title: "گزارش",
        issuedAt: "2024-07-13T10:00:00+03:30",
        deadline: { type: "working-days", days: 2 },
      }),
    ).toBe("2024-07-17T14:30:00+03:30");
  });

  it("gives its instant in the calendar's zone, with the offset of the day", () => {
    // 1400/06/15 is in the last summer of Iranian daylight-saving time (+04:30).
    expect(
      resolveDueAt(task({ type: "date", date: "1400/06/15" }, "2021-09-01T10:00:00+04:30")),
    ).toBe("2021-09-06T14:30:00+04:30");
  });

  describe("date deadlines", () => {
    it("fall at the close of office hours on a working day", () => {
      // Saturday 1403/04/23 is a working day: 14:30 Tehran = 11:00Z.
      expect(iso(resolveDueAt(task({ type: "date", date: "1403/04/23" })))).toBe(
        "2024-07-13T11:00:00.000Z",
      );
    });

    it("keep a given time, even after closing", () => {
      expect(iso(resolveDueAt(task({ type: "date", date: "1403/04/23", time: "18:00" })))).toBe(
        "2024-07-13T14:30:00.000Z",
      );
    });

    it("move back to the previous working day with onNonWorkingDay (issue 16)", () => {
      // Friday 1403/04/22 → Thursday 1403/04/21 (2024-07-11) at closing, 11:00Z; the default
      // (and "next-working-day") is Saturday 1403/04/23.
      const friday = { type: "date", date: "1403/04/22" } as const;
      expect(iso(resolveDueAt(task({ ...friday, onNonWorkingDay: "previous-working-day" })))).toBe(
        "2024-07-11T11:00:00.000Z",
      );
      expect(
        iso(
          resolveDueAt(task({ ...friday, time: "10:00", onNonWorkingDay: "previous-working-day" })),
        ),
      ).toBe("2024-07-11T06:30:00.000Z");
      expect(iso(resolveDueAt(task({ ...friday, onNonWorkingDay: "next-working-day" })))).toBe(
        "2024-07-13T11:00:00.000Z",
      );
      expect(iso(resolveDueAt(task(friday)))).toBe("2024-07-13T11:00:00.000Z");
      // Nowruz: 1404/01/02 (Saturday, off) back past 01/01, 12/30 and 12/29 to Tuesday 12/28
      // (2025-03-18) at closing; forward it is Tuesday 1404/01/05 (2025-03-25).
      const nowruz = { type: "date", date: "1404/01/02" } as const;
      expect(
        iso(
          resolveDueAt(
            task(
              { ...nowruz, onNonWorkingDay: "previous-working-day" },
              "2025-03-01T10:00:00+03:30",
            ),
          ),
        ),
      ).toBe("2025-03-18T11:00:00.000Z");
      expect(iso(resolveDueAt(task(nowruz, "2025-03-01T10:00:00+03:30")))).toBe(
        "2025-03-25T11:00:00.000Z",
      );
      // A working day does not move.
      expect(
        iso(
          resolveDueAt(
            task({ type: "date", date: "1403/04/23", onNonWorkingDay: "previous-working-day" }),
          ),
        ),
      ).toBe("2024-07-13T11:00:00.000Z");
    });

    it("refuse an onNonWorkingDay that is not next or previous", () => {
      try {
        resolveDueAt(
          task({ type: "date", date: "1403/04/22", onNonWorkingDay: "same-day" } as never),
        );
        expect.unreachable();
      } catch (error) {
        expect((error as { code: string }).code).toBe("invalid_deadline");
        expect((error as { issues: { path: unknown }[] }).issues[0]?.path).toEqual([
          "task",
          "deadline",
          "onNonWorkingDay",
        ]);
      }
    });

    it("move off a Friday to Saturday, keeping the time or taking the closing time", () => {
      // Friday 1403/04/22 → Saturday 1403/04/23.
      expect(iso(resolveDueAt(task({ type: "date", date: "1403/04/22" })))).toBe(
        "2024-07-13T11:00:00.000Z",
      );
      expect(iso(resolveDueAt(task({ type: "date", date: "1403/04/22", time: "10:00" })))).toBe(
        "2024-07-13T06:30:00.000Z",
      );
    });

    it("move off Tasua past Ashura to Wednesday 1403/04/27", () => {
      expect(iso(resolveDueAt(task({ type: "date", date: "1403/04/25" })))).toBe(
        "2024-07-17T11:00:00.000Z",
      );
    });

    it("move off 30 Esfand 1403 past Nowruz to Tuesday 1404/01/05", () => {
      // Thursday 12/30 holiday, Friday 01/01, Nowruz 01/02–04 → Tuesday 1404/01/05.
      expect(iso(resolveDueAt(task({ type: "date", date: "1403/12/30", time: "09:00" })))).toBe(
        "2025-03-25T05:30:00.000Z",
      );
    });

    it("move off a closed summer Thursday of 1404 to Saturday, closing at 13:00", () => {
      const calendar = createWorkCalendar({ rules: iranGovernmentRules });
      // Thursday 1404/05/02 closed, Friday 05/03, Saturday 05/04 closes at 13:00 = 09:30Z.
      expect(iso(resolveDueAt(task({ type: "date", date: "1404/05/02" }), { calendar }))).toBe(
        "2025-07-26T09:30:00.000Z",
      );
    });
  });

  describe("hours deadlines", () => {
    it("count clock hours through holidays and nights", () => {
      // Sunday 1403/04/24 16:00 + 24 h = Monday (Tasua) 16:00 = 12:30Z: the 24-hour answer
      // rule counts clock hours, holidays included.
      expect(
        iso(resolveDueAt(task({ type: "hours", hours: 24 }, "2024-07-14T16:00:00+03:30"))),
      ).toBe("2024-07-15T12:30:00.000Z");
      expect(
        iso(resolveDueAt(task({ type: "hours", hours: 1.5 }, "2024-07-14T16:00:00+03:30"))),
      ).toBe("2024-07-14T14:00:00.000Z");
    });

    it("count real hours across the old daylight-saving change", () => {
      // 1400/06/30 24:00 (+04:30) clocks went back to 23:00 (+03:30): 24 clock hours after
      // 2021-09-21T12:00+04:30 is 2021-09-22T11:00+03:30.
      expect(
        iso(resolveDueAt(task({ type: "hours", hours: 24 }, "2021-09-21T12:00:00+04:30"))),
      ).toBe("2021-09-22T07:30:00.000Z");
    });
  });

  describe("working-days deadlines", () => {
    it("0 is the same day when it is a working day, else the next", () => {
      // Saturday 1403/04/23 → its own close.
      expect(iso(resolveDueAt(task({ type: "working-days", days: 0 })))).toBe(
        "2024-07-13T11:00:00.000Z",
      );
      // Issued Friday 1403/04/22 → Saturday's close.
      expect(
        iso(resolveDueAt(task({ type: "working-days", days: 0 }, "2024-07-12T10:00:00+03:30"))),
      ).toBe("2024-07-13T11:00:00.000Z");
    });

    it("skip Friday", () => {
      // Thursday 1403/04/21 (a working day in the default calendar) + 1 → Friday skipped →
      // Saturday 1403/04/23.
      expect(
        iso(resolveDueAt(task({ type: "working-days", days: 1 }, "2024-07-11T09:00:00+03:30"))),
      ).toBe("2024-07-13T11:00:00.000Z");
    });

    it("skip Tasua and Ashura", () => {
      // Sunday 1403/04/24 + 1 → Monday Tasua, Tuesday Ashura skipped → Wednesday 04/27.
      expect(
        iso(resolveDueAt(task({ type: "working-days", days: 1 }, "2024-07-14T08:00:00+03:30"))),
      ).toBe("2024-07-17T11:00:00.000Z");
    });

    it("skip the end of Esfand and Nowruz", () => {
      // Tuesday 1403/12/28 + 1: 12/29, 12/30, 01/01 (Friday), 01/02–04 → Tuesday 1404/01/05.
      expect(
        iso(resolveDueAt(task({ type: "working-days", days: 1 }, "2025-03-18T10:00:00+03:30"))),
      ).toBe("2025-03-25T11:00:00.000Z");
    });

    it("take the Tehran day of issuedAt, not the UTC one", () => {
      // 2024-07-12T21:00Z is 00:30 Saturday 1403/04/23 in Tehran (Friday in UTC): 0 days →
      // Saturday's close.
      expect(
        iso(resolveDueAt(task({ type: "working-days", days: 0 }, "2024-07-12T21:00:00Z"))),
      ).toBe("2024-07-13T11:00:00.000Z");
    });

    it("skip closed summer Thursdays in 1404 and close at 13:00", () => {
      const calendar = createWorkCalendar({ rules: iranGovernmentRules });
      // Wednesday 1404/05/01 + 1: Thursday 05/02 closed (rule), Friday → Saturday 05/04 13:00.
      expect(
        iso(
          resolveDueAt(task({ type: "working-days", days: 1 }, "2025-07-23T10:00:00+03:30"), {
            calendar,
          }),
        ),
      ).toBe("2025-07-26T09:30:00.000Z");
    });
  });

  it("returns null without a deadline", () => {
    expect(resolveDueAt(task({ type: "none" }))).toBeNull();
  });

  it("lets the latest extension (by at, not by position) replace the deadline", () => {
    const t: Task = {
      ...task({ type: "date", date: "1403/04/23" }),
      extensions: [
        { at: "2024-07-13T12:00:00+03:30", deadline: { type: "date", date: "1403/04/30" } },
        { at: "2024-07-13T11:00:00+03:30", deadline: { type: "date", date: "1403/04/24" } },
      ],
    };
    // 1403/04/30 = 2024-07-20 Saturday.
    expect(iso(resolveDueAt(t))).toBe("2024-07-20T11:00:00.000Z");
    const lifted: Task = {
      ...t,
      extensions: [{ at: "2024-07-13T12:00:00+03:30", deadline: { type: "none" } }],
    };
    expect(resolveDueAt(lifted)).toBeNull();
  });

  it("uses a calendar with other hours", () => {
    const calendar = createWorkCalendar({ hours: { start: "08:00", end: "16:00" } });
    expect(iso(resolveDueAt(task({ type: "date", date: "1403/04/23" }), { calendar }))).toBe(
      "2024-07-13T12:30:00.000Z",
    );
  });

  it("rejects malformed input with a code and path", () => {
    const bad = (deadline: unknown, issuedAt?: string) => {
      try {
        resolveDueAt(task(deadline as DeadlineSpec, issuedAt));
      } catch (error) {
        return error as { code: string; issues: { path: unknown[] }[] };
      }
      return null;
    };
    expect(bad({ type: "hours", hours: 0 })).toMatchObject({
      code: "invalid_deadline",
      issues: [{ path: ["task", "deadline", "hours"] }],
    });
    expect(bad({ type: "working-days", days: 1.5 })).toMatchObject({
      code: "invalid_deadline",
      issues: [{ path: ["task", "deadline", "days"] }],
    });
    expect(bad({ type: "date", date: "1402/12/30" })).toMatchObject({
      code: "invalid_deadline",
      issues: [{ path: ["task", "deadline", "date"] }],
    });
    expect(bad({ type: "date", date: "1403/04/23", time: "25:00" })).toMatchObject({
      code: "invalid_deadline",
      issues: [{ path: ["task", "deadline", "time"] }],
    });
    expect(bad({ type: "weeks" })).toMatchObject({
      code: "invalid_deadline",
      issues: [{ path: ["task", "deadline", "type"] }],
    });
    expect(bad({ type: "none" }, "2024-07-13 10:00")).toMatchObject({
      code: "invalid_instant",
      issues: [{ path: ["task", "issuedAt"] }],
    });
    // extensions: null once threw a raw TypeError (reading its length).
    expect(() => resolveDueAt({ ...task({ type: "none" }), extensions: null as never })).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        issues: [expect.objectContaining({ path: ["task", "extensions"] })],
      }),
    );
  });

  it("does not change its input", () => {
    const t = task({ type: "working-days", days: 3 });
    const copy = structuredClone(t);
    resolveDueAt(t);
    expect(t).toEqual(copy);
  });
});
