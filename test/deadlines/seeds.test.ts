import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../../src/calendar/index";
import {
  expandDirective,
  formatDeadlineStatus,
  getAgencyScorecards,
  getDeadlineStatus,
  getReportCompliance,
  listReportDueDates,
} from "../../src/deadlines/index";
import type { TaskInput as Task, WeeklyReportInput } from "../../src/entities/index";
import { shahrBabak } from "../../src/testing/scenario/seeds";

// Shahr-e Babak's administrative council, Monday 1399/02/08 at 10:00 (+04:30: 1399 still had
// daylight saving). Office hours 07:30–14:30, so a day closes at 10:00Z. The status is read
// on Saturday 1399/02/20 at 12:00. 1399/02 has no holiday (21 Ramadan is 02/26), only Fridays
// (02/12, 02/19).
const NOW = "2020-05-09T12:00:00+04:30";
const calendar = createWorkCalendar();
const directive = (id: string) => {
  const found = shahrBabak.directives.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no directive ${id}`);
  return found;
};
const tasksOf = (id: string) => expandDirective(directive(id), { agencies: shahrBabak.agencies });

describe("the Shahr-e Babak council's directives as tasks", () => {
  it("fans each directive out to the eleven agencies", () => {
    for (const d of shahrBabak.directives) {
      const tasks = tasksOf(d.id);
      expect(tasks.map((t) => t.agencyId)).toEqual(shahrBabak.agencies.map((a) => a.id));
      expect(new Set(tasks.map((t) => t.id)).size).toBe(11);
    }
  });

  it("gives each deadline type its hand-computed due time and state", () => {
    const first = (id: string) => tasksOf(id)[0] as Task;
    // Adherence to resolutions, 7 working days: Tue 09, Wed 10, Thu 11, (Fri 12), Sat 13,
    // Sun 14, Mon 15, Tue 16 → 1399/02/16 14:30. Late by Wed 17, Thu 18, (Fri 19), Sat 20 = 3.
    expect(getDeadlineStatus(first("sb-council-resolutions"), { now: NOW })).toMatchObject({
      state: "overdue",
      dueAt: "2020-05-05T14:30:00+04:30",
      dueDate: "1399/02/16",
      workingDaysLate: 3,
    });
    // 24-hour answers: Tuesday 1399/02/09 10:00. Late by 10, 11, 13–18, 20 = 9 working days.
    expect(getDeadlineStatus(first("sb-media-24h"), { now: NOW })).toMatchObject({
      state: "overdue",
      dueAt: "2020-04-28T10:00:00+04:30",
      dueDate: "1399/02/09",
      workingDaysLate: 9,
    });
    // The weekly report directive itself has no final deadline.
    expect(getDeadlineStatus(first("sb-weekly-report"), { now: NOW }).state).toBe("open");
    // Social networks, 5 working days: 09, 10, 11, 13, 14 → Sunday 1399/02/14.
    expect(getDeadlineStatus(first("sb-social-networks"), { now: NOW })).toMatchObject({
      dueDate: "1399/02/14",
      workingDaysLate: 5,
    });
    // Identify the needy by Monday 1399/02/22 (closing time), issued Monday 02/08 at 10:00 (290
    // hours before NOW), judged on working time (07:30–14:30): 02/08 from 10:00 (4.5 h), then
    // 09–11, 13–18, 20–22 (Fridays 12 and 19 off) = 12 days × 7 h: 88.5 h allowed. By NOW
    // (Saturday 02/20 12:00): 4.5 + 9 × 7 + 4.5 = 72 h → 72/88.5, due soon.
    expect(getDeadlineStatus(first("sb-identify-needy"), { now: NOW })).toMatchObject({
      state: "due-soon",
      dueAt: "2020-05-11T14:30:00+04:30",
      elapsed: 72 / 88.5,
    });
    // Five families by Saturday 1399/03/03: 72 h used by NOW, then 2.5 h more on 02/20 and the
    // 12 working days below × 7 h: 72 + 2.5 + 84 = 158.5 h allowed → open.
    const five = getDeadlineStatus(first("sb-five-families"), { now: NOW });
    expect(five).toMatchObject({ state: "open", dueDate: "1399/03/03", elapsed: 72 / 158.5 });
    // Working days left: 21–25, 27–31 (Friday 26 is also 21 Ramadan), 03/01, 03/03 = 12.
    expect(formatDeadlineStatus(five, { locale: "fa", now: NOW })).toBe("۱۲ روز کاری تا مهلت");
  });

  it("scores the agencies worst first", () => {
    const done = (t: Task, completedAt: string): Task => ({ ...t, completedAt });
    const tasks: Task[] = [];
    for (const id of ["sb-council-resolutions", "sb-media-24h", "sb-social-networks"]) {
      for (const t of tasksOf(id)) {
        if (id === "sb-media-24h" && t.agencyId === "sb-education")
          tasks.push(done(t, "2020-04-27T13:00:00+04:30")); // 3 hours: on time
        else if (id === "sb-media-24h" && t.agencyId === "sb-welfare")
          tasks.push(done(t, "2020-04-28T16:00:00+04:30")); // 30 hours: late
        else if (id === "sb-council-resolutions" && t.agencyId === "sb-welfare")
          tasks.push({
            ...t,
            // Extended on 1399/02/15 to Thursday 1399/02/23: due soon on the 20th.
            extensions: [
              { at: "2020-05-04T09:00:00+04:30", deadline: { type: "date", date: "1399/02/23" } },
            ],
          });
        else tasks.push(t);
      }
    }
    // Thursdays 1399/02/11 and 02/18 are working days: reports are due on them.
    expect(listReportDueDates("1399/02/08", "1399/02/20", { calendar })).toEqual([
      "1399/02/11",
      "1399/02/18",
    ]);
    const reports: WeeklyReportInput[] = [
      {
        id: "r1",
        agencyId: "sb-education",
        week: "1399/02/11",
        submittedAt: "2020-04-30T11:00:00+04:30",
      },
      {
        id: "r2",
        agencyId: "sb-education",
        week: "1399/02/18",
        submittedAt: "2020-05-07T12:00:00+04:30",
      },
      {
        id: "r3",
        agencyId: "sb-welfare",
        week: "1399/02/11",
        submittedAt: "2020-04-30T14:00:00+04:30",
      },
    ];
    const compliance = getReportCompliance(shahrBabak.agencies, {
      calendar,
      reports,
      from: "1399/02/08",
      to: "1399/02/20",
      now: NOW,
    });
    expect(compliance.find((c) => c.agencyId === "sb-welfare")).toMatchObject({
      due: 2,
      onTime: 1,
      missing: 1,
      onTimeRate: 0.5,
    });

    const cards = getAgencyScorecards(shahrBabak.agencies, {
      tasks,
      sponsorships: shahrBabak.sponsorships,
      reports,
      now: NOW,
    });
    const order = cards.map((c) => c.agencyId);
    // Nine agencies with all three tasks overdue, then education (2), then welfare (1).
    expect(cards.map((c) => c.overdue)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 1]);
    expect(order.slice(9)).toEqual(["sb-education", "sb-welfare"]);
    // Among the nine, the relief committee already covers households: the smallest
    // shortfall, so the last of them; the others by id.
    expect(order.slice(0, 8)).toEqual([...order.slice(0, 8)].sort());
    expect(order[8]).toBe("sb-relief");
    const relief = cards[8];
    const active = shahrBabak.sponsorships.filter(
      (s) => s.agencyId === "sb-relief" && s.status === "active",
    ).length;
    expect(relief?.sponsorship).toEqual({
      quota: 5,
      active,
      shortfall: Math.max(0, 5 - active),
    });
    expect(cards[10]).toMatchObject({
      agencyId: "sb-welfare",
      tasks: { "due-soon": 1, "done-late": 1, overdue: 1 },
      onTimeRate: 0, // 0 on time of 2 due by now (1 done late, 1 overdue; due-soon is not due)
      oldestOverdueTaskId: "sb-social-networks:sb-welfare",
      reports: { onTimeRate: 0.5, missing: 1 },
    });
    // Nine agencies with nothing done and three overdue: 0 of 3 due by now on time.
    expect(cards.slice(0, 9).map((c) => c.onTimeRate)).toEqual(Array(9).fill(0));
    expect(cards[9]).toMatchObject({
      agencyId: "sb-education",
      // Issue 16: 1 done on time of the 3 due by now (the other 2 overdue), not 1 of 1 done.
      onTimeRate: 1 / 3,
      // Social networks (due 02/14) is older than council resolutions (due 02/16).
      oldestOverdueTaskId: "sb-social-networks:sb-education",
      reports: { onTimeRate: 1, missing: 0 },
    });
  });
});
