import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { cli as peygir } from "./inProcess";
import { removeWorkDirs } from "./run";

afterAll(removeWorkDirs);

describe("peygir (no command)", () => {
  it("prints the command list with --help, exit 0", async () => {
    const run = await peygir(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^peygir \d+\.\d+\.\d+/);
    for (const name of ["demo", "allocate", "status", "report", "holidays", "workdays", "schema"])
      expect(run.stdout).toContain(`  ${name} `);
  });

  it("prints the package version with --version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const run = await peygir(["--version"]);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("exits 2 with the usage on an unknown command or option", async () => {
    const unknown = await peygir(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(unknown.stderr).toContain("Usage: peygir <command>");
    const option = await peygir(["holidays", "1404", "--colour"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Usage: peygir holidays");
  });
});

describe("peygir schema", () => {
  it("prints one entity's JSON Schema", async () => {
    const run = await peygir(["schema", "household"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.head.properties).toHaveProperty("nationalId");
  });

  it("prints every entity keyed by name", async () => {
    const all = JSON.parse((await peygir(["schema"])).stdout);
    expect(Object.keys(all)).toEqual(expect.arrayContaining(["Agency", "Household", "Task"]));
  });

  it("exits 2 on an unknown entity", async () => {
    expect((await peygir(["schema", "Planet"])).code).toBe(2);
  });

  it("has --help with an example on every command", async () => {
    for (const name of ["demo", "allocate", "status", "report", "holidays", "workdays", "schema"]) {
      const run = await peygir([name, "--help"]);
      expect(run.code, name).toBe(0);
      expect(run.stdout).toContain(`Usage: peygir ${name}`);
      expect(run.stdout).toMatch(new RegExp(`Example:\\n  peygir ${name} `));
    }
  });
});

describe("peygir holidays", () => {
  it("lists 1404 from the official calendar (26 days, Nowruz first)", async () => {
    const run = await peygir(["holidays", "1404", "--format", "json"]);
    expect(run.code).toBe(0);
    const holidays = JSON.parse(run.stdout);
    expect(holidays).toHaveLength(26);
    expect(holidays[0]).toMatchObject({ date: "1404/01/01", official: true });
  });

  it("prints a table with Persian names as they are", async () => {
    const run = await peygir(["holidays", "۱۴۰۴"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^date\s+weekday\s+occasion/);
    expect(run.stdout).toContain("1404/01/13  wednesday  روز طبیعت");
  });

  it("lists a province's days off and working days with --region", async () => {
    const run = await peygir(["holidays", "1404", "--region", "مازندران", "--format", "json"]);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.region).toEqual({ province: "مازندران" });
    expect(data.daysOff).toHaveLength(26);
    const national = JSON.parse(
      (await peygir(["holidays", "1404", "--region", "گیلان", "--format", "json"])).stdout,
    );
    // Mazandaran's offices close on Thursdays from 12 Mehr 1404; Gilan's do not.
    expect(data.workingDays).toBeLessThan(national.workingDays);
  });

  it("exits 2 on a year out of range", async () => {
    expect((await peygir(["holidays", "1200"])).code).toBe(2);
    expect((await peygir(["holidays"])).code).toBe(2);
    expect((await peygir(["holidays", "1404", "--region", "Atlantis"])).code).toBe(2);
  });
});
