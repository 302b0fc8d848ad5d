/**
 * What the package costs a user (issue 15, item 6), measured on the BUILT dist (`npm run build`
 * first), the way a user meets it:
 * - bundle size: an entry importing a few functions from "peygir", bundled with esbuild
 *   (`--bundle --minify --format=esm`, browser platform) and compressed with gzip level 9;
 * - start-up: a cold `import()` of the whole package in a fresh Node process, median of 10
 *   runs, against `node -e 1` and against `import("zod")` alone (zod's own load is a floor).
 *
 * `npx tsx bench/index.ts package-cost` (or `npx tsx bench/packageCost.bench.ts`).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
// Outside the repository: esbuild would otherwise apply tsconfig.json's "paths" (peygir → src).
const WORK = join(tmpdir(), `peygir-package-cost-${process.pid}`);
const RUNS = 10;

/** A bundle scenario: the entry's source and its target in gzip bytes. */
interface BundleCase {
  readonly name: string;
  readonly source: string;
  readonly targetGzip: number;
}

const BUNDLES: readonly BundleCase[] = [
  {
    name: "toJalaliDate only",
    source: `import { toJalaliDate } from "peygir";\nconsole.log(toJalaliDate(new Date()));\n`,
    targetGzip: 10 * 1024,
  },
  {
    name: "addWorkingDays + createWorkCalendar (Iranian holidays)",
    source: `import { addWorkingDays, createWorkCalendar } from "peygir";\nconst calendar = createWorkCalendar();\nconsole.log(addWorkingDays("1404/01/01", 10, { calendar }));\n`,
    targetGzip: 30 * 1024,
  },
  {
    name: "whole package (import *)",
    source: `import * as peygir from "peygir";\nconsole.log(Object.keys(peygir).length);\n`,
    targetGzip: Number.POSITIVE_INFINITY,
  },
];

/** A consumer folder whose node_modules/peygir is this repository, so "exports" apply. */
function prepare(): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, "node_modules"), { recursive: true });
  symlinkSync(ROOT, join(WORK, "node_modules", "peygir"), "dir");
  for (const name of ["zod", "date-fns-jalali", "nanoid"]) {
    symlinkSync(join(ROOT, "node_modules", name), join(WORK, "node_modules", name), "dir");
  }
}

/** The biggest inputs of a bundle, grouped by package (zod, date-fns-jalali, peygir …). */
function topPackages(metafile: Metafile, output: string): string {
  const inputs = metafile.outputs[output]?.inputs ?? {};
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = match?.[1] ?? (path.includes("dist/") ? "peygir (dist)" : "entry");
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB`)
    .join(", ");
}

async function measureBundles(): Promise<void> {
  console.log("| entry | minified | gzip -9 | target (gzip) | largest parts (minified) |");
  console.log("| --- | ---: | ---: | ---: | --- |");
  for (const [index, scenario] of BUNDLES.entries()) {
    const entry = join(WORK, `entry${index}.mjs`);
    writeFileSync(entry, scenario.source);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      outfile: join(WORK, `out${index}.js`),
      logLevel: "error",
    });
    const output = result.outputFiles[0];
    if (output === undefined) throw new Error("esbuild wrote nothing");
    const minified = output.contents.byteLength;
    const gzipped = gzipSize(output.contents);
    const outKey = Object.keys(result.metafile.outputs).find((key) => !key.endsWith(".map"));
    const target = Number.isFinite(scenario.targetGzip)
      ? `≤ ${scenario.targetGzip / 1024} KB ${gzipped <= scenario.targetGzip ? "✓" : "✗"}`
      : "—";
    console.log(
      `| ${scenario.name} | ${(minified / 1024).toFixed(1)} KB | ${(gzipped / 1024).toFixed(1)} KB | ${target} | ${outKey ? topPackages(result.metafile, outKey) : ""} |`,
    );
  }
}

/** Bytes after `gzip -9` (the command, as the issue measures; zlib level 9 where it is absent). */
function gzipSize(bytes: Uint8Array): number {
  const run = spawnSync("gzip", ["-9", "-c"], { input: bytes, maxBuffer: 1 << 30 });
  if (run.status === 0) return run.stdout.byteLength;
  return gzipSync(bytes, { level: 9 }).byteLength;
}

/** Wall time of `node <args>` in milliseconds (the process from spawn to exit). */
function timeNode(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: WORK, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  return elapsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function measureStartup(): void {
  const cases: { name: string; args: string[] }[] = [
    { name: "node -e 1", args: ["-e", "1"] },
    { name: 'import("zod") (the floor)', args: ["-e", 'import("zod")'] },
    {
      name: "zod + date-fns-jalali/format + 2 locales + nanoid (every dependency peygir loads)",
      args: [
        "-e",
        'Promise.all(["zod", "date-fns-jalali/format", "date-fns-jalali/locale/fa-IR", "date-fns-jalali/locale/en-US", "nanoid"].map((m) => import(m)))',
      ],
    },
    { name: 'import("peygir") (ESM)', args: ["-e", 'import("peygir")'] },
    { name: 'require("peygir") (CJS)', args: ["-e", 'require("peygir")'] },
  ];
  // Interleaved runs, so that a burst of load from other work touches every case alike.
  const times = cases.map(() => [] as number[]);
  timeNode(["-e", 'import("peygir")']); // warm the file-system cache once
  for (let run = 0; run < RUNS; run++) {
    for (const [index, { args }] of cases.entries()) times[index]?.push(timeNode(args));
  }
  const baseline = median(times[0] ?? []);
  console.log(`\n| start-up (median of ${RUNS}) | ms | over node -e 1 |`);
  console.log("| --- | ---: | ---: |");
  for (const [index, { name }] of cases.entries()) {
    const value = median(times[index] ?? []);
    const over = value - baseline;
    const mark = name.startsWith('import("peygir")') ? ` ${over <= 150 ? "✓" : "✗"} (≤ 150)` : "";
    console.log(`| ${name} | ${value.toFixed(0)} | +${over.toFixed(0)}${mark} |`);
  }
}

export async function run(): Promise<void> {
  prepare();
  try {
    await measureBundles();
    measureStartup();
  } finally {
    rmSync(WORK, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run();
}
