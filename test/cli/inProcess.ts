import { format } from "node:util";
import { vi } from "vitest";
import { runCli } from "../../src/cli/runCli";
import type { CliRun } from "./run";

/** Options of {@link runInProcess}. */
export interface RunInProcessOptions {
  /** Run as if stdout were a terminal (default: a pipe). */
  readonly stdoutIsTTY?: boolean;
  /** The working directory to run in (default: this process's); restored afterwards. */
  readonly cwd?: string;
}

// A chunk written to a stream, as text.
function text(chunk: string | Uint8Array): string {
  return typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
}

// Sets `stream.isTTY` to `value` and returns a function that puts the old one back.
function setIsTTY(stream: NodeJS.WriteStream, value: boolean): () => void {
  const was = Object.getOwnPropertyDescriptor(stream, "isTTY");
  Object.defineProperty(stream, "isTTY", {
    value: value ? true : undefined,
    configurable: true,
    writable: true,
  });
  return () => {
    if (was === undefined) delete (stream as { isTTY?: boolean }).isTTY;
    else Object.defineProperty(stream, "isTTY", was);
  };
}

/**
 * Runs the CLI's {@link runCli} in this process with `argv`, capturing what it writes to
 * stdout and stderr (through `console` or the streams) and its exit code: what a spawned
 * `peygir` run gives (piped, not a TTY), without starting Node and loading the CLI again.
 * `cwd` uses `process.chdir`, so the CLI tests run in the `forks` pool (one test at a time
 * per process), never in worker threads.
 */
export async function runInProcess(
  argv: readonly string[],
  options: RunInProcessOptions = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      stdout += text(chunk);
      return true;
    }),
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr += text(chunk);
      return true;
    }),
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      stdout += `${format(...args)}\n`;
    }),
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      stderr += `${format(...args)}\n`;
    }),
  ];
  const restore = [
    setIsTTY(process.stdout, options.stdoutIsTTY === true),
    setIsTTY(process.stderr, false),
  ];
  const cwd = process.cwd();
  try {
    if (options.cwd !== undefined) process.chdir(options.cwd);
    const code = await runCli(argv);
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
    for (const spy of spies) spy.mockRestore();
    for (const undo of restore) undo();
  }
}

/** `peygir args` run in this process (in `cwd`): the in-process twin of `peygir()` in run.ts. */
export function cli(args: readonly string[], cwd?: string): Promise<CliRun> {
  return runInProcess(args, cwd === undefined ? {} : { cwd });
}
