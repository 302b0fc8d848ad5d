/**
 * Deadlines: `getDeadlineStatus` over 1,000,000 mixed tasks (the four deadline types, open,
 * completed, cancelled and extended), warm and with a cold calendar cache.
 *
 * The tasks are generated deterministically, then round-tripped through JSON as if loaded
 * from storage.
 *
 * Run: `npx tsx bench/index.ts deadlines` (or `npm run bench`).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Bench } from "tinybench";
import { createWorkCalendar } from "../src/calendar/createWorkCalendar";
import { getDeadlineStatus, replayTask } from "../src/deadlines/index";
import type { DeadlineSpec } from "../src/entities/DeadlineSpec";
import type { Task } from "../src/entities/Task";
import type { TaskEventInput } from "../src/entities/TaskEvent";
import type { JalaliDate } from "../src/jalali/JalaliDate";

const COUNT = 1_000_000;
const MB = 1024 * 1024;

// A small deterministic generator (the benchmark must not depend on Math.random).
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** An ISO string at +03:30 for epoch ms (built from UTC fields, shifted). */
function tehranIso(ms: number): string {
  const d = new Date(ms + 3.5 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+03:30`;
}

function makeTasks(): Task[] {
  const random = lcg(1403);
  const start = Date.UTC(2024, 2, 20); // 1403/01/01
  const span = 360 * 86_400_000;
  const tasks: Task[] = new Array(COUNT);
  for (let i = 0; i < COUNT; i++) {
    const issued = start + Math.floor((random() * span) / 1000) * 1000;
    let deadline: DeadlineSpec;
    switch (i % 4) {
      case 0: {
        const month = 1 + Math.floor(random() * 12);
        const day = 1 + Math.floor(random() * 29);
        deadline =
          random() < 0.5
            ? { type: "date", date: `1403/${pad(month)}/${pad(day)}` as JalaliDate }
            : { type: "date", date: `1403/${pad(month)}/${pad(day)}` as JalaliDate, time: "10:00" };
        break;
      }
      case 1:
        deadline = { type: "hours", hours: 1 + Math.floor(random() * 72) };
        break;
      case 2:
        deadline = { type: "working-days", days: Math.floor(random() * 15) };
        break;
      default:
        deadline = { type: "none" };
    }
    const task: Task = {
      id: `t${i}`,
      agencyId: `a${i % 40}`,
      title: "پیگیری مصوبه",
      issuedAt: tehranIso(issued),
      deadline,
    };
    const r = random();
    if (r < 0.4) task.completedAt = tehranIso(issued + Math.floor(random() * 20 * 86_400) * 1000);
    else if (r < 0.45)
      task.cancelledAt = tehranIso(issued + Math.floor(random() * 5 * 86_400) * 1000);
    if (random() < 0.05)
      task.extensions = [
        { at: tehranIso(issued + 86_400_000), deadline: { type: "working-days", days: 10 } },
      ];
    tasks[i] = task;
  }
  // Tasks usually come from storage as JSON: round-trip them so the strings are laid out as
  // JSON.parse makes them (flat), not as the template literals above made them.
  const parsed: Task[] = [];
  for (let i = 0; i < COUNT; i += 100_000)
    parsed.push(...(JSON.parse(JSON.stringify(tasks.slice(i, i + 100_000))) as Task[]));
  return parsed;
}

// A full collection before each heap reading, so the figures are live data, not garbage.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

function heapMb(): number {
  collect();
  return process.memoryUsage().heapUsed / MB;
}

export async function run(): Promise<void> {
  const before = heapMb();
  const tasks = makeTasks();
  const afterTasks = heapMb();
  const now = new Date(Date.UTC(2025, 0, 15, 7, 0)); // 1403/10/26 10:30 Tehran
  const calendar = createWorkCalendar();
  const states = new Map<string, number>();
  let sink = 0;
  const pass = (options: Parameters<typeof getDeadlineStatus>[1]) => {
    for (let i = 0; i < COUNT; i++) {
      const status = getDeadlineStatus(tasks[i] as Task, options);
      sink += status.remainingMs ?? 0;
    }
  };
  for (const task of tasks.slice(0, 100_000)) {
    const s = getDeadlineStatus(task, { now, calendar }).state;
    states.set(s, (states.get(s) ?? 0) + 1);
  }

  // Cold: a fresh calendar each iteration, so every cached calendar answer is recomputed.
  const cold = new Bench({ iterations: 3, time: 0, warmup: false });
  cold.add("cold", () => pass({ now, calendar: createWorkCalendar() }));
  await cold.run();
  const warm = new Bench({ iterations: 5, time: 0, warmupIterations: 1 });
  warm.add("warm", () => pass({ now, calendar }));
  const heapBeforeRun = heapMb();
  await warm.run();
  const heapAfterRun = heapMb();
  // An ISO-string `now` (parsed once while it stays the same).
  const warmIso = new Bench({ iterations: 3, time: 0, warmupIterations: 1 });
  warmIso.add("warm-iso", () => pass({ now: "2025-01-15T10:30:00+03:30", calendar }));
  await warmIso.run();

  const rates = (bench: Bench) => {
    const result = bench.tasks[0]?.result as
      | { period?: number; latency?: { min?: number } }
      | undefined;
    const mean = COUNT / ((result?.period ?? Number.NaN) / 1000);
    const best = COUNT / ((result?.latency?.min ?? Number.NaN) / 1000);
    return [mean, best] as const;
  };
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  console.log("| case | statuses/s (mean) | statuses/s (best pass) | ms per 1M (mean) |");
  console.log("|---|---:|---:|---:|");
  for (const [name, bench] of [
    ["getDeadlineStatus, warm calendar cache, `now` a Date", warm],
    ["getDeadlineStatus, warm calendar cache, `now` an ISO string", warmIso],
    ["getDeadlineStatus, fresh calendar (cold caches) each pass", cold],
  ] as const) {
    const [mean, best] = rates(bench);
    console.log(`| ${name} | ${fmt(mean)} | ${fmt(best)} | ${fmt((COUNT / mean) * 1000)} |`);
  }
  await replay(tasks, now, calendar, rates(warm)[0]);
  console.log("");
  console.log("| heap | MB |");
  console.log("|---|---:|");
  console.log(`| the 1M tasks (input data) | ${(afterTasks - before).toFixed(0)} |`);
  console.log(
    `| calendar caches after the cold passes (live heap before the warm runs − tasks) | ${(heapBeforeRun - afterTasks).toFixed(0)} |`,
  );
  console.log(
    `| growth during 5 warm passes (5M statuses) | ${(heapAfterRun - heapBeforeRun).toFixed(0)} |`,
  );
  console.log("");
  console.log(
    `Mix: 1M tasks, a quarter each of date (half with a time), hours, working-days and none deadlines; 40% completed, 5% cancelled, 5% extended. States of the first 100k at the instant used: ${[...states].map(([k, v]) => `${k} ${v}`).join(", ")}. (checksum ${sink > 0 ? "+" : "-"})`,
  );
}

/** replayTask on 200,000 of the tasks with five events each, beside getDeadlineStatus. */
async function replay(
  tasks: readonly Task[],
  now: Date,
  calendar: ReturnType<typeof createWorkCalendar>,
  statusRate: number,
): Promise<void> {
  const count = 200_000;
  const hour = 3_600_000;
  const lives = tasks.slice(0, count).map((task) => {
    // The life is told by the events; the task keeps its deadline and extensions.
    const { completedAt: _done, cancelledAt: _cancelled, ...open } = task;
    const issued = Date.parse(task.issuedAt);
    const at = (hours: number) => tehranIso(issued + hours * hour);
    const events: TaskEventInput[] = [
      { id: "1", taskId: task.id, type: "acknowledged", at: at(2) },
      { id: "2", taskId: task.id, type: "progress", at: at(26), percent: 40, evidence: ["نامه"] },
      { id: "3", taskId: task.id, type: "held", at: at(30), reason: "بودجه" },
      { id: "4", taskId: task.id, type: "resumed", at: at(54) },
      { id: "5", taskId: task.id, type: "reported", at: at(80) },
    ];
    return [open as Task, events] as const;
  });
  let sink = 0;
  const bench = new Bench({ iterations: 3, time: 0, warmupIterations: 1 });
  bench.add("replay", () => {
    for (const [task, events] of lives)
      sink += replayTask(task, events, { now, calendar }).counts.holds;
  });
  await bench.run();
  const period = (bench.tasks[0]?.result as { period?: number } | undefined)?.period ?? Number.NaN;
  const rate = count / (period / 1000);
  console.log(
    `| replayTask, five events each, warm (200,000 tasks) | ${Math.round(rate).toLocaleString("en-US")} | — | ${Math.round((1e6 / rate) * 1000).toLocaleString("en-US")} |`,
  );
  console.log("");
  console.log(
    `replayTask ÷ getDeadlineStatus: ${(rate / statusRate).toFixed(2)}× (target: replay ≥ 1,000,000 tasks/s). (checksum ${sink})`,
  );
}
