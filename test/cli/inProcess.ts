import { format } from "node:util";
import { vi } from "vitest";
import { runCli } from "../../src/cli/runCli";
import type { CliRun } from "./run";

/** Options of {@link runInProcess}. */
export interface RunInProcessOptions {
  /** Run as if stdout were a terminal (default: a pipe). */
  readonly stdoutIsTTY?: boolean;
}

/**
 * Runs the CLI's {@link runCli} in this process with `argv`, capturing what it writes to
 * stdout and stderr (through `console` or the streams) and its exit code.
 */
export async function runInProcess(
  argv: readonly string[],
  options: RunInProcessOptions = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    }),
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    }),
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      stdout += `${format(...args)}\n`;
    }),
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      stderr += `${format(...args)}\n`;
    }),
  ];
  const wasTTY = Object.getOwnPropertyDescriptor(process.stdout, "isTTY");
  Object.defineProperty(process.stdout, "isTTY", {
    value: options.stdoutIsTTY === true ? true : undefined,
    configurable: true,
    writable: true,
  });
  try {
    const code = await runCli(argv);
    return { code, stdout, stderr };
  } finally {
    for (const spy of spies) spy.mockRestore();
    if (wasTTY === undefined) delete (process.stdout as { isTTY?: boolean }).isTTY;
    else Object.defineProperty(process.stdout, "isTTY", wasTTY);
  }
}
