import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

const external = ["zod", "date-fns-jalali", "nanoid"];

/**
 * Keeps every relative import as an import of the sibling output file (`./x` → `./x.js`), so
 * that each source file becomes one module of dist/ and a bundler drops whole modules that a
 * user does not reach ("sideEffects": false). One big index.js would defeat that: its top-level
 * zod schemas are calls a bundler must keep, and they hold all of zod.
 */
const oneModulePerFile: Plugin = {
  name: "one-module-per-file",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === "entry-point") return undefined;
      const target = resolve(dirname(args.importer), args.path);
      if (existsSync(`${target}.ts`)) return { path: `${args.path}.js`, external: true };
      if (existsSync(resolve(target, "index.ts"))) {
        return { path: `${args.path}/index.js`, external: true };
      }
      return undefined;
    });
  },
};

export default defineConfig([
  {
    // One output module per source file (see oneModulePerFile); the types come from the entry.
    entry: ["src/**/*.ts", "!src/cli/**", "!src/testing/**"],
    format: ["esm"],
    dts: { entry: { index: "src/index.ts" } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external,
    esbuildPlugins: [oneModulePerFile],
  },
  {
    // Node's own ESM loader pays per module file (130 files: +65 ms cold), so Node gets the whole
    // package as one module ("node" condition in package.json); bundlers get the files above.
    entry: { "index.node": "src/index.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
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
    // `peygir/testing`, the test kit: its own entry, never part of `import "peygir"`. It
    // imports the library as "peygir" (the package's own name), so at run time it shares the
    // user's copy (index.node.js, index.js or index.cjs by condition) instead of bundling one.
    entry: { testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "neutral",
    external: [...external, "peygir"],
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
