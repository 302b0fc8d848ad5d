import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Options } from "tsup";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Where the tests' copy of the CLI is built: the same tsup options as `dist/cli.js`, but its
 * own directory, so a test run never races `npm run build` (which cleans dist/) or another
 * engineer's build.
 */
export const CLI_DIR = join(root, ".tmp/cli-test");
export const CLI_PATH = join(CLI_DIR, "cli.js");

/** Builds the CLI with the cli entry of tsup.config.ts (into {@link CLI_DIR}). */
export async function buildCli(): Promise<void> {
  const { build } = await import("tsup");
  const configs = (await import("../../tsup.config")).default as unknown as Options[];
  const cli = configs.find(
    (config) => typeof config.entry === "object" && config.entry !== null && "cli" in config.entry,
  );
  if (cli === undefined) throw new Error("tsup.config.ts has no cli entry");
  await build({ ...cli, outDir: CLI_DIR, sourcemap: false, silent: true, config: false });
}

/** The newest modification time of the sources the CLI is built from. */
function sourcesMtime(): number {
  let newest = 0;
  const files = [join(root, "package.json"), join(root, "tsup.config.ts")];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, "src"));
  for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

function isFresh(): boolean {
  const built = statSync(CLI_PATH, { throwIfNoEntry: false });
  return built !== undefined && built.mtimeMs >= sourcesMtime();
}

/**
 * Builds the CLI unless the build is newer than every source: the vitest worker that gets the
 * lock builds, the others wait for it. Only the spawned smoke tests call it (through
 * `prepareCli` in run.ts), so a run without them builds nothing.
 */
export async function ensureCli(): Promise<string> {
  if (isFresh()) return CLI_PATH;
  const lock = `${CLI_DIR}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker holds the lock; a lock older than two minutes is stale.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    if (!isFresh()) await buildCli();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return CLI_PATH;
}
