/**
 * The ESM build stays tree-shakable (issue 15, item 6): a browser page that imports only
 * `toJalaliDate` must not carry zod, and neither must the calendar. Builds the
 * ESM config of tsup.config.ts into its own directory (no types), then bundles entries with
 * esbuild as `bench/packageCost.bench.ts` does (--bundle --minify --format=esm, gzip -9). Sizes
 * are deterministic, so this is a test; the start-up time is only benchmarked.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build as bundle } from "esbuild";
import type { Options } from "tsup";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, ".tmp", "package-cost-test");

async function sizeOf(source: string): Promise<{ gzip: number; inputs: string[]; text: string }> {
  const entry = join(out, `entry-${Math.abs(hash(source))}.mjs`);
  writeFileSync(entry, source);
  const result = await bundle({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "error",
    outfile: join(out, "bundle.js"),
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error("esbuild wrote nothing");
  return {
    gzip: gzipSync(file.contents, { level: 9 }).byteLength,
    // The files that put bytes in the bundle (metafile.inputs also lists files shaken out).
    inputs: Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([path]) => path),
    ),
    text: file.text,
  };
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

describe("the ESM build is tree-shakable", () => {
  beforeAll(async () => {
    const { build } = await import("tsup");
    const configs = (await import("../tsup.config")).default as unknown as Options[];
    const esm = configs[0];
    if (esm === undefined) throw new Error("tsup.config.ts has no configs");
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    await build({ ...esm, outDir: out, dts: false, sourcemap: false, silent: true, config: false });
  }, 120_000);

  it("bundles toJalaliDate alone in ≤ 10 KB gzip, without zod", async () => {
    const { gzip, inputs } = await sizeOf(
      `import { toJalaliDate } from "./index.js";\nconsole.log(toJalaliDate(new Date(0)));\n`,
    );
    expect(inputs.filter((path) => path.includes("node_modules/zod/"))).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(10 * 1024);
  });

  it("bundles addWorkingDays + createWorkCalendar without zod, under 30 KB gzip", async () => {
    // 109 KB gzip when the dist was one module and zod was imported as `{ z }`; 38 KB while
    // createWorkCalendar read its options with the zod schema; ~14 KB since it reads them by
    // hand (see BENCHMARKS.md, "Package cost").
    const { gzip, inputs } = await sizeOf(
      `import { addWorkingDays, createWorkCalendar } from "./index.js";\nconsole.log(addWorkingDays("1404/01/01", 10, { calendar: createWorkCalendar() }));\n`,
    );
    expect(gzip).toBeLessThanOrEqual(30 * 1024);
    expect(inputs.filter((path) => path.includes("node_modules/zod/"))).toEqual([]);
  });

  it("imports date-fns-jalali from subpaths, never its root barrel", () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith(".js")) files.push(path);
      }
    };
    walk(out);
    const barrel = files.filter((file) =>
      /from\s*["']date-fns-jalali["']/.test(readFileSync(file, "utf8")),
    );
    expect(barrel).toEqual([]);
  });
});
