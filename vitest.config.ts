import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    testTimeout: 30_000,
  },
});
