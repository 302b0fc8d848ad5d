import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCli } from "./buildCli";

/** The CLI fixtures directory. */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/cli");

/** A fixture's path. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** What one run of the CLI gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let cliPath: string | undefined;

/** Builds the CLI if needed (call in `beforeAll`). */
export async function prepareCli(): Promise<void> {
  cliPath = await ensureCli();
}

/** Runs the built CLI with `args` (in `cwd`), as a separate process, piped (not a TTY). */
export function peygir(args: readonly string[], cwd?: string): CliRun {
  if (cliPath === undefined) throw new Error("call prepareCli() in beforeAll");
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const created: string[] = [];

/** A fresh temporary directory (removed by {@link removeWorkDirs}), with `files` copied in. */
export function workDir(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "peygir-cli-"));
  created.push(dir);
  for (const file of files) copyFileSync(fixture(file), join(dir, file));
  return dir;
}

/** The names in `dir`, sorted (to check that no temporary or partial file is left). */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Removes the directories {@link workDir} made (call in `afterAll`). */
export function removeWorkDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
