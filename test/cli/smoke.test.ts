/**
 * The built CLI, spawned as a user runs it: the few cases that need a separate process (the
 * bin's start-up, its exit code and streams, no stack trace on a failure). Every other CLI
 * test runs `runCli` in-process (inProcess.ts); see also the spawned cases at the end of
 * runCli.test.ts and readInput.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { peygir, prepareCli, removeWorkDirs, workDir } from "./run";

beforeAll(prepareCli, 120_000);
afterAll(removeWorkDirs);

describe("the built peygir (spawned)", () => {
  it("prints the command list with --help and the package version with --version", () => {
    const help = peygir(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^peygir \d+\.\d+\.\d+/);
    expect(help.stdout).toContain("  allocate ");
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(peygir(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("allocates from CSV files and writes the result with a BOM", () => {
    const dir = workDir("agencies.csv", "households.csv");
    const args = ["--agencies", "agencies.csv", "--households", "households.csv"];
    const run = peygir(["allocate", ...args, "--since", "1399/05/01", "--out", "out.csv"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Wrote out.csv");
    const bytes = readFileSync(join(dir, "out.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toMatch(/^\ufeffid,agency_id,household_id,/);
  });

  it("exits 1 on invalid rows and 2 on a usage error, one line each, no stack trace", () => {
    const dir = workDir("agencies.csv", "households-broken.csv");
    const args = ["--agencies", "agencies.csv", "--households", "households-broken.csv"];
    const invalid = peygir(["allocate", ...args, "--since", "1399/05/01"], dir);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toContain("households-broken.csv:3: column national_id:");
    expect(invalid.stderr.trimEnd().split("\n").at(-1)).toBe(
      "peygir: 7 problems in the input; nothing was written",
    );
    const usage = peygir(["frobnicate"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command "frobnicate"');
    for (const run of [invalid, usage]) expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});
