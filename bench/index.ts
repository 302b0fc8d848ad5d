/**
 * Runs every area's benchmarks in order (`npm run bench`). Each area's file exports `run`,
 * which prints its results as Markdown tables for BENCHMARKS.md.
 */
const areas: { name: string; load: () => Promise<{ run: () => Promise<void> }> }[] = [
  { name: "calendar", load: () => import("./calendar.bench") },
  { name: "deadlines", load: () => import("./deadlines.bench") },
  { name: "allocation", load: () => import("./allocation.bench") },
  // Runs the built CLI (dist/cli.js): `npm run check` builds before it benchmarks.
  { name: "cli", load: () => import("./cli.bench") },
  // Bundle sizes and start-up time of the built package (dist/): issue 15, item 6.
  { name: "package-cost", load: () => import("./packageCost.bench") },
];

const only = process.argv.slice(2);
for (const area of areas) {
  if (only.length > 0 && !only.includes(area.name)) continue;
  console.log(`\n## ${area.name}\n`);
  await (await area.load()).run();
}

export {};
