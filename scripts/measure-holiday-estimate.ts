/**
 * Measures the holiday estimate against the official table of 1398–1405.
 *
 *   npx tsx scripts/measure-holiday-estimate.ts [--sweep]
 *
 * For each of the 141 lunar entries it compares the estimated date of the same Hijri day
 * (the last day of Safar for the Imam Reza holiday) with the official date, and prints the
 * counts per year (exact, a day off, worse), the misses, and two baselines computed the same
 * way with Intl's `islamic-civil` and `islamic-umalqura` calendars (the baselines only live
 * here, never in the library). `--sweep` also prints the exact count for a range of
 * visibility thresholds, which is how the library's threshold was chosen.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  hijriMonthIndex,
  hijriMonthStart,
  VISIBILITY_THRESHOLD,
} from "../src/calendar/holidays/hijriMonthStart";
import { canonicalToEpochDay, epochDayToString, MS_PER_DAY } from "../src/internal/epochDay";
import { parseHijriField } from "./_hijriField";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tablePath = resolve(root, "data/iran-official-holidays-1398-1405.json");

interface LunarEntry {
  date: string;
  day: number;
  year: number;
  hYear: number;
  hMonth: number;
  hDay: number;
  last: boolean;
  label: string;
}

const table = JSON.parse(readFileSync(tablePath, "utf8")) as {
  date: string;
  kind: string;
  hijri: string | null;
  occasion_en: string;
}[];
const lunar: LunarEntry[] = table
  .filter((e) => e.kind === "lunar")
  .map((e) => {
    const { year: hYear, month: hMonth, day: hDay } = parseHijriField(e.hijri, e.date);
    const last = hMonth === 2 && hDay >= 29;
    return {
      date: e.date,
      day: canonicalToEpochDay(e.date),
      year: Number(e.date.slice(0, 4)),
      hYear,
      hMonth,
      hDay,
      last,
      label: `${last ? "last" : hDay} ${e.hijri?.split(" ").slice(1, -1).join(" ")} ${hYear}`,
    };
  });

type Estimator = (e: LunarEntry) => number | undefined;

const visibility =
  (threshold: number): Estimator =>
  (e) => {
    const index = hijriMonthIndex(e.hYear, e.hMonth);
    return e.last
      ? hijriMonthStart(index + 1, threshold) - 1
      : hijriMonthStart(index, threshold) + e.hDay - 1;
  };

function intlEstimator(calendar: string): Estimator {
  const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
    timeZone: "UTC",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  });
  const hijriOf = (day: number): [number, number, number] => {
    const parts = format.formatToParts(new Date(day * MS_PER_DAY));
    const get = (type: string) =>
      Number.parseInt(parts.find((p) => p.type === type)?.value ?? "", 10);
    return [get("year"), get("month"), get("day")];
  };
  return (e) => {
    for (let delta = -6; delta <= 6; delta++) {
      const [y, m, d] = hijriOf(e.day + delta);
      if (e.last) {
        const [ny, nm, nd] = hijriOf(e.day + delta + 1);
        if (y === e.hYear && m === 2 && ny === e.hYear && nm === 3 && nd === 1)
          return e.day + delta;
      } else if (y === e.hYear && m === e.hMonth && d === e.hDay) return e.day + delta;
    }
    return undefined; // the calendar has no such day (e.g. its Safar has 29 days)
  };
}

interface Score {
  exact: number;
  offByOne: number;
  worse: number;
  missing: number;
  misses: string[];
}

function score(estimate: Estimator, entries: readonly LunarEntry[]): Score {
  const s: Score = { exact: 0, offByOne: 0, worse: 0, missing: 0, misses: [] };
  for (const e of entries) {
    const day = estimate(e);
    if (day === undefined) {
      s.missing++;
      continue;
    }
    const diff = day - e.day;
    if (diff === 0) s.exact++;
    else {
      if (Math.abs(diff) === 1) s.offByOne++;
      else s.worse++;
      s.misses.push(
        `${e.date} ${e.label}: estimated ${epochDayToString(day)} (${diff > 0 ? "+" : ""}${diff})`,
      );
    }
  }
  return s;
}

const years = [...new Set(lunar.map((e) => e.year))];
const estimate = visibility(VISIBILITY_THRESHOLD);
console.log(`Crescent visibility at Tehran, Odeh V >= ${VISIBILITY_THRESHOLD}`);
console.log("| Year | Lunar dates | Exact | Off by one | Worse |");
console.log("|---|---|---|---|---|");
for (const year of years) {
  const s = score(
    estimate,
    lunar.filter((e) => e.year === year),
  );
  console.log(
    `| ${year} | ${s.exact + s.offByOne + s.worse} | ${s.exact} | ${s.offByOne} | ${s.worse} |`,
  );
}
const total = score(estimate, lunar);
const pct = ((100 * total.exact) / lunar.length).toFixed(1);
console.log(
  `| all | ${lunar.length} | ${total.exact} (${pct}%) | ${total.offByOne} | ${total.worse} |`,
);
console.log("\nMisses:");
for (const line of total.misses) console.log(`  ${line}`);

console.log("\nBaselines (same entries; 'missing': the calendar has no such Hijri day):");
for (const calendar of ["islamic-civil", "islamic-umalqura"]) {
  const s = score(intlEstimator(calendar), lunar);
  const compared = lunar.length - s.missing;
  console.log(
    `  Intl ${calendar}: exact ${s.exact}/${compared}, off by one ${s.offByOne}, worse ${s.worse}, missing ${s.missing}`,
  );
}

if (process.argv.includes("--sweep")) {
  console.log("\nThreshold sweep (exact / off by one / worse):");
  for (let t = -1.5; t <= 3.001; t += 0.1) {
    const s = score(visibility(Math.round(t * 100) / 100), lunar);
    console.log(`  V >= ${t.toFixed(1).padStart(4)}: ${s.exact} / ${s.offByOne} / ${s.worse}`);
  }
}
