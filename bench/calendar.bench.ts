/**
 * Calendar: working-day arithmetic against date-fns-jalali's business-day functions, and
 * Jalali conversion against date-fns-jalali's `format`/`parse` and jalaali-js, side by side
 * in one run.
 *
 * Every task runs a batch of 1,000 calls over pre-generated inputs (dates of 1402–1404,
 * spans of 1–365 days), so timer resolution does not matter; ops/s count single calls.
 *
 * Run: `npx tsx bench/index.ts calendar` (or `npm run bench`).
 */
import { addBusinessDays, differenceInBusinessDays, format, parse } from "date-fns-jalali";
import * as jalaali from "jalaali-js";
import { Bench } from "tinybench";
import { addWorkingDays } from "../src/calendar/addWorkingDays";
import { countWorkingDaysBetween } from "../src/calendar/countWorkingDaysBetween";
import { createWorkCalendar } from "../src/calendar/createWorkCalendar";
import { iranGovernmentRules } from "../src/calendar/iranGovernmentRules";
import { addJalaliDays } from "../src/jalali/addJalaliDays";
import { parseJalaliDate } from "../src/jalali/parseJalaliDate";
import { toJalaliDate } from "../src/jalali/toJalaliDate";

const BATCH = 1000;
const DAY = 86_400_000;

// A small deterministic generator (the benchmark must not depend on Math.random).
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = lcg(1404);
const start = Date.UTC(2023, 2, 21); // 1402/01/01
const instants: number[] = [];
const dates: Date[] = [];
const jalali: string[] = [];
const spans: number[] = [];
const ends: string[] = [];
const endDates: Date[] = [];
for (let i = 0; i < BATCH; i++) {
  const ms = start + Math.floor(random() * 3 * 365) * DAY + Math.floor(random() * DAY);
  const span = 1 + Math.floor(random() * 365);
  instants.push(ms);
  // date-fns-jalali works in the process's local time; a local noon keeps every zone on the day.
  const local = new Date(ms);
  local.setHours(12, 0, 0, 0);
  dates.push(local);
  const day = toJalaliDate(ms);
  jalali.push(day);
  spans.push(span);
  ends.push(addJalaliDays(day, span));
  const end = new Date(local);
  end.setDate(end.getDate() + span);
  endDates.push(end);
}
const reference = new Date(2024, 0, 1);
let sink: unknown;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

interface Row {
  readonly name: string;
  readonly opsPerSecond: number;
}

async function measure(tasks: Record<string, () => void>, time: number): Promise<Row[]> {
  const bench = new Bench({ time, warmupTime: 100 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result as { period?: number } | undefined;
    const period = result?.period ?? Number.NaN;
    return { name: task.name, opsPerSecond: (BATCH * 1000) / period };
  });
}

function ops(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${(n / 1e3).toFixed(0)} k`;
}

function table(title: string, rows: readonly Row[], baseline: string): void {
  const base = rows.find((row) => row.name === baseline)?.opsPerSecond ?? Number.NaN;
  console.log(`\n### ${title}\n`);
  console.log(`| task | ops/s | × ${baseline} |`);
  console.log("| --- | ---: | ---: |");
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${ops(row.opsPerSecond)} | ${(row.opsPerSecond / base).toFixed(2)} |`,
    );
  }
}

/** Prints the calendar benchmarks as Markdown tables. */
export async function run(): Promise<void> {
  const iran = createWorkCalendar();
  const national = createWorkCalendar({ rules: iranGovernmentRules });

  // Cold: building the tables of three years (holidays included) for a fresh calendar.
  const coldStart = performance.now();
  const cold = createWorkCalendar({ weekend: ["thursday", "friday"] });
  sink = countWorkingDaysBetween("1402/01/01", "1404/12/29", { calendar: cold });
  const coldMs = performance.now() - coldStart;

  const days = await measure(
    {
      "peygir addWorkingDays": () => {
        for (let i = 0; i < BATCH; i++)
          sink = addWorkingDays(jalali[i] as string, spans[i] as number, { calendar: iran });
      },
      "peygir addWorkingDays (with 1404 rules)": () => {
        for (let i = 0; i < BATCH; i++)
          sink = addWorkingDays(jalali[i] as string, spans[i] as number, { calendar: national });
      },
      "date-fns-jalali addBusinessDays": () => {
        for (let i = 0; i < BATCH; i++)
          sink = addBusinessDays(dates[i] as Date, spans[i] as number);
      },
      "peygir countWorkingDaysBetween": () => {
        for (let i = 0; i < BATCH; i++)
          sink = countWorkingDaysBetween(jalali[i] as string, ends[i] as string, {
            calendar: iran,
          });
      },
      "date-fns-jalali differenceInBusinessDays": () => {
        for (let i = 0; i < BATCH; i++)
          sink = differenceInBusinessDays(endDates[i] as Date, dates[i] as Date);
      },
    },
    1500,
  );

  const convert = await measure(
    {
      "peygir toJalaliDate": () => {
        for (let i = 0; i < BATCH; i++) sink = toJalaliDate(instants[i] as number);
      },
      'date-fns-jalali format(d, "yyyy/MM/dd")': () => {
        for (let i = 0; i < BATCH; i++) sink = format(dates[i] as Date, "yyyy/MM/dd");
      },
      "jalaali-js toJalaali + string": () => {
        for (let i = 0; i < BATCH; i++) {
          const { jy, jm, jd } = jalaali.toJalaali(dates[i] as Date);
          sink = `${jy}/${pad2(jm)}/${pad2(jd)}`;
        }
      },
      "peygir parseJalaliDate": () => {
        for (let i = 0; i < BATCH; i++) sink = parseJalaliDate(jalali[i] as string);
      },
      'date-fns-jalali parse(s, "yyyy/MM/dd", ref)': () => {
        for (let i = 0; i < BATCH; i++) sink = parse(jalali[i] as string, "yyyy/MM/dd", reference);
      },
      "jalaali-js split + isValid + toGregorian": () => {
        for (let i = 0; i < BATCH; i++) {
          const text = jalali[i] as string;
          const jy = Number(text.slice(0, 4));
          const jm = Number(text.slice(5, 7));
          const jd = Number(text.slice(8, 10));
          if (!jalaali.isValidJalaaliDate(jy, jm, jd)) throw new Error("invalid");
          const { gy, gm, gd } = jalaali.toGregorian(jy, jm, jd);
          sink = Date.UTC(gy, gm - 1, gd);
        }
      },
    },
    1000,
  );

  table("Working days (spans of 1–365 days)", days, "date-fns-jalali addBusinessDays");
  const get = (rows: readonly Row[], name: string) =>
    rows.find((row) => row.name === name)?.opsPerSecond ?? Number.NaN;
  const ratio = (rows: readonly Row[], a: string, b: string) =>
    (get(rows, a) / get(rows, b)).toFixed(1);
  console.log(
    `\naddWorkingDays ÷ addBusinessDays: ${ratio(days, "peygir addWorkingDays", "date-fns-jalali addBusinessDays")}× (target ≥ 10×); countWorkingDaysBetween ÷ differenceInBusinessDays: ${ratio(days, "peygir countWorkingDaysBetween", "date-fns-jalali differenceInBusinessDays")}× (target ≥ 10×). Cold calendar, three year tables: ${coldMs.toFixed(1)} ms.`,
  );
  table("Jalali conversion", convert, 'date-fns-jalali format(d, "yyyy/MM/dd")');
  console.log(
    `\ntoJalaliDate: ${ratio(convert, "peygir toJalaliDate", 'date-fns-jalali format(d, "yyyy/MM/dd")')}× format (target ≥ 5×), ${ratio(convert, "peygir toJalaliDate", "jalaali-js toJalaali + string")}× jalaali-js (target ≥ 0.5×); parseJalaliDate: ${ratio(convert, "peygir parseJalaliDate", 'date-fns-jalali parse(s, "yyyy/MM/dd", ref)')}× parse (target ≥ 5×), ${ratio(convert, "peygir parseJalaliDate", "jalaali-js split + isValid + toGregorian")}× jalaali-js (target ≥ 0.5×).`,
  );
  if (sink === Symbol.for("never")) console.log(sink);
}
