import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The browser tests: `npx vitest run --config test/e2e/vitest.config.ts`. CI sets
// PEYGIR_TEST_JSON to collect a JSON report of the run (see .ci/run).
const jsonReport = process.env.PEYGIR_TEST_JSON;

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  resolve: { alias: { peygir: fileURLToPath(new URL("../../src/index.ts", import.meta.url)) } },
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    ...(jsonReport ? { reporters: ["default", "json"], outputFile: { json: jsonReport } } : {}),
  },
});
