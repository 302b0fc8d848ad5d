import { defineConfig } from "vitest/config";

// CI sets PEYGIR_TEST_JSON to collect a JSON report of each run (see .ci/run).
const jsonReport = process.env.PEYGIR_TEST_JSON;

export default defineConfig({
  resolve: { alias: { peygir: new URL("./src/index.ts", import.meta.url).pathname } },
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    // The CLI tests run the built CLI: build it once per run.
    globalSetup: ["test/cli/globalSetup.ts"],
    testTimeout: 60_000,
    ...(jsonReport ? { reporters: ["default", "json"], outputFile: { json: jsonReport } } : {}),
  },
});
