import { parseArgs } from "node:util";
import { PeygirError } from "../errors/PeygirError";
import { commands } from "./commands/index";
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

async function main(argv: readonly string[]): Promise<number> {
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`peygir: ${error.message}\n\n${error.usage}`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof InputError) {
      for (const rowError of error.errors) console.error(formatRowError(rowError));
      console.error(`peygir: ${error.message}; nothing was written`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof PeygirError) {
      // PeygirError messages never carry national IDs, phone numbers or names.
      console.error(`peygir: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
      // A file-system error (ENOENT, EACCES, …): its message names the path, nothing more.
      console.error(`peygir: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
      return;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
