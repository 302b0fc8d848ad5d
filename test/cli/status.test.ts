import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli as peygir } from "./inProcess";
import { fixture, removeWorkDirs, workDir } from "./run";

afterAll(removeWorkDirs);

// Thursday 1399/02/25 12:00 in Tehran (daylight saving time, +04:30), as in the demo.
const NOW = "2020-05-14T12:00:00+04:30";

describe("peygir status", () => {
  it("gives each task's state, due time and working days", async () => {
    const run = await peygir([
      "status",
      "--tasks",
      fixture("tasks.csv"),
      "--now",
      NOW,
      "--format",
      "json",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const statuses = JSON.parse(run.stdout);
    const byId = Object.fromEntries(statuses.map((s: { id: string }) => [s.id, s]));
    // Worked out by hand on the Iranian calendar (Friday weekend, 07:30–14:30, no holiday in
    // these weeks of Ordibehesht 1399):
    // t1: 24 hours from Monday 1399/02/08 10:00, answered at 16:00 the same day.
    expect(byId.t1).toMatchObject({ state: "done-on-time", dueAt: "2020-04-28T10:00:00+04:30" });
    // t2: due 1399/02/22 (Monday) at the close, 14:30; Tue 23, Wed 24, Thu 25 have passed.
    expect(byId.t2).toMatchObject({
      state: "overdue",
      dueDate: "1399/02/22",
      dueAt: "2020-05-11T14:30:00+04:30",
      workingDaysLate: 3,
      label: "overdue by 3 working days",
    });
    // t3: 7 working days after Monday 02/08: Tue 09 … Thu 11, Sat 13 … Tue 16 (Friday 12
    // off) = due Tuesday 02/16 14:30; done Saturday 02/20: Wed 17, Thu 18, Sat 20 late.
    expect(byId.t3).toMatchObject({
      state: "done-late",
      dueDate: "1399/02/16",
      workingDaysLate: 3,
    });
    // t4: due Saturday 1399/03/03 (Eid al-Fitr fell on 03/04–05); from Thursday 02/25: Sat 27,
    // Sun 28, Mon 29, Tue 30, Wed 31, Thu 03/01 and Sat 03/03 (Fridays 26 and 03/02 off).
    expect(byId.t4).toMatchObject({
      state: "open",
      dueDate: "1399/03/03",
      label: "7 working days to deadline",
    });
    // t5: cancelled before its due day; t6: 24 hours from Wednesday 13:00, one hour left.
    expect(byId.t5.state).toBe("cancelled");
    expect(byId.t6).toMatchObject({ state: "due-soon", remainingMs: 3_600_000 });
  });

  it("accepts a Jalali --now and Persian labels, and prints a table", async () => {
    const table = await peygir([
      "status",
      "--tasks",
      fixture("tasks.csv"),
      "--now",
      "۱۳۹۹/۰۲/۲۵ ۱۲:۰۰",
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^task\s+agency\s+state\s+due/);
    expect(table.stdout).toMatch(
      /t2\s+sb-welfare\s+overdue\s+1399\/02\/22 14:30\s+overdue by 3 working days\s+شناسایی نیازمندان/,
    );
    expect(table.stdout).toContain("6 tasks: ");
    const csv = await peygir([
      "status",
      "--tasks",
      fixture("tasks.csv"),
      "--now",
      NOW,
      "--format",
      "csv",
      "--lang",
      "fa",
    ]);
    expect(csv.stdout.split("\r\n")[0]).toBe(
      "id,agency_id,directive_id,state,due_at,due_date,working_days_late,label",
    );
    expect(csv.stdout).toContain(
      "t2,sb-welfare,sb-identify-needy,overdue,2020-05-11T14:30:00+04:30,1399/02/22,3,۳ روز کاری تأخیر",
    );
  });

  it("follows a custom calendar file (Thursday off)", async () => {
    const dir = workDir("tasks.csv");
    writeFileSync(join(dir, "calendar.json"), JSON.stringify({ weekend: ["thursday", "friday"] }));
    const run = await peygir(
      [
        "status",
        "--tasks",
        "tasks.csv",
        "--now",
        NOW,
        "--calendar",
        "calendar.json",
        "--format",
        "json",
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const t3 = JSON.parse(run.stdout).find((s: { id: string }) => s.id === "t3");
    // Seven working days after Monday 02/08 without Thursdays: Tue 09, Wed 10, Sat 13,
    // Sun 14, Mon 15, Tue 16, Wed 17 (the Iranian default gives Tuesday 02/16).
    expect(t3.dueDate).toBe("1399/02/17");
  });

  it("reports bad calendar options with their paths (exit 1)", async () => {
    const dir = workDir("tasks.csv");
    writeFileSync(join(dir, "calendar.json"), JSON.stringify({ weekend: ["caturday"] }));
    const run = await peygir(
      ["status", "--tasks", "tasks.csv", "--now", NOW, "--calendar", "calendar.json"],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^calendar\.json: column weekend\.0: /m);
  });

  it("lists every invalid task row with the Persian header it came under", async () => {
    const run = await peygir(["status", "--tasks", fixture("tasks-broken.csv"), "--now", NOW]);
    expect(run.code).toBe(1);
    const lines = run.stderr
      .trimEnd()
      .split("\n")
      .map((line) => line.replace(/^.*tasks-broken\.csv/, "tasks-broken.csv"));
    expect(lines).toEqual([
      "tasks-broken.csv:2: column مهلت (deadline): must be a Jalali date [HH:mm], hours (24h), working days (3wd) or none",
      "tasks-broken.csv:3: column عنوان (title): must not be empty",
      "tasks-broken.csv:4: column زمان ابلاغ (issued_at): must be an ISO 8601 date-time with an offset, e.g. 2024-07-15T10:00:00+03:30",
      "peygir: 3 problems in the input; nothing was written",
    ]);
  });

  it("exits 2 on a bad --now, --region or --format", async () => {
    const tasks = fixture("tasks.csv");
    expect((await peygir(["status", "--tasks", tasks, "--now", "yesterday"])).code).toBe(2);
    expect(
      (await peygir(["status", "--tasks", tasks, "--now", NOW, "--region", "Atlantis"])).code,
    ).toBe(2);
    expect((await peygir(["status", "--tasks", tasks, "--now", NOW, "--format", "xml"])).code).toBe(
      2,
    );
    expect((await peygir(["status", "--now", NOW])).stderr).toContain("--tasks is required");
  });
});

describe("peygir workdays", () => {
  it("counts working days and lists the days off (Tasua and Ashura 1403)", async () => {
    const run = await peygir(["workdays", "1403/04/23", "1403/04/27"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 working days from 1403/04/23 to 1403/04/27");
    expect(run.stdout).toMatch(/1403\/04\/25\s+monday\s+تاسوعای حسینی/);
    const json = JSON.parse(
      (await peygir(["workdays", "1403/04/27", "1403/04/23", "--format", "json"])).stdout,
    );
    expect(json.workingDays).toBe(-2);
  });

  it("follows a province's working week (Mazandaran: Thursdays off from 1404/07/12)", async () => {
    const national = JSON.parse(
      (await peygir(["workdays", "1404/07/10", "1404/07/20", "--format", "json"])).stdout,
    );
    const mazandaran = JSON.parse(
      (
        await peygir([
          "workdays",
          "1404/07/10",
          "1404/07/20",
          "--region",
          "Mazandaran",
          "--format",
          "json",
        ])
      ).stdout,
    );
    // 11 … 20 Mehr: Friday 11 and 18 off; in Mazandaran Thursday 17 too.
    expect(national.workingDays).toBe(8);
    expect(mazandaran.workingDays).toBe(7);
  });

  it("exits 2 on a bad date", async () => {
    expect((await peygir(["workdays", "1403/04/32", "1403/05/01"])).code).toBe(2);
    expect((await peygir(["workdays", "1403/04/01"])).code).toBe(2);
  });
});
