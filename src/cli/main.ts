import { internalErrorLine, runCli } from "./runCli";

// The last resort for an error outside the command's promise (a stream's "error" event, a
// failure while printing a failure): one line, no stack trace, exit code 1.
function crash(error: unknown): void {
  try {
    process.stderr.write(`${internalErrorLine(error)}\n`);
  } finally {
    process.exit(1);
  }
}
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, crash);
