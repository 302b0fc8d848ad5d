import { parseArgs } from "node:util";
import { PeygirError } from "../errors/PeygirError";
import { commands } from "./commands/index";
import { escapeControls } from "./format/escapeControls";
import { formatRowError, InputError } from "./io/InputError";
import { UsageError } from "./UsageError";
import { version } from "./version";

const HELP = `peygir ${version}: follow-up for Iranian local government

Usage: peygir <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join("\n")}

Options:
  --help     show help (also after a command: peygir demo --help)
  --version  print the version

Exit codes: 0 done, 1 invalid input (every problem is listed on stderr), 2 usage error.

Example:
  peygir demo --lang en`;

async function dispatch(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(HELP);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    console.log(version);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) throw new UsageError(`unknown command "${name}"`, HELP);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), command.usage);
  }
  if (parsed.values.help === true) {
    console.log(command.usage);
    return 0;
  }
  return command.run(parsed.values, parsed.positionals);
}

/**
 * Runs the CLI on `argv` (the arguments after `peygir`) and resolves to the exit code; never
 * rejects. Output goes to stdout and stderr; a failure is reported on stderr by
 * {@link reportFailure}.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    return reportFailure(error);
  }
}

// An error's class name, if it looks like one (a thrown object's `name` could be anything).
function errorName(error: unknown): string {
  const name = error instanceof Error ? error.name : undefined;
  return typeof name === "string" && /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(name) ? name : "unknown";
}

/**
 * Prints a failure on stderr, one line per problem with every control character escaped
 * ({@link escapeControls}), and returns the exit code: 2 for a usage error (with the usage),
 * 1 otherwise. An unexpected error prints only its class name, never its message or stack
 * trace, which could hold a cell's value.
 */
export function reportFailure(error: unknown): number {
  const line = (text: string): void => console.error(escapeControls(text));
  if (error instanceof UsageError) {
    line(`peygir: ${error.message}`);
    if (error.usage !== "") console.error(`\n${error.usage}`);
    return 2;
  }
  if (error instanceof InputError) {
    for (const rowError of error.errors) line(formatRowError(rowError));
    line(`peygir: ${error.message}; nothing was written`);
    return 1;
  }
  if (error instanceof PeygirError) {
    // PeygirError messages never carry national IDs, phone numbers or names. Their issues come
    // one per line after the summary: each line is printed (and escaped) on its own, so the
    // line breaks stay line breaks.
    const [summary, ...issues] = error.message.split("\n");
    line(`peygir: ${summary}`);
    for (const issue of issues) line(issue);
    return 1;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    // A file-system error (ENOENT, EACCES, …): its message names the path, nothing more.
    line(`peygir: ${error.message}`);
    return 1;
  }
  line(internalErrorLine(error));
  return 1;
}

/** The one line printed for an error nobody expected: its class name, nothing from the data. */
export function internalErrorLine(error: unknown): string {
  return `peygir: internal error (${errorName(error)}); please report it`;
}
