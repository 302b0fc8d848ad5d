import { defineConfig } from "tsup";

const external = ["zod", "date-fns-jalali", "nanoid"];

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external,
  },
  {
    // nanoid 5 is ESM-only, and require() of ESM needs Node ≥ 20.19; the CommonJS build
    // bundles it so that `require("peygir")` works on every Node 20.
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    external: external.filter((name) => name !== "nanoid"),
    noExternal: ["nanoid"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
