import type { ParseArgsConfig } from "node:util";

/** Parsed option values, as node:util parseArgs returns them. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One subcommand of the `peygir` CLI. */
export interface Command {
  /** The word after `peygir`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full help text, with an example. */
  readonly usage: string;
  /** The options, in node:util parseArgs form. */
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** Runs the command; resolves to the exit code. */
  run(values: OptionValues, positionals: readonly string[]): Promise<number> | number;
}
