// Issue 15's acceptance checks, run from outside the project against the packed tarball, as
// the issue's "Checked by" asks: the install section followed literally (npm pack, then
// `npm install <tarball> zod` in a fresh project), the calling convention and the types
// (literals type-check, input forms accepted, one rule for instants) compiled by tsc in that
// project, the test kit used from an outside vitest test, and the bundle sizes and start-up
// time measured on the installed package. Not part of the suite (it installs from the npm
// registry or cache); prints PASS/FAIL per check and exits 1 on any FAIL.
//
//   node scripts/accept-issue-15.mjs            # packs this checkout into a temporary project
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const bin = (name) => join(ROOT, "node_modules", ".bin", name);
const project = mkdtempSync(join(tmpdir(), "accept-15-"));
let failed = 0;
const check = (name, ok, detail = "") => {
  if (!ok) failed++;
  console.log(`${ok ? "PASS" : "FAIL"} ${name}${ok || detail === "" ? "" : `: ${detail}`}`);
};
const sh = (command, args, cwd) =>
  spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28, timeout: 600_000 });

// 1. The install section, literally: npm pack (prepack builds dist/), npm install <tgz> zod.
const packed = sh("npm", ["pack", "--pack-destination", project], ROOT);
const tarball = readdirSync(project).find((name) => name.endsWith(".tgz"));
check("npm pack writes a tarball", packed.status === 0 && tarball !== undefined, packed.stderr);
writeFileSync(
  join(project, "package.json"),
  JSON.stringify({ name: "accept-15", private: true, type: "module" }, null, 2),
);
const installed = sh("npm", ["install", "--no-audit", "--no-fund", `./${tarball}`, "zod"], project);
check("npm install <tarball> zod", installed.status === 0, installed.stderr.slice(-400));
// tsc, vitest and esbuild come from this checkout, not from the registry.
for (const name of ["typescript", "vitest", "esbuild"]) {
  const target = join(project, "node_modules", name);
  try {
    symlinkSync(join(ROOT, "node_modules", name), target, "dir");
  } catch {
    // already there
  }
}

// 2. The convention and the types: plain literals, input forms, InstantInput, ISO strings out.
writeFileSync(
  join(project, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    include: ["use.ts", "kit.test.ts"],
  }),
);
writeFileSync(
  join(project, "use.ts"),
  `import {
  addWorkingDays, addWorkingHours, allocateSponsorships, createProvinceCalendar,
  explainAllocation, formatDeadlineStatus, fromJalaliDate, getAgencyScorecards,
  getDeadlineStatus, getOfficeHours, getReportCompliance, isWorkingDay, listReportDueDates,
  renderFollowUpReport, resolveDueAt, toJalaliDate, type AgencyInput, type TaskInput,
} from "peygir";

// Literals, no parse call: a Jalali date in a deadline, an agency without \`active\`, an
// English province name.
const agencies: AgencyInput[] = [
  { id: "edu", name: "آموزش و پرورش", region: { province: "Kerman", county: "شهربابک" } },
  { id: "water", name: "آبفا", region: { province: "کرمان", county: "شهربابک" } },
];
const tasks: TaskInput[] = [
  { id: "t1", agencyId: "edu", title: "گزارش", issuedAt: "2025-04-06T09:00:00+03:30",
    deadline: { type: "date", date: "1404/01/20" }, directiveId: "d1" },
  { id: "t2", agencyId: "water", title: "گزارش", issuedAt: 1_743_917_400_000,
    deadline: { type: "working-days", days: 2 }, directiveId: "d1" },
];
const now = new Date("2025-04-20T10:00:00+03:30");
export const results = {
  working: isWorkingDay("۱۴۰۴/۱/۱۳"),
  plusOne: addWorkingDays("1404/01/12", 1),
  mazandaran: isWorkingDay("1404/07/17", { calendar: createProvinceCalendar("Mazandaran") }),
  hoursLater: addWorkingHours("2024-07-13T13:30:00+03:30", 2),
  office: getOfficeHours("1403/04/24"),
  midnight: fromJalaliDate("1403/04/25", { time: "14:30" }),
  due: resolveDueAt(tasks[0]!),
  status: getDeadlineStatus(tasks[1]!, { now: now.getTime() }),
  label: formatDeadlineStatus(getDeadlineStatus(tasks[0]!, { now }), { now }),
  day: toJalaliDate(now),
  reportDays: listReportDueDates("1404/01/15", "1404/01/31"),
  compliance: getReportCompliance(agencies, { reports: [], from: "1404/01/15", to: "1404/01/31", now }),
  cards: getAgencyScorecards(agencies, { tasks, now }),
  html: renderFollowUpReport(
    { id: "m1", body: { name: "شورای اداری", kind: "administrative-council" }, session: 1,
      date: "1404/01/16", chairId: "governor", status: "held" },
    { directives: [{ id: "d1", meetingId: "m1", title: "گزارش", assignees: "all-agencies",
      deadline: { type: "working-days", days: 2 }, issuedAt: "2025-04-05T09:00:00+03:30" }],
      tasks, agencies, now },
  ),
  allocation: allocateSponsorships(
    { agencies, households: [{ id: "h1", region: { province: "Kerman", county: "شهربابک" },
      head: { name: "سرپرست", nationalId: "9990000018" }, members: 4 }] },
    { since: "۱۴۰۴/۱/۲۰", perAgency: 1 },
  ),
};
export const explained = explainAllocation(results.allocation, "h1");
// Compiled, never run (it throws invalid_option): the calendar is never the first argument.
export const misuse = () =>
  // @ts-expect-error the calendar is an option, never the first argument
  isWorkingDay(createProvinceCalendar("Tehran"), "1404/01/15");
`,
);
const typed = sh(
  process.execPath,
  [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."],
  project,
);
check(
  "a user's file of literals type-checks against the installed types",
  typed.status === 0,
  typed.stdout.slice(0, 1500),
);

const compiled = sh(
  bin("esbuild"),
  [
    "use.ts",
    "--bundle",
    "--platform=node",
    "--format=esm",
    "--outfile=use.mjs",
    "--packages=external",
  ],
  project,
);
check("the file compiles", compiled.status === 0, compiled.stderr);
const run = sh(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `import("./use.mjs").then((m) => console.log(JSON.stringify({ r: m.results, e: m.explained })))`,
  ],
  project,
);
check("the file runs", run.status === 0, run.stderr.slice(0, 800));
if (run.status === 0) {
  const { r, e } = JSON.parse(run.stdout);
  const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?[+-]\d\d:\d\d$/;
  check(
    "isWorkingDay reads Persian digits, national calendar by default (13 Farvardin)",
    r.working === false,
  );
  check(
    // 12 Farvardin (Islamic Republic Day) and 13 (Nature Day) are holidays; 14 is a Thursday.
    "addWorkingDays over Nature Day",
    r.plusOne === "1404/01/14",
    r.plusOne,
  );
  check("a province calendar as an option", r.mazandaran === false);
  check(
    "one instant rule: addWorkingHours",
    r.hoursLater === "2024-07-14T08:30:00+03:30",
    r.hoursLater,
  );
  check(
    "one instant rule: getOfficeHours",
    ISO.test(r.office.start) && ISO.test(r.office.end),
    JSON.stringify(r.office),
  );
  check("one instant rule: fromJalaliDate", r.midnight === "2024-07-15T14:30:00+03:30", r.midnight);
  check("one instant rule: resolveDueAt", ISO.test(r.due), r.due);
  check("one instant rule: getDeadlineStatus().dueAt", ISO.test(r.status.dueAt), r.status.dueAt);
  check("locale defaults to Persian", /[\u06F0-\u06F9]|[\u0600-\u06FF]/.test(r.label), r.label);
  check(
    "canonical Jalali days come out",
    r.day === "1404/01/31" && r.reportDays.every((d) => /^\d{4}\/\d\d\/\d\d$/.test(d)),
  );
  check("getReportCompliance takes the agencies first", r.compliance.length === 2);
  check("getAgencyScorecards takes the agencies first", r.cards.length === 2);
  check(
    "renderFollowUpReport(meeting, options) with input forms",
    r.html.startsWith("<!DOCTYPE html>"),
  );
  check(
    "allocation from literals (English province, Persian-digit since)",
    r.allocation.sponsorships.length === 1 && r.allocation.sponsorships[0].since === "1404/01/20",
    JSON.stringify(r.allocation.sponsorships),
  );
  check(
    "explainAllocation in Persian by default",
    typeof e === "string" && /[\u0600-\u06FF]/.test(e),
  );
}

// 3. The test kit, from an outside test.
writeFileSync(
  join(project, "kit.test.ts"),
  `import { getDeadlineStatus, expandDirective } from "peygir";
import { createTestAgency, createTestDirective, shahrBabak, testInstants, testNationalId } from "peygir/testing";
import { expect, it } from "vitest";

it("uses peygir/testing from outside the project", () => {
  const agencies = [createTestAgency({ id: "a1" }), createTestAgency({ id: "a2" })];
  const tasks = expandDirective(createTestDirective({ assignees: "all-agencies" }), { agencies });
  expect(tasks).toHaveLength(2);
  const late = tasks.filter((t) => getDeadlineStatus(t, { now: testInstants.ashura1404 }).state === "overdue");
  expect(Array.isArray(late)).toBe(true);
  expect(shahrBabak.agencies.length).toBeGreaterThan(5);
  expect(testNationalId(1)).toMatch(/^\\d{10}$/);
});
`,
);
const kit = sh(
  process.execPath,
  [join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--root", project, "kit.test.ts"],
  project,
);
check(
  "the test kit works from an outside vitest test",
  kit.status === 0,
  (kit.stdout + kit.stderr).slice(-1200),
);

// 4. Bundle sizes and start-up, on the installed package.
const bundle = (name, source, limit) => {
  writeFileSync(join(project, `${name}.mjs`), source);
  execFileSync(
    bin("esbuild"),
    [`${name}.mjs`, "--bundle", "--minify", "--format=esm", `--outfile=${name}.out.js`],
    { cwd: project },
  );
  const gz = gzipSync(readFileSync(join(project, `${name}.out.js`)), { level: 9 }).length;
  check(`${name}: ${(gz / 1024).toFixed(1)} KB gzip (≤ ${limit} KB)`, gz <= limit * 1024);
};
bundle(
  "toJalaliDate",
  `import { toJalaliDate } from "peygir";\nconsole.log(toJalaliDate(new Date()));\n`,
  10,
);
bundle(
  "calendar-pair",
  `import { addWorkingDays, createWorkCalendar } from "peygir";\nconst calendar = createWorkCalendar();\nconsole.log(addWorkingDays("1404/01/01", 10, { calendar }));\n`,
  30,
);
const median = (args) => {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const t = process.hrtime.bigint();
    sh(process.execPath, args, project);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[5];
};
const base = median(["-e", "1"]);
const cold = median(["--input-type=module", "-e", `await import("peygir")`]);
check(
  `cold import("peygir"): +${Math.round(cold - base)} ms over node -e 1 (≤ 150)`,
  cold - base <= 150,
);

console.log(failed === 0 ? "all checks passed" : `${failed} check(s) failed`);
console.log(`project: ${project}`);
process.exit(failed === 0 ? 0 : 1);
