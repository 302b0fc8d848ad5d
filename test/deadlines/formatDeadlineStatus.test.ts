import { describe, expect, it } from "vitest";
import { formatDeadlineStatus, getDeadlineStatus } from "../../src/deadlines/index";
import type { TaskInput as Task } from "../../src/entities/Task";
import {
  deadlinePhrases,
  deadlineStateLabels,
  Locale,
  reportWeekStateLabels,
} from "../../src/i18n/index";

const task: Task = {
  id: "t",
  agencyId: "edu",
  title: "گزارش",
  issuedAt: "2024-07-13T10:00:00+03:30",
  deadline: { type: "date", date: "1403/04/27" },
};

function label(t: Task, now: string, locale: Locale): string {
  return formatDeadlineStatus(getDeadlineStatus(t, { now }), { locale, now });
}

describe("formatDeadlineStatus", () => {
  it("follows its documented example", () => {
    let now = "2024-07-13T10:00:00+03:30";
    expect(formatDeadlineStatus(getDeadlineStatus(task, { now }), { locale: "fa", now })).toBe(
      "۲ روز کاری تا مهلت",
    );
    now = "2024-07-21T10:00:00+03:30";
    expect(formatDeadlineStatus(getDeadlineStatus(task, { now }), { locale: "en", now })).toBe(
      "overdue by 3 working days",
    );
    now = "2024-07-19T10:00:00+03:30";
    const thursday = { ...task, deadline: { type: "date", date: "1403/04/28" } } as const;
    expect(formatDeadlineStatus(getDeadlineStatus(thursday, { now }), { locale: "en", now })).toBe(
      "overdue since 1403/04/28",
    );
    expect(deadlinePhrases.en.lateSince.other).toBe("overdue since {date}");
  });

  it("counts working days left, then hours and minutes on the due day", () => {
    // Sunday 1403/04/24: Monday and Tuesday are Tasua and Ashura, Wednesday counts → 1.
    expect(label(task, "2024-07-14T10:00:00+03:30", "en")).toBe("1 working day to deadline");
    // Wednesday 1403/04/27 10:00, due 14:30: 4 hours (and a half).
    expect(label(task, "2024-07-17T10:00:00+03:30", "en")).toBe("4 hours to deadline");
    expect(label(task, "2024-07-17T10:00:00+03:30", "fa")).toBe("۴ ساعت تا مهلت");
    expect(label(task, "2024-07-17T14:00:00+03:30", "en")).toBe("30 minutes to deadline");
    expect(label(task, "2024-07-17T15:00:00+03:30", "en")).toBe("overdue by 30 minutes");
    expect(label(task, "2024-07-17T17:00:00+03:30", "fa")).toBe("۲ ساعت تأخیر");
    // Thursday 1403/04/28: 1 working day late.
    expect(label(task, "2024-07-18T08:00:00+03:30", "en")).toBe("overdue by 1 working day");
    expect(label(task, "2024-07-21T10:00:00+03:30", "fa")).toBe("۳ روز کاری تأخیر");
  });

  it("names the outcome of closed tasks", () => {
    const now = "2024-07-25T10:00:00+03:30";
    const done = { ...task, completedAt: "2024-07-16T10:00:00+03:30" };
    expect(label(done, now, "en")).toBe("done on time");
    expect(label(done, now, "fa")).toBe("انجام‌شده در مهلت");
    // Completed Sunday 1403/04/31: Thursday 28, Saturday 30, Sunday 31 → 3 working days late.
    const late = { ...task, completedAt: "2024-07-21T09:00:00+03:30" };
    expect(label(late, now, "en")).toBe("done 3 working days late");
    expect(label(late, now, "fa")).toBe("انجام‌شده با ۳ روز کاری تأخیر");
    const sameDay = { ...task, completedAt: "2024-07-17T16:00:00+03:30" };
    expect(label(sameDay, now, "en")).toBe("done late");
    const cancelled = { ...task, cancelledAt: "2024-07-14T10:00:00+03:30" };
    expect(label(cancelled, now, "fa")).toBe("لغوشده");
    expect(label({ ...task, deadline: { type: "none" } }, now, "en")).toBe("no deadline");
    expect(label({ ...task, deadline: { type: "none" } }, now, "fa")).toBe("بدون مهلت");
  });

  it("rejects a status that getDeadlineStatus cannot have given, with its path", () => {
    // A status read back from JSON: workingDaysLate { toString: {} } once threw a raw
    // TypeError, a bad dueDate an error of countWorkingDaysBetween, and "3" or 1.5 days printed.
    const now = "2024-07-13T10:00:00+03:30";
    const status = getDeadlineStatus(task, { now });
    const late = { ...status, state: "done-late" } as const;
    const cases: [object, (string | number)[]][] = [
      [{ ...late, workingDaysLate: { toString: {} } }, ["status", "workingDaysLate"]],
      [{ ...late, workingDaysLate: "3" }, ["status", "workingDaysLate"]],
      [{ ...late, workingDaysLate: 1.5 }, ["status", "workingDaysLate"]],
      [{ ...late, workingDaysLate: -2 }, ["status", "workingDaysLate"]],
      [{ ...status, dueDate: "garbage" }, ["status", "dueDate"]],
      [{ ...status, dueDate: { toString: {} } }, ["status", "dueDate"]],
      [{ ...status, dueAt: 1e21 }, ["status", "dueAt"]],
      [{ ...status, dueAt: "tomorrow" }, ["status", "dueAt"]],
      [{ ...status, state: "weeks" }, ["status", "state"]],
    ];
    for (const [bad, path] of cases) {
      expect(() => formatDeadlineStatus(bad as never, { locale: "en", now })).toThrow(
        expect.objectContaining({
          code: "invalid_input",
          issues: [expect.objectContaining({ path })],
        }),
      );
    }
  });

  it("rejects an unknown locale", () => {
    const now = "2024-07-13T10:00:00+03:30";
    expect(() =>
      formatDeadlineStatus(getDeadlineStatus(task, { now }), { locale: "de" as "en", now }),
    ).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
});

describe("labels", () => {
  it("follow their documented examples", () => {
    expect(Locale.parse("fa")).toBe("fa");
    expect(deadlineStateLabels.fa.overdue).toBe("گذشته از مهلت");
    expect(deadlineStateLabels.en["due-soon"]).toBe("due soon");
    expect(reportWeekStateLabels.fa.missing).toBe("ارسال‌نشده");
    expect(reportWeekStateLabels.en["on-time"]).toBe("on time");
    expect(deadlinePhrases.fa.workingDaysLeft.other).toBe("{n} روز کاری تا مهلت");
    expect(deadlinePhrases.en.workingDaysLate.one).toBe("overdue by 1 working day");
  });

  it("cover every state in both languages", () => {
    for (const locale of Locale.options) {
      expect(Object.keys(deadlineStateLabels[locale]).sort()).toEqual(
        ["cancelled", "done-late", "done-on-time", "due-soon", "open", "overdue"].sort(),
      );
      for (const text of Object.values(deadlineStateLabels[locale])) expect(text).not.toBe("");
    }
  });

  it("says hours late only on the due day, then working days or 'since' the due day (issue 16)", () => {
    // Due Thursday 1403/04/28 at 14:30 (closing time).
    const thursday: Task = { ...task, deadline: { type: "date", date: "1403/04/28" } };
    // Thursday 16:00, the due day itself: 1.5 hours → "1 hour".
    expect(label(thursday, "2024-07-18T16:00:00+03:30", "en")).toBe("overdue by 1 hour");
    // Friday 1403/04/29 at 10:00: a later day, but Friday is off: 0 working days → since.
    // (It used to say "overdue by 19 hours".)
    expect(label(thursday, "2024-07-19T10:00:00+03:30", "en")).toBe("overdue since 1403/04/28");
    expect(label(thursday, "2024-07-19T10:00:00+03:30", "fa")).toBe("تأخیر از ۱۴۰۳/۰۴/۲۸");
    // Just after midnight, Friday 00:10, already a later calendar day.
    expect(label(thursday, "2024-07-19T00:10:00+03:30", "en")).toBe("overdue since 1403/04/28");
    // Saturday 1403/04/30: Saturday counts → 1 working day.
    expect(label(thursday, "2024-07-20T10:00:00+03:30", "en")).toBe("overdue by 1 working day");

    // Across Nowruz: issued Monday 1403/12/27, one working day → due Tuesday 12/28 at 14:30.
    const nowruz: Task = {
      ...task,
      issuedAt: "2025-03-17T09:00:00+03:30",
      deadline: { type: "working-days", days: 1 },
    };
    // Monday 1404/01/04 at 10:00: 12/29, 12/30 and 01/01–04 are off → 0 working days, and
    // 139.5 clock hours past: since the due day.
    expect(label(nowruz, "2025-03-24T10:00:00+03:30", "en")).toBe("overdue since 1403/12/28");
    expect(label(nowruz, "2025-03-24T10:00:00+03:30", "fa")).toBe("تأخیر از ۱۴۰۳/۱۲/۲۸");
    // Tuesday 1404/01/05: 01/05 counts → 1 working day.
    expect(label(nowruz, "2025-03-25T10:00:00+03:30", "fa")).toBe("۱ روز کاری تأخیر");
  });
});
