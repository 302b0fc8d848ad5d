import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli as peygir } from "./inProcess";
import { fixture, listDir, removeWorkDirs, workDir } from "./run";

afterAll(removeWorkDirs);

const COLUMNS = "id,agency_id,household_id,since,until,status,change,reason";

interface Row {
  readonly id: string;
  readonly agency: string;
  readonly household: string;
  readonly since: string;
  readonly until: string;
  readonly status: string;
  readonly change: string;
  readonly reason: string;
}

// The fixtures hold no quoted cells, so a split on commas reads them.
function rows(csv: string): Row[] {
  const [header, ...lines] = csv
    .replace(/^\ufeff/, "")
    .trimEnd()
    .split("\r\n");
  expect(header).toBe(COLUMNS);
  return lines.map((line) => {
    const [
      id = "",
      agency = "",
      household = "",
      since = "",
      until = "",
      status = "",
      change = "",
      reason = "",
    ] = line.split(",");
    return { id, agency, household, since, until, status, change, reason };
  });
}

function allocate(dir: string, households: string, ...extra: string[]) {
  return peygir(
    [
      "allocate",
      "--agencies",
      "agencies.csv",
      "--households",
      households,
      "--since",
      "1399/05/01",
      ...extra,
    ],
    dir,
  );
}

describe("peygir allocate", () => {
  it("writes every sponsorship and the unassigned, UTF-8 with BOM, atomically", async () => {
    const dir = workDir("agencies.csv", "households.csv", "sponsorships.csv");
    const run = await allocate(
      dir,
      "households.csv",
      "--existing",
      "sponsorships.csv",
      "--per-agency",
      "3",
      "--out",
      "out.csv",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/households\s+24/);
    expect(run.stdout).toContain("Wrote out.csv");
    expect(listDir(dir)).toEqual(["agencies.csv", "households.csv", "out.csv", "sponsorships.csv"]);

    const bytes = readFileSync(join(dir, "out.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const out = rows(bytes.toString("utf8"));
    const active = out.filter((row) => row.status === "active");
    // Each household at most once; each agency within its quota (5 in the file beats --per-agency).
    expect(new Set(active.map((row) => row.household)).size).toBe(active.length);
    const perAgency = new Map<string, number>();
    for (const row of active) perAgency.set(row.agency, (perAgency.get(row.agency) ?? 0) + 1);
    expect(perAgency.get("ag-agri")).toBeLessThanOrEqual(3);
    expect(perAgency.get("ag-old")).toBeUndefined();
    for (const count of perAgency.values()) expect(count).toBeLessThanOrEqual(5);
    // The existing sponsorship is kept; hh-07 excludes ag-edu; every household is accounted for.
    expect(out).toContainEqual(
      expect.objectContaining({ id: "sp-1", change: "kept", since: "1399/01/15" }),
    );
    expect(out.find((row) => row.household === "hh-07")?.agency).not.toBe("ag-edu");
    const households = new Set(out.filter((r) => r.change !== "released").map((r) => r.household));
    expect(households.size).toBe(24);
    const unassigned = out.filter((row) => row.change === "unassigned");
    expect(unassigned.length).toBe(24 - active.length);
    for (const row of unassigned) expect(row.reason).toMatch(/^(no-capacity|no-agency-in-scope)$/);
    // Quds has one agency with quota 5 for its 4 households; Shahr-e Babak 20 households, 4
    // active agencies (5, 5, 5 and --per-agency 3) = 18 places.
    expect(active.length).toBe(4 + 18);
  });

  it("reads quoted cells and quotes the output cells that need it", async () => {
    const dir = workDir("households.csv");
    writeFileSync(
      join(dir, "agencies.csv"),
      'id,name,province,county,quota\r\n"ag, edu","اداره ""نمونه""",کرمان,شهربابک,2\r\n',
    );
    const run = await allocate(dir, "households.csv", "--out", "out.csv");
    expect(run.code).toBe(0);
    const { parse } = await import("csv-parse/sync");
    const out = parse(readFileSync(join(dir, "out.csv")), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const added = out.filter((row) => row.change === "added");
    expect(added).toHaveLength(2);
    for (const row of added) {
      expect(row.agency_id).toBe("ag, edu");
      expect(row.id).toBe(`sp-ag, edu-${row.household_id}`);
    }
  });

  it("gives the same result for English, Persian-header and Windows-1256 files", async () => {
    const dir = workDir(
      "agencies.csv",
      "agencies-fa-bom.csv",
      "households.csv",
      "households-fa.csv",
      "households-1256.csv",
    );
    const outputs: string[] = [];
    for (const [i, file] of [
      "households.csv",
      "households-fa.csv",
      "households-1256.csv",
    ].entries()) {
      const run = await allocate(dir, file, "--out", `out-${i}.csv`);
      expect(run.code).toBe(0);
      outputs.push(readFileSync(join(dir, `out-${i}.csv`), "utf8"));
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const persianAgencies = await peygir(
      [
        "allocate",
        "--agencies",
        "agencies-fa-bom.csv",
        "--households",
        "households.csv",
        "--since",
        "۱۳۹۹/۰۵/۰۱",
        "--out",
        "out-fa.csv",
      ],
      dir,
    );
    expect(persianAgencies.code).toBe(0);
    expect(readFileSync(join(dir, "out-fa.csv"), "utf8")).toBe(outputs[0]);
  });

  it("reads its own output as the next run's --existing file and keeps everything", async () => {
    const dir = workDir("agencies.csv", "households.csv");
    expect((await allocate(dir, "households.csv", "--out", "run1.csv")).code).toBe(0);
    expect(
      (await allocate(dir, "households.csv", "--existing", "run1.csv", "--out", "run2.csv")).code,
    ).toBe(0);
    const second = rows(readFileSync(join(dir, "run2.csv"), "utf8"));
    expect(
      second.filter((row) => row.status === "active").every((row) => row.change === "kept"),
    ).toBe(true);
  });

  it("prints CSV to stdout (no BOM) and the summary to stderr without --out; JSON on request", async () => {
    const dir = workDir("agencies.csv", "households.csv");
    const csv = await allocate(dir, "households.csv");
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith(`${COLUMNS}\r\n`)).toBe(true);
    expect(csv.stderr).toMatch(/assigned\s+\d+/);
    const json = await allocate(dir, "households.csv", "--format", "json");
    const data = JSON.parse(json.stdout);
    expect(data.summary.households).toBe(24);
    expect(data.sponsorships.length).toBe(data.summary.assigned);
    expect((await allocate(dir, "households.csv", "--out", "out.json")).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8"))).toEqual(data);
  });

  it("reads JSON entities and reports their problems by element and path", async () => {
    const dir = workDir();
    const region = { province: "کرمان", county: "شهربابک" };
    writeFileSync(
      join(dir, "agencies.json"),
      JSON.stringify({
        agencies: [{ id: "a1", name: "اداره بهزیستی", region, sponsorshipQuota: 1 }],
      }),
    );
    const household = (id: string, nationalId: string, members: number) => ({
      id,
      head: { name: "خانوار نمونه", nationalId },
      members,
      region,
      vulnerabilities: ["elderly"],
      status: "verified",
    });
    writeFileSync(
      join(dir, "households.json"),
      JSON.stringify([household("h1", "9990000018", 2), household("h2", "9990000026", 6)]),
    );
    const ok = await peygir(
      [
        "allocate",
        "--agencies",
        "agencies.json",
        "--households",
        "households.json",
        "--since",
        "1399/05/01",
        "--format",
        "json",
      ],
      dir,
    );
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.stdout);
    expect(result.sponsorships.map((s: { householdId: string }) => s.householdId)).toEqual(["h2"]);
    expect(result.unassigned).toEqual([{ householdId: "h1", reason: "no-capacity" }]);

    writeFileSync(join(dir, "households.json"), JSON.stringify([household("h1", "9990000017", 0)]));
    const bad = await peygir(
      [
        "allocate",
        "--agencies",
        "agencies.json",
        "--households",
        "households.json",
        "--since",
        "1399/05/01",
      ],
      dir,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      "households.json[0]: column head.nationalId: national ID check digit does not match",
    );
    expect(bad.stderr).toContain("households.json[0]: column members: must be at least 1");
    expect(bad.stderr).not.toContain("9990000017");
  });

  it("lists every invalid row (line, column, reason), exits 1 and writes nothing", async () => {
    const dir = workDir("agencies.csv", "households-broken.csv");
    writeFileSync(join(dir, "out.csv"), "previous run\r\n");
    const run = await allocate(dir, "households-broken.csv", "--out", "out.csv");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      "households-broken.csv:3: column national_id: national ID check digit does not match",
      "households-broken.csv:4: column members: must be at least 1",
      expect.stringMatching(
        /^households-broken\.csv:5: column vulnerabilities: must be one of: "female-headed"/,
      ),
      "households-broken.csv:5: column monthly_income: must be a number",
      expect.stringMatching(
        /^households-broken\.csv:5: column status: must be one of: "identified"/,
      ),
      "households-broken.csv:6: column id: duplicate id (first on line 2)",
      "households-broken.csv:7: has 3 cells, the header has 13",
      "peygir: 7 problems in the input; nothing was written",
    ]);
    // No national ID or name of the file appears in the messages.
    const source = readFileSync(fixture("households-broken.csv"), "utf8");
    for (const id of source.match(/\d{10}/g) ?? []) expect(run.stderr).not.toContain(id);
    expect(run.stderr).not.toMatch(/سرپرست|آزمایشی/);
    // The old output is untouched and no temporary file is left.
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("previous run\r\n");
    expect(listDir(dir)).toEqual(["agencies.csv", "households-broken.csv", "out.csv"]);
  });

  it("reports the problems of every file at once", async () => {
    const dir = workDir("households-broken.csv");
    writeFileSync(join(dir, "agencies.csv"), "id,name\r\na1,x\r\n");
    const run = await allocate(dir, "households-broken.csv", "--existing", "missing.csv");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("agencies.csv:1: column province: required column is missing");
    expect(run.stderr).toContain("households-broken.csv:3: column national_id");
    expect(run.stderr).toContain("missing.csv: file not found");
  });

  it("exits 2 with the usage on a bad command line", async () => {
    const dir = workDir("agencies.csv", "households.csv");
    for (const args of [
      ["allocate", "--households", "households.csv", "--since", "1399/05/01"],
      ["allocate", "--agencies", "agencies.csv", "--households", "households.csv"],
      [
        "allocate",
        "--agencies",
        "agencies.csv",
        "--households",
        "households.csv",
        "--since",
        "1399/13/01",
      ],
      [
        "allocate",
        "--agencies",
        "agencies.csv",
        "--households",
        "households.csv",
        "--since",
        "1399/05/01",
        "--scope",
        "planet",
      ],
      [
        "allocate",
        "--agencies",
        "agencies.csv",
        "--households",
        "households.csv",
        "--since",
        "1399/05/01",
        "--per-agency",
        "-1",
      ],
    ]) {
      const run = await peygir(args, dir);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toContain("Usage: peygir allocate");
    }
    expect(listDir(dir)).toEqual(["agencies.csv", "households.csv"]);
  });
});
