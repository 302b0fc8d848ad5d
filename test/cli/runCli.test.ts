import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AllocationResult } from "../../src/allocation/index";
import { allocationCsv } from "../../src/cli/commands/allocate";
import { holidaysCommand } from "../../src/cli/commands/holidays";
import { renderStatuses, type TaskStatusRow } from "../../src/cli/commands/status";
import { PeygirError } from "../../src/errors/PeygirError";
import { shahrBabak } from "../../src/testing/scenario/seeds";
import { runInProcess } from "./inProcess";
import { fixture, listDir, peygir, prepareCli, removeWorkDirs, workDir } from "./run";

afterAll(removeWorkDirs);
afterEach(() => vi.restoreAllMocks());

// Characters a terminal obeys; tab and LF are allowed where a test says so.
function rawControls(text: string, allowed = "\n"): string[] {
  return [...text].filter(
    (char) =>
      !allowed.includes(char) && /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(char),
  );
}

const NOW = "2020-05-14T12:00:00+04:30";
const TITLE = "\u001b]0;pwned\u0007 x\u009b2J\u001b[2J";

describe("a failure nobody expected", () => {
  it("is one line with the error's class name: no message, no stack trace, exit 1", async () => {
    const error = new TypeError("Cannot read properties of 0013542419 (علی رضایی)");
    vi.spyOn(holidaysCommand, "run").mockRejectedValue(error);
    const run = await runInProcess(["holidays", "1404"]);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: "peygir: internal error (TypeError); please report it\n",
    });
  });

  it("names no data even when a thrown value poses as an error", async () => {
    vi.spyOn(holidaysCommand, "run").mockImplementation(() => {
      throw { name: "Rezaei", message: "0013542419", stack: "    at secret" };
    });
    const run = await runInProcess(["holidays", "1404"]);
    expect([run.code, run.stderr]).toEqual([
      1,
      "peygir: internal error (unknown); please report it\n",
    ]);
  });
});

describe("errors are printed with control characters escaped", () => {
  it("a PeygirError: its summary and each issue on a line of their own", async () => {
    const error = new PeygirError("invalid_option", "allocateSponsorships: invalid options", [
      { path: ["since"], message: "is required (\u001b[2J)" },
      { path: ["perAgency"], message: "must be at least 0" },
    ]);
    vi.spyOn(holidaysCommand, "run").mockRejectedValue(error);
    const run = await runInProcess(["holidays", "1404"]);
    expect([run.code, run.stderr]).toEqual([
      1,
      "peygir: allocateSponsorships: invalid options\n" +
        "  - since: is required (\\u001b[2J)\n" +
        "  - perAgency: must be at least 0\n",
    ]);
  });

  it("a usage error naming what was typed", async () => {
    const run = await runInProcess(["nope\u001b[2J\u009b"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('peygir: unknown command "nope\\u001b[2J\\u009b"');
    expect(rawControls(run.stderr)).toEqual([]);
  });

  it("a file-system error naming a path", async () => {
    const file = join(workDir(), "t\u001b]0;x\u0007\n.csv");
    writeFileSync(file, "");
    // Input tables report such paths as rows ("file not found"); a calendar file's other
    // file-system errors reach the last printer, which names the path escaped.
    const calendar = join(file, "x.json");
    const run = await runInProcess([
      "status",
      "--tasks",
      fixture("tasks.csv"),
      "--calendar",
      calendar,
      "--now",
      NOW,
    ]);
    expect([run.code, run.stderr]).toEqual([
      1,
      `peygir: ENOTDIR: not a directory, stat '${calendar}'\n`
        .replace("\u001b", "\\u001b")
        .replace("\u0007", "\\u0007")
        .replace("\n.csv", "\\u000a.csv"),
    ]);
  });

  it("a missing input file", async () => {
    const missing = join(workDir(), "gone\u001b]0;x\u0007\n.csv");
    const run = await runInProcess(["status", "--tasks", missing, "--now", NOW]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("gone\\u001b]0;x\\u0007\\u000a.csv");
    expect(rawControls(run.stderr)).toEqual([]);
  });

  it("the rows of an input error, one line each", async () => {
    const dir = workDir();
    const file = join(dir, "t\u001b[2J\r.csv");
    writeFileSync(file, "id,agency_id,title,issued_at\nt1,a,x,not a date\n");
    const run = await runInProcess(["status", "--tasks", file, "--now", NOW]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("t\\u001b[2J\\u000d.csv:2:");
    expect(rawControls(run.stderr)).toEqual([]);
  });
});

describe("data printed on the terminal has its control characters escaped", () => {
  function tasksFile(dir: string): string {
    const file = join(dir, "tasks.csv");
    writeFileSync(
      file,
      `id,agency_id,title,issued_at,deadline\nt1,sb-welfare,"${TITLE}",1399/02/08 10:00,1399/02/22\n`,
    );
    return file;
  }

  it("status as a table and as JSON", async () => {
    const file = tasksFile(workDir());
    const table = await runInProcess(["status", "--tasks", file, "--now", NOW]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^t1 +sb-welfare +overdue/m);
    expect(rawControls(table.stdout)).toEqual([]);
    const json = await runInProcess(["status", "--tasks", file, "--now", NOW, "--format", "json"]);
    expect(rawControls(json.stdout)).toEqual([]);
    expect(JSON.parse(json.stdout)[0].state).toBe("overdue");
  });

  it("workdays and holidays: a closure's reason", async () => {
    const dir = workDir();
    const calendar = join(dir, "calendar.json");
    writeFileSync(
      calendar,
      JSON.stringify({ closures: [{ date: "1403/04/24", reason: `heat${TITLE}` }] }),
    );
    const args = ["workdays", "1403/04/23", "1403/04/27", "--calendar", calendar];
    const workdays = await runInProcess(args);
    expect(workdays.code).toBe(0);
    expect(workdays.stdout).toContain("1403/04/24");
    expect(rawControls(workdays.stdout)).toEqual([]);
    const json = await runInProcess([...args, "--format", "json"]);
    expect(rawControls(json.stdout)).toEqual([]);
    const holidays = await runInProcess(["holidays", "1403", "--calendar", calendar]);
    expect(holidays.code).toBe(0);
    expect(rawControls(holidays.stdout)).toEqual([]);
  });
});

describe("CSV output has no live formula", () => {
  const hostile = [
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1+1",
    "@SUM(A1)",
    "\tx",
    "\rx",
    " =1",
    "＝1",
  ];

  it("allocate: every id column of added, kept, released and unassigned rows, and reasons", () => {
    const sponsorship = (i: number) => ({
      id: hostile[i % hostile.length] ?? "",
      agencyId: hostile[(i + 1) % hostile.length] ?? "",
      householdId: hostile[(i + 2) % hostile.length] ?? "",
      since: "1399/01/01",
      status: "active",
    });
    const kept = sponsorship(0);
    const result = {
      sponsorships: [kept, sponsorship(1)],
      kept: [kept],
      added: [sponsorship(1)],
      released: [{ sponsorship: sponsorship(2), reason: "=cmd|' /C calc'!A0" }],
      unassigned: [{ householdId: "@x", reason: "-no-capacity" }],
      agencies: [],
      summary: {},
    } as unknown as AllocationResult;
    const csv = [...allocationCsv(result, "1399/05/01")].join("");
    const cells = csv
      .replace(/^\ufeff/, "")
      .split("\r\n")
      .slice(1, -1)
      .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
      .map((cell) => cell.replace(/,$/, "").replace(/^"/, ""));
    expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) expect(cell).not.toMatch(/^(\s*[=+\-@＝＋－＠]|[\t\r])/);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(",kept,");
    expect(csv).toContain(`,unassigned,'-no-capacity\r\n`);
  });

  it("status --format csv: ids and the label", () => {
    const rows = [
      {
        task: { id: "=1+1", agencyId: "@a", directiveId: "-d", title: "=t" },
        status: { state: "overdue", dueAt: null, dueDate: null, workingDaysLate: -2 },
        label: "+label",
      },
    ] as unknown as TaskStatusRow[];
    expect(renderStatuses(rows, "csv").split("\r\n")[1]).toBe("'=1+1,'@a,'-d,overdue,,,-2,'+label");
  });
});

describe("--out", () => {
  function allocateArgs(dir: string, out: string): string[] {
    return [
      "allocate",
      "--agencies",
      join(dir, "agencies.csv"),
      "--households",
      relative(process.cwd(), join(dir, "households.csv")),
      "--since",
      "1399/05/01",
      "--out",
      out,
    ];
  }

  it("refuses an input, by another name too, and writes nothing (exit 2)", async () => {
    const dir = workDir("agencies.csv", "households.csv");
    const before = readFileSync(join(dir, "households.csv"), "utf8");
    for (const out of [
      join(dir, "households.csv"),
      `./${relative(process.cwd(), join(dir, "households.csv"))}`,
      join(dir, "agencies.csv"),
    ]) {
      const run = await runInProcess(allocateArgs(dir, out));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^peygir: --out .*: is also the --(households|agencies) input; give another path\n$/,
      );
    }
    expect(readFileSync(join(dir, "households.csv"), "utf8")).toBe(before);
    expect(listDir(dir)).toEqual(["agencies.csv", "households.csv"]);
  });

  it("refuses a named pipe and a missing directory (exit 2), and keeps a file's mode", async () => {
    const dir = workDir("agencies.csv", "households.csv");
    execFileSync("mkfifo", [join(dir, "pipe")]);
    const pipe = await runInProcess(allocateArgs(dir, join(dir, "pipe")));
    expect([pipe.code, pipe.stderr]).toEqual([
      2,
      `peygir: --out ${join(dir, "pipe")}: is a named pipe; give a regular file or a new path\n`,
    ]);
    expect(lstatSync(join(dir, "pipe")).isFIFO()).toBe(true);
    const nowhere = await runInProcess(allocateArgs(dir, join(dir, "no-dir", "out.csv")));
    expect([nowhere.code, nowhere.stderr]).toEqual([
      2,
      `peygir: --out ${join(dir, "no-dir", "out.csv")}: its directory does not exist\n`,
    ]);
    const out = join(dir, "out.csv");
    writeFileSync(out, "");
    execFileSync("chmod", ["600", out]);
    const run = await runInProcess(allocateArgs(dir, out));
    expect(run.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, "utf8")).toMatch(/^\ufeffid,agency_id/);
  });

  it("report: refuses the --data file, or a file of the --data directory", async () => {
    const dir = workDir();
    const data = join(dir, "data.json");
    const bundle = {
      meetings: shahrBabak.meetings,
      directives: shahrBabak.directives,
      agencies: shahrBabak.agencies,
      tasks: [],
    };
    writeFileSync(data, JSON.stringify(bundle));
    const args = ["report", "--meeting", shahrBabak.council.id, "--now", NOW];
    const file = await runInProcess([...args, "--data", data, "--out", data]);
    expect([file.code, file.stderr]).toEqual([
      2,
      `peygir: --out ${data}: is also the --data input; give another path\n`,
    ]);
    mkdirSync(join(dir, "d"));
    for (const key of Object.keys(bundle)) {
      writeFileSync(
        join(dir, "d", `${key}.json`),
        JSON.stringify(bundle[key as keyof typeof bundle]),
      );
    }
    const inDir = await runInProcess([
      ...args,
      "--data",
      join(dir, "d"),
      "--out",
      join(dir, "d", "tasks.json"),
    ]);
    expect(inDir.code).toBe(2);
    expect(inDir.stderr).toContain("is also the --data tasks.json input");
    expect(readFileSync(join(dir, "d", "tasks.json"), "utf8")).toBe("[]");
  });
});

describe("report --font-url", () => {
  it("refuses javascript:, data:, http: and //host URLs (exit 2) and writes nothing", async () => {
    const dir = workDir();
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:font/woff2;base64,AAAA",
      "http://fonts.example.com/V.woff2",
      "//fonts.example.com/V.woff2",
      'V.woff2")',
    ]) {
      const run = await runInProcess([
        "report",
        "--demo",
        "--out",
        join(dir, "r.html"),
        "--font-url",
        url,
      ]);
      expect(run.code, url).toBe(2);
      expect(run.stderr).toMatch(
        /^peygir: --font-url must be a path relative to the page or an https: URL/,
      );
    }
    expect(listDir(dir)).toEqual([]);
  });

  it("opens the page's font-src to that URL's origin only", async () => {
    const dir = workDir();
    const out = join(dir, "r.html");
    const https = await runInProcess([
      "report",
      "--demo",
      "--out",
      out,
      "--font-url",
      "https://cdn.example.com:8443/fonts/Vazirmatn[wght].woff2",
    ]);
    expect(https.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain('font-src data: https://cdn.example.com:8443">');
    await runInProcess(["report", "--demo", "--out", out, "--font-url", "fonts/V.woff2"]);
    expect(readFileSync(out, "utf8")).toContain("font-src data: 'self'\">");
    expect(readFileSync(out, "utf8")).not.toContain("font-src data: *");
  });
});

describe("the built CLI (spawned smoke tests)", () => {
  beforeAll(prepareCli, 120_000);

  it("escapes a hostile title in the status table and refuses a named pipe as --out", () => {
    const dir = workDir("agencies.csv", "households.csv");
    writeFileSync(
      join(dir, "tasks.csv"),
      `id,agency_id,title,issued_at,deadline\nt1,sb-welfare,"${TITLE}",1399/02/08 10:00,1399/02/22\n`,
    );
    const status = peygir(["status", "--tasks", "tasks.csv", "--now", NOW], dir);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^t1 +sb-welfare +overdue/m);
    expect(rawControls(status.stdout)).toEqual([]);
    execFileSync("mkfifo", [join(dir, "pipe")]);
    const args = ["--agencies", "agencies.csv", "--households", "households.csv"];
    const run = peygir(["allocate", ...args, "--since", "1399/05/01", "--out", "pipe"], dir);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      "",
      "peygir: --out pipe: is a named pipe; give a regular file or a new path\n",
    ]);
    expect(lstatSync(join(dir, "pipe")).isFIFO()).toBe(true);
  });
});
