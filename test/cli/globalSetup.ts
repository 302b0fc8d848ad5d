import { buildCli } from "./buildCli";

/**
 * Builds the CLI once before the CLI tests (register in vitest.config.ts as
 * `globalSetup: ["test/cli/globalSetup.ts"]`); without it each test file builds on demand.
 */
export default async function setup(): Promise<void> {
  await buildCli();
  process.env.PEYGIR_CLI_BUILT = "1";
}
