import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// CI sets PEYGIR_TEST_JSON to collect a JSON report of each run (see .ci/run).
const jsonReport = process.env.PEYGIR_TEST_JSON;

// The suite is four projects, all run by `npm test` (`vitest run`); one alone with
// `npx vitest run --project unit` (or property, types, cli). CONTRIBUTING.md has the details.
export default defineConfig({
  resolve: {
    alias: [
      // The package's own names, as a user imports them (docs/testing.md), mapped to the source.
      {
        find: /^peygir\/testing$/,
        replacement: new URL("./src/testing/index.ts", import.meta.url).pathname,
      },
      { find: /^peygir$/, replacement: new URL("./src/index.ts", import.meta.url).pathname },
    ],
  },
  test: {
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    // Every core (vitest's default leaves one for itself, which idles: half the machine here).
    maxWorkers: availableParallelism(),
    ...(jsonReport ? { reporters: ["default", "json"], outputFile: { json: jsonReport } } : {}),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**", "test/cli/**", "node_modules/**"],
          // Pure functions: one module graph per worker, not per file (a test may not rely
          // on module state left by another file).
          pool: "threads",
          isolate: false,
        },
      },
      {
        // fast-check properties, sized for CI; PEYGIR_PROPERTY_RUNS multiplies every run count
        // (test/_support/runs.ts).
        extends: true,
        test: {
          name: "property",
          include: ["test/**/*.test-prop.ts"],
          setupFiles: ["test/_support/propertySetup.ts"],
          pool: "threads",
          isolate: false,
        },
      },
      {
        // Type tests (*.test-d.ts), checked by tsc; nothing runs.
        extends: true,
        test: {
          name: "types",
          include: [],
          typecheck: { enabled: true, only: true, include: ["test/**/*.test-d.ts"] },
        },
      },
      {
        // The CLI: runCli in-process (test/cli/inProcess.ts), which changes the working
        // directory, so forks, never threads; the spawned smoke tests build the CLI on demand
        // (test/cli/buildCli.ts).
        extends: true,
        test: { name: "cli", include: ["test/cli/**/*.test.ts"], pool: "forks", isolate: false },
      },
    ],
  },
});
