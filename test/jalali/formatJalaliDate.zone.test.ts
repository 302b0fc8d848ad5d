import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SOURCE = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

/** `formatJalaliDate` of each date in a separate process whose time zone is `timeZone`. */
function formatIn(timeZone: string, dates: readonly string[], pattern: string): string[] {
  const script = `import { formatJalaliDate } from ${JSON.stringify(SOURCE)};
const dates = ${JSON.stringify(dates)};
process.stdout.write(dates.map((date) => formatJalaliDate(date, { pattern: ${JSON.stringify(pattern)}, locale: "en" })).join("\\n"));`;
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script],
    {
      encoding: "utf8",
      env: { ...process.env, TZ: timeZone },
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.split("\n");
}

describe("formatJalaliDate in a process time zone that skipped a day", () => {
  // Samoa skipped Friday 30 December 2011 (1390/10/09) when it crossed the date line, and
  // Kiribati's Line Islands skipped Saturday 31 December 1994 (1373/10/10): no local time
  // of those days exists there. The weekdays are the historical ones.
  it.each([
    ["Pacific/Apia", "1390/10/09", "Friday"],
    ["Pacific/Kiritimati", "1373/10/10", "Saturday"],
  ])("formats the day itself under TZ=%s", (timeZone, date, weekday) => {
    expect(formatIn(timeZone, [date], "yyyy/MM/dd EEEE")).toEqual([`${date} ${weekday}`]);
  });

  it("gives the same text as under UTC for the days around them", () => {
    const pattern = "yyyy/MM/dd EEEE d MMMM QQQ do";
    const dates = ["1390/10/08", "1390/10/10", "1373/10/09", "1373/10/11"];
    const apia = formatIn("Pacific/Apia", dates, pattern);
    expect(apia).toHaveLength(4);
    expect(apia).toEqual(formatIn("UTC", dates, pattern));
  });
});
