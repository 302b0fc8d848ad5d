import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The module itself, not the package index: each process loads less (the suite's time).
const SOURCE = fileURLToPath(new URL("../../src/jalali/formatJalaliDate.ts", import.meta.url));

const DAY = "yyyy/MM/dd EEEE";
const AROUND = "yyyy/MM/dd EEEE d MMMM QQQ do";
const AROUND_DATES = ["1390/10/08", "1390/10/10", "1373/10/09", "1373/10/11"];

/** What each time zone's process formats: [date, pattern] pairs, one process per zone. */
const JOBS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  "Pacific/Apia": [["1390/10/09", DAY], ...AROUND_DATES.map((date) => [date, AROUND] as const)],
  "Pacific/Kiritimati": [["1373/10/10", DAY]],
  UTC: AROUND_DATES.map((date) => [date, AROUND] as const),
};

const results = new Map<string, readonly string[]>();

/**
 * `formatJalaliDate` of each of `dates` with `pattern`, in a separate process whose time zone
 * is `timeZone` (one process per zone formats all of the zone's {@link JOBS}).
 */
function formatIn(timeZone: string, dates: readonly string[], pattern: string): string[] {
  const jobs = JOBS[timeZone] ?? [];
  let texts = results.get(timeZone);
  if (texts === undefined) {
    const script = `import { formatJalaliDate } from ${JSON.stringify(SOURCE)};
const jobs = ${JSON.stringify(jobs)};
process.stdout.write(jobs.map(([date, pattern]) => formatJalaliDate(date, { pattern, locale: "en" })).join("\\n"));`;
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { encoding: "utf8", env: { ...process.env, TZ: timeZone } },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    texts = run.stdout.split("\n");
    results.set(timeZone, texts);
  }
  const found = texts;
  return dates.map((date) => {
    const at = jobs.findIndex((job) => job[0] === date && job[1] === pattern);
    if (at < 0) throw new Error(`add ${date} (${pattern}) to JOBS["${timeZone}"]`);
    return found[at] as string;
  });
}

describe("formatJalaliDate in a process time zone that skipped a day", () => {
  // Samoa skipped Friday 30 December 2011 (1390/10/09) when it crossed the date line, and
  // Kiribati's Line Islands skipped Saturday 31 December 1994 (1373/10/10): no local time
  // of those days exists there. The weekdays are the historical ones.
  it.each([
    ["Pacific/Apia", "1390/10/09", "Friday"],
    ["Pacific/Kiritimati", "1373/10/10", "Saturday"],
  ])("formats the day itself under TZ=%s", (timeZone, date, weekday) => {
    expect(formatIn(timeZone, [date], DAY)).toEqual([`${date} ${weekday}`]);
  });

  it("gives the same text as under UTC for the days around them", () => {
    const apia = formatIn("Pacific/Apia", AROUND_DATES, AROUND);
    expect(apia).toHaveLength(4);
    expect(apia).toEqual(formatIn("UTC", AROUND_DATES, AROUND));
  });
});
