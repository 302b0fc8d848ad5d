import { describe, expect, it } from "vitest";
import { getAgencyScorecards } from "../../src/deadlines/index";
import type { TaskInput as Task } from "../../src/entities/Task";

const agencies = [
  { id: "edu", name: "آموزش و پرورش", region: { province: "کرمان" } },
  { id: "water", name: "آبفا", region: { province: "کرمان" }, sponsorshipQuota: 3 },
];

describe("getAgencyScorecards", () => {
  it("follows its documented example", () => {
    const cards = getAgencyScorecards(agencies, {
      tasks: [
        {
          id: "a",
          agencyId: "edu",
          title: "پاسخ",
          issuedAt: "2024-07-13T09:00:00+03:30",
          deadline: { type: "hours", hours: 24 },
          completedAt: "2024-07-13T15:00:00+03:30",
        },
        {
          id: "b",
          agencyId: "water",
          title: "پاسخ",
          issuedAt: "2024-07-13T09:00:00+03:30",
          deadline: { type: "hours", hours: 24 },
        },
      ],
      sponsorships: [
        { id: "s1", agencyId: "edu", householdId: "h1", since: "1403/01/15", status: "active" },
      ],
      now: "2024-07-16T10:00:00+03:30",
    });
    expect(
      cards.map((c) => [c.agencyId, c.overdue, c.onTimeRate, c.sponsorship.shortfall]),
    ).toEqual([
      // water: 0 of its 1 due task on time; edu: 1 of 1.
      ["water", 1, 0, 3],
      ["edu", 0, 1, 4],
    ]);
  });

  it("counts states, punctuality, the oldest overdue task, sponsorships and reports", () => {
    const base = {
      agencyId: "edu",
      title: "کار",
      issuedAt: "2024-07-13T09:00:00+03:30", // Saturday 1403/04/23
    };
    const tasks: Task[] = [
      // Due Sunday 04/24 14:30; done Saturday → on time.
      {
        ...base,
        id: "t1",
        deadline: { type: "working-days", days: 1 },
        completedAt: "2024-07-13T12:00:00+03:30",
      },
      // Due Sunday 09:00; done Wednesday → late.
      {
        ...base,
        id: "t2",
        deadline: { type: "hours", hours: 24 },
        completedAt: "2024-07-17T12:00:00+03:30",
      },
      // Overdue since Saturday 04/23 14:30 (the oldest).
      { ...base, id: "t4", deadline: { type: "date", date: "1403/04/23" } },
      // Overdue since Sunday 09:00.
      { ...base, id: "t3", deadline: { type: "hours", hours: 24 } },
      // Cancelled; open without deadline; another agency's task is ignored.
      { ...base, id: "t5", deadline: { type: "none" }, cancelledAt: "2024-07-14T09:00:00+03:30" },
      { ...base, id: "t6", deadline: { type: "none" } },
      { ...base, id: "t7", agencyId: "roads", deadline: { type: "none" } },
    ];
    const [edu, water] = getAgencyScorecards(agencies, {
      tasks,
      sponsorships: [
        { id: "s1", agencyId: "edu", householdId: "h1", since: "1403/01/15", status: "active" },
        // Ended, starting later, or finished before today: none count.
        { id: "s2", agencyId: "edu", householdId: "h2", since: "1403/01/15", status: "ended" },
        { id: "s3", agencyId: "edu", householdId: "h3", since: "1403/05/01", status: "active" },
        {
          id: "s4",
          agencyId: "edu",
          householdId: "h4",
          since: "1403/01/15",
          until: "1403/04/01",
          status: "active",
        },
        { id: "s5", agencyId: "water", householdId: "h5", since: "1403/04/28", status: "active" },
      ],
      reports: [
        // Thursday 1403/04/21 on time; 04/28 missing (now is Sunday 1403/04/31).
        { id: "r1", agencyId: "edu", week: "1403/04/21", submittedAt: "2024-07-11T10:00:00+03:30" },
      ],
      now: "2024-07-21T10:00:00+03:30",
    });
    expect(edu).toEqual({
      agencyId: "edu",
      tasks: {
        open: 1,
        "due-soon": 0,
        overdue: 2,
        "done-on-time": 1,
        "done-late": 1,
        cancelled: 1,
      },
      // 1 done on time of 4 due by now (1 on time, 1 late, 2 overdue; open and cancelled not).
      onTimeRate: 0.25,
      overdue: 2,
      oldestOverdueTaskId: "t4",
      sponsorship: { quota: 5, active: 1, shortfall: 4 },
      reports: { onTimeRate: 0.5, missing: 1 },
    });
    expect(water).toEqual({
      agencyId: "water",
      tasks: {
        open: 0,
        "due-soon": 0,
        overdue: 0,
        "done-on-time": 0,
        "done-late": 0,
        cancelled: 0,
      },
      onTimeRate: null, // nothing was due
      overdue: 0,
      oldestOverdueTaskId: null,
      sponsorship: { quota: 3, active: 1, shortfall: 2 },
      reports: { onTimeRate: 0, missing: 2 },
    });
  });

  it("counts overdue work against the on-time rate; null when nothing was due (issue 16)", () => {
    const agencies = ["idle", "late", "good"].map((id) => ({
      id,
      name: id,
      region: { province: "کرمان" },
    }));
    // Issued Saturday 1403/04/23 09:00, 24 hours: due Sunday 09:00; now Wednesday 04/27.
    const base = {
      title: "پاسخ",
      issuedAt: "2024-07-13T09:00:00+03:30",
      deadline: { type: "hours", hours: 24 },
    } as const;
    const tasks = [
      ...[1, 2, 3].map((n) => ({ ...base, id: `late-${n}`, agencyId: "late" })),
      { ...base, id: "good-1", agencyId: "good", completedAt: "2024-07-13T12:00:00+03:30" },
      // Due Wednesday 1403/04/27 at closing: still open on Wednesday morning, not due yet.
      { ...base, id: "idle-1", agencyId: "idle", deadline: { type: "date", date: "1403/04/27" } },
    ] as const;
    const cards = getAgencyScorecards(agencies, { tasks, now: "2024-07-17T10:00:00+03:30" });
    // "late": nothing done, three overdue → 0 of 3, not 100%.
    expect(cards.map((c) => [c.agencyId, c.onTimeRate])).toEqual([
      ["late", 0],
      ["good", 1],
      ["idle", null], // nothing was due: sorts as best
    ]);
  });

  it("sorts worst first and breaks ties by agency id", () => {
    const many = ["c", "a", "b"].map((id) => ({
      id,
      name: "اداره",
      region: { province: "کرمان" },
    }));
    const cards = getAgencyScorecards(many, { tasks: [], now: "2024-07-21T10:00:00+03:30" });
    expect(cards.map((card) => card.agencyId)).toEqual(["a", "b", "c"]);
    expect(cards[0]?.reports).toBeUndefined();
  });

  it("reports a bad task with its index", () => {
    expect(() =>
      getAgencyScorecards(agencies, {
        tasks: [
          {
            id: "x",
            agencyId: "edu",
            title: "کار",
            issuedAt: "yesterday",
            deadline: { type: "none" },
          },
        ],
        now: "2024-07-21T10:00:00+03:30",
      }),
    ).toThrow(
      expect.objectContaining({
        code: "invalid_instant",
        issues: [expect.objectContaining({ path: ["options", "tasks", 0, "issuedAt"] })],
      }),
    );
  });

  it("rejects a task that is not an object, or one of a scored agency without an id", () => {
    // A task without an id once gave `oldestOverdueTaskId: undefined` (not JSON), and a null
    // task was skipped without a word.
    const now = "2024-07-21T10:00:00+03:30";
    const overdue = {
      agencyId: "edu",
      title: "کار",
      issuedAt: "2024-07-13T09:00:00+03:30",
      deadline: { type: "hours", hours: 24 },
    } as const;
    const cases: [unknown[], (string | number)[]][] = [
      [[overdue], ["options", "tasks", 0, "id"]],
      [[{ ...overdue, id: "" }], ["options", "tasks", 0, "id"]],
      [[{ ...overdue, id: 7 }], ["options", "tasks", 0, "id"]],
      [
        [{ ...overdue, id: "a" }, null],
        ["options", "tasks", 1],
      ],
    ];
    for (const [tasks, path] of cases) {
      expect(() => getAgencyScorecards(agencies, { tasks: tasks as Task[], now })).toThrow(
        expect.objectContaining({
          code: "invalid_input",
          issues: [expect.objectContaining({ path })],
        }),
      );
    }
  });

  it("rejects a quota that is not a whole number, and lists that are not arrays", () => {
    const now = "2024-07-21T10:00:00+03:30";
    for (const quota of [Number.NaN, Number.POSITIVE_INFINITY, -5, 2.5, "10"]) {
      const bad = [
        {
          id: "edu",
          name: "آموزش",
          region: { province: "کرمان" },
          sponsorshipQuota: quota as number,
        },
      ];
      expect(() => getAgencyScorecards(bad, { tasks: [], now })).toThrow(
        expect.objectContaining({
          code: "invalid_input",
          issues: [expect.objectContaining({ path: ["agencies", 0, "sponsorshipQuota"] })],
        }),
      );
    }
    for (const name of ["sponsorships", "reports"]) {
      expect(() => getAgencyScorecards(agencies, { tasks: [], now, [name]: {} })).toThrow(
        expect.objectContaining({
          code: "invalid_input",
          issues: [expect.objectContaining({ path: ["options", name] })],
        }),
      );
    }
  });
});
