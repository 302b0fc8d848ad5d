/**
 * What the all-exports fuzz test (test/fuzz.test-prop.ts) feeds the public API and how it
 * judges the answers: recognisable personal data, hostile JSON values, well-formed argument
 * lists per export (mutated at random paths, so a call gets past the first check), and the
 * checks for JSON-safe results, proper errors and untouched inputs.
 */
import fc from "fast-check";
import * as peygir from "../../src/index";
import { nationalId } from "../allocation/_arbitraries";
import { fixtures as entityInputs } from "../entities/fixtures";
import * as report from "../report/fixtures";

// ---------------------------------------------------------------------------------------------
// Personal data: seeded into the inputs, never to be seen in an error.

/** A valid national ID, a mobile number and a name, as a clerk's file would hold them. */
export const PII = {
  nationalId: "0013542419",
  mobile: "09121234567",
  name: "علی رضایی",
} as const;

/** The forms of {@link PII} an error could show: as given, in Persian digits, reformatted. */
export const PII_FORMS: readonly string[] = [
  PII.nationalId,
  "۰۰۱۳۵۴۲۴۱۹",
  "001-354241-9",
  "9121234567", // also inside +989121234567
  "۹۱۲۱۲۳۴۵۶۷",
  PII.name,
  "رضایی",
  "رضايي", // Arabic yeh
];

// ---------------------------------------------------------------------------------------------
// Values.

const cal = peygir.createWorkCalendar();
/** A calendar as read back from JSON: not registered, validated on first use. */
const calJson = JSON.parse(
  JSON.stringify(peygir.createWorkCalendar({ region: { province: "کرمان" } })),
);

/** Objects that break naive code: no callable toString/valueOf, own `__proto__` keys. */
const nasty: unknown[] = [
  { toString: {} },
  { valueOf: {} },
  { toString: {}, valueOf: {} },
  JSON.parse('{"__proto__":{"polluted":1}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
  { length: 1e9 },
  { length: { toString: {} } },
  [null],
  [[]],
  [{}],
  {},
  [],
  null,
];

/** Values each export's domain uses, so that a replaced field is sometimes almost right. */
const domainish: unknown[] = [
  "",
  " ",
  "\u200c",
  "\ud800",
  "constructor",
  "__proto__",
  "toString",
  "fa",
  "en",
  "1403/04/25",
  "۱۴۰۳/۴/۲۵",
  "1299/12/29",
  "1300/01/01",
  "1500/12/29",
  "1501/01/01",
  "1403/12/30",
  "2024-07-15T10:00:00+03:30",
  "2024-07-15T10:00:00",
  "1900-01-01T00:00:00Z",
  "12:00",
  "24:00",
  "07:30",
  "Asia/Tehran",
  "Mars/Olympus",
  "thursday",
  "friday",
  "iran",
  "active",
  "verified",
  "hours",
  "weeks",
  "date",
  "working-days",
  "none",
  "all-agencies",
  "overdue",
  "Y",
  "YYYY",
  "D",
  "'",
  "yyyy/MM/dd",
  0,
  -1,
  1,
  0.5,
  24,
  1403,
  1e21,
  -1e21,
  1e308,
  -1e308,
  5e-324,
  2 ** 31,
  2 ** 53,
  8.64e15,
  true,
  false,
];

/** Personal data in any field, as a key, or in a list. */
const personal: unknown[] = [
  PII.nationalId,
  PII.mobile,
  PII.name,
  { [PII.nationalId]: 1 },
  { [PII.name]: PII.mobile },
  [PII.nationalId, PII.mobile, PII.name],
  { name: PII.name, nationalId: PII.nationalId, mobile: PII.mobile },
];

/** Any JSON value, weighted towards the ones that break code. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2, stringUnit: "binary" }) },
  { weight: 3, arbitrary: fc.constantFrom(...domainish) },
  { weight: 2, arbitrary: fc.constantFrom(...nasty) },
  { weight: 2, arbitrary: fc.constantFrom(...personal) },
);

// ---------------------------------------------------------------------------------------------
// Well-formed argument lists, one or more per function export.

const now = report.NOW;
const region = { province: "کرمان", county: "شهربابک", district: "مرکزی" };

function household(i: number, extra: object = {}): object {
  return {
    id: `h${i}`,
    head: {
      name: i === 1 ? PII.name : `سرپرست ${i}`,
      nationalId: i === 1 ? PII.nationalId : nationalId(i),
      ...(i === 1 ? { mobile: PII.mobile } : {}),
    },
    members: 1 + (i % 5),
    region: i % 3 === 0 ? { province: "کرمان", county: "رفسنجان" } : region,
    vulnerabilities: i % 2 === 0 ? ["female-headed", "job-loss"] : ["elderly"],
    monthlyIncome: 10_000_000 * i,
    status: i % 4 === 3 ? "identified" : "verified",
    ...extra,
  };
}

const allocationInput = {
  agencies: [
    { id: "a1", name: "بهزیستی", region, active: true, sponsorshipQuota: 2 },
    { id: "a2", name: "آموزش", region: { province: "کرمان", county: "شهربابک" }, active: true },
    { id: "a3", name: "آبفا", region: { province: "کرمان", county: "رفسنجان" }, active: false },
  ],
  households: [
    household(1),
    household(2, { needScore: 80, excludedAgencyIds: ["a2"] }),
    household(3),
    household(4),
    household(5, { head: { name: PII.name, nationalId: PII.nationalId } }),
    household(6, { status: "sponsored" }),
  ],
  existing: [
    { id: "sp-1", agencyId: "a1", householdId: "h6", since: "1402/01/15", status: "active" },
    { id: "sp-2", agencyId: "a3", householdId: "h3", since: "1402/01/15", status: "active" },
    {
      id: "sp-3",
      agencyId: "a2",
      householdId: "h4",
      since: "1401/01/15",
      until: "1402/01/14",
      status: "ended",
    },
  ],
};

const allocationOptions = {
  since: "1403/01/15",
  perAgency: 3,
  scope: "county",
  preferSameDistrict: true,
  need: { weights: { perExtraMember: 4, vulnerabilities: { elderly: 10 } } },
};

const allocation = peygir.allocateSponsorships(
  allocationInput as never,
  allocationOptions as never,
);
const allocationJson = JSON.parse(JSON.stringify(allocation));

const task = entityInputs.Task;
const tasks = [...report.tasks, task];
const statuses = tasks.map((t) => peygir.getDeadlineStatus(t, { now }));

const people = [...report.people, { id: "p2", name: PII.name, role: "expert", mobile: PII.mobile }];

const reportOptions = {
  meeting: report.meeting,
  directives: report.directives,
  tasks: report.tasks,
  agencies: report.agencies,
  sponsorships: report.sponsorships,
  reports: report.reports,
  people,
  now,
};

const calendarOptions = {
  weekend: ["thursday", "friday"],
  hours: { start: "08:00", end: "14:00" },
  extraHolidays: [
    {
      date: "1403/04/10",
      names: [{ fa: "تعطیلی محلی", en: "Local" }],
      kind: "other",
      official: false,
    },
  ],
  rules: [
    { from: "1403/02/20", to: "1403/06/31", weekend: ["thursday", "friday"], reason: "انرژی" },
  ],
  closures: [
    {
      date: "1403/05/01",
      region: { province: "کرمان" },
      reason: "گرما",
      hours: { start: "07:00", end: "10:00" },
    },
  ],
  region: { province: "کرمان", county: "شهربابک" },
};

/**
 * Well-formed argument lists per function export. The fuzz mutates them; a function export
 * without an entry here fails the test that asks for one.
 */
export const SEEDS: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  addJalaliDays: [
    ["1403/04/25", 10],
    ["1300/01/01", -1],
  ],
  addWorkingDays: [
    [cal, "1403/04/25", 3],
    [calJson, "1403/04/25", -30],
  ],
  addWorkingHours: [
    [cal, "2024-07-13T13:30:00+03:30", 2],
    [calJson, 1_720_863_000_000, -5.5],
    [cal, new Date("2024-07-13T10:00:00Z"), 0],
  ],
  getAgencyScorecards: [
    [
      {
        agencies: report.agencies,
        tasks,
        sponsorships: report.sponsorships,
        reports: report.reports,
        now,
        perAgency: 5,
        reportsFrom: "1403/04/01",
        weekday: "thursday",
        onNonWorkingDay: "previous-working-day",
        warnAt: 0.5,
      },
    ],
    [{ agencies: [entityInputs.Agency], tasks: [task], now, calendar: calJson }],
  ],
  allocateSponsorships: [
    [allocationInput, allocationOptions],
    [
      { agencies: allocationInput.agencies, households: allocationInput.households },
      { since: "1403/01/15" },
    ],
  ],
  createId: [["sp"], []],
  createWorkCalendar: [[calendarOptions], [], [{ holidays: false, timeZone: "UTC" }]],
  getDeadlineStatus: [
    [task, { now, calendar: cal, warnAt: 0.5 }],
    ...report.tasks.slice(0, 6).map((t) => [t, { now }]),
  ],
  replayTask: [
    [task, [entityInputs.TaskEvent], { now, calendar: cal, warnAt: 0.5, behindBy: 10 }],
    [task, [], { now }],
  ],
  expandDirective: [
    [entityInputs.Directive, { agencies: report.agencies }],
    [report.directives[1], { agencies: [...report.agencies, entityInputs.Agency] }],
  ],
  explainAllocation: [
    [allocation, "h1", { locale: "fa" }],
    [allocationJson, "h3", { locale: "en" }],
    [allocationJson, "h6", { locale: "en" }],
  ],
  formatDeadlineStatus: statuses.map((status, i) => [
    status,
    { locale: i % 2 === 0 ? "fa" : "en", now, ...(i % 3 === 0 ? { calendar: cal } : {}) },
  ]),
  formatJalaliDate: [
    ["1403/04/25", { pattern: "d MMMM yyyy", digits: "persian" }],
    ["1403/04/25", { pattern: "EEEE d MMMM", locale: "en" }],
    ["1397/3/21"],
  ],
  fromJalaliDate: [["1403/04/25", { time: "14:30" }], ["1400/04/25"]],
  getDaysOff: [
    [cal, "1403/04/26"],
    [calJson, "1403/01/01"],
  ],
  getIranianHolidays: [[1404], [1410, { source: "estimated" }], [1403, { source: "official" }]],
  isJalaliLeapYear: [[1403]],
  isValidNationalId: [[PII.nationalId], ["۰۰۱-۳۵۴۲۴۱-۹"]],
  isWorkingDay: [
    [cal, "1403/04/28"],
    [calJson, "1403/04/29"],
  ],
  countDaysBetween: [["1403/01/01", "1403/12/30"]],
  getJalaliWeekday: [["1403/04/25"]],
  maskMobile: [[PII.mobile], ["+98 912 123 4567"]],
  maskNationalId: [[PII.nationalId]],
  getNextWorkingDay: [
    [cal, "1403/04/25"],
    [calJson, "1403/12/29"],
  ],
  normalizeMobile: [[PII.mobile], ["۰۹۱۲ ۱۲۳ ۴۵۶۷"]],
  normalizePersian: [[PII.name], ["كرمان  ۱۲"]],
  getOfficeHours: [
    [cal, "1403/04/24"],
    [calJson, "1403/05/01"],
  ],
  parseJalaliDate: [["1397/3/21"], ["۱۴۰۳/۰۴/۲۵"]],
  getPreviousWorkingDay: [
    [cal, "1403/04/25"],
    [calJson, "1403/01/05"],
  ],
  createProvinceCalendar: [["Mazandaran"], ["گیلان", { county: "رشت", rules: [] }]],
  renderFollowUpReport: [
    [reportOptions],
    [
      {
        ...reportOptions,
        locale: "en",
        perAgency: 2,
        reportsFrom: "1403/04/01",
        calendar: calJson,
      },
    ],
    [
      {
        meeting: entityInputs.Meeting,
        directives: [entityInputs.Directive],
        tasks: [task],
        agencies: [entityInputs.Agency],
        now,
      },
    ],
  ],
  getReportCompliance: [
    [
      {
        calendar: cal,
        agencies: report.agencies,
        reports: report.reports,
        from: "1403/04/01",
        to: "1403/04/31",
        now,
        weekday: "thursday",
        onNonWorkingDay: "next-working-day",
      },
    ],
  ],
  listReportDueDates: [
    [cal, { from: "1403/04/01", to: "1403/05/10" }],
    [
      calJson,
      { from: "1403/04/01", to: "1403/04/31", weekday: "wednesday", onNonWorkingDay: "skip" },
    ],
  ],
  resolveDueAt: [[task, { calendar: cal }], ...report.tasks.slice(0, 5).map((t) => [t])],
  safeParseJalaliDate: [["1397/3/21"], ["1402/12/30"]],
  scoreNeed: [
    [household(1)],
    [household(2), { weights: { income: 40, incomeThreshold: 50_000_000 } }],
    [{ members: 8, vulnerabilities: ["female-headed", "disability", "orphans"], monthlyIncome: 0 }],
  ],
  createTehranHeadOfficesCalendar: [[], [{ rules: [] }]],
  toJalaliDate: [
    ["2024-07-15T20:00:00Z"],
    ["2024-07-15T21:00:00Z", { timeZone: "UTC" }],
    [1_720_000_000_000],
  ],
  toLatinDigits: [["۱۴۰۳/۰۴/۲۵"]],
  toPersianDigits: [["1403/04/25"], [1403]],
  countWorkingDaysBetween: [
    [cal, "1403/04/01", "1403/04/31"],
    [calJson, "1403/12/01", "1403/01/01"],
  ],
  countWorkingMinutesBetween: [
    [cal, "2024-07-13T08:00:00+03:30", "2024-07-20T12:00:00+03:30"],
    [calJson, now, "2024-01-01T00:00:00Z"],
  ],
};

/** Entity inputs for the schema exports, by schema name. */
export const SCHEMA_SEEDS: Readonly<Record<string, readonly unknown[]>> = {
  ...Object.fromEntries(Object.entries(entityInputs).map(([name, value]) => [name, [value]])),
  Household: [entityInputs.Household, household(1)],
  Person: [entityInputs.Person, people[1]],
  WorkCalendar: [calendarOptions, calJson],
  WorkRule: calendarOptions.rules,
  WorkClosure: calendarOptions.closures,
  WorkingHours: [calendarOptions.hours],
  CalendarRegion: [calendarOptions.region],
  Holiday: calendarOptions.extraHolidays,
};

// ---------------------------------------------------------------------------------------------
// Mutation: replace, delete or add a field at a random path of a well-formed value.

type Key = string | number;
interface Mutation {
  readonly pick: number;
  readonly kind: "replace" | "delete" | "add";
  readonly key: string;
  readonly value: unknown;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom("replace", "replace", "replace", "delete", "add"),
  key: fc.constantFrom("extra", "toString", "__proto__", "constructor", PII.nationalId, PII.name),
  value: anyValue,
});

function isContainer(value: unknown): value is Record<Key, unknown> {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

/** Every path below `root` (not `root` itself), depth first. */
function pathsOf(root: unknown): Key[][] {
  const out: Key[][] = [];
  const walk = (value: unknown, path: Key[]): void => {
    if (!isContainer(value) || path.length > 8) return;
    const keys: Key[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      const next = [...path, key];
      out.push(next);
      walk((value as Record<Key, unknown>)[key], next);
    }
  };
  walk(root, []);
  return out;
}

/** A shallow copy of an array or object that keeps own `__proto__` keys as keys. */
function shallowCopy(value: Record<Key, unknown>): Record<Key, unknown> {
  if (Array.isArray(value)) return [...value] as unknown as Record<Key, unknown>;
  const copy: Record<Key, unknown> = Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(value))
    Object.defineProperty(copy, key, {
      value: value[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

function setOwn(target: Record<Key, unknown>, key: Key, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** `root` with one mutation applied, copying only the containers on the path. */
function applyMutation(root: unknown, m: Mutation): unknown {
  const paths = pathsOf(root);
  if (paths.length === 0) return root;
  const path = paths[m.pick % paths.length] as Key[];
  const edit = (node: unknown, depth: number): unknown => {
    const copy = shallowCopy(node as Record<Key, unknown>);
    const key = path[depth] as Key;
    if (depth < path.length - 1) {
      setOwn(copy, key, edit(copy[key], depth + 1));
      return copy;
    }
    if (m.kind === "replace") setOwn(copy, key, m.value);
    else if (m.kind === "delete") {
      if (Array.isArray(copy)) copy.splice(key as number, 1);
      else delete copy[key];
    } else if (isContainer(copy[key]) && !Array.isArray(copy[key])) {
      const inner = shallowCopy(copy[key] as Record<Key, unknown>);
      setOwn(inner, m.key, m.value);
      setOwn(copy, key, inner);
    } else if (Array.isArray(copy[key])) {
      setOwn(copy, key, [...(copy[key] as unknown[]), m.value]);
    } else setOwn(copy, key, m.value);
    return copy;
  };
  return edit(root, 0);
}

/** A seed with 0 to 3 mutations. */
export function mutated<T>(seeds: readonly T[]): fc.Arbitrary<T> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutationArb, { maxLength: 3 }))
    .map(([seed, mutations]) => mutations.reduce<unknown>(applyMutation, seed) as T);
}

/** Argument lists for a function: mostly mutated seeds, some plain JSON values. */
export function argumentsFor(name: string): fc.Arbitrary<unknown[]> {
  const generic = fc.array(anyValue, { maxLength: 4 });
  const seeds = SEEDS[name];
  if (seeds === undefined || seeds.length === 0) return generic;
  return fc.oneof(
    { weight: 1, arbitrary: generic },
    { weight: 4, arbitrary: mutated(seeds.map((args) => [...args])) },
  );
}

/** Inputs for a schema: mostly mutated entities, some plain JSON values. */
export function schemaInputFor(name: string): fc.Arbitrary<unknown> {
  const seeds = SCHEMA_SEEDS[name];
  if (seeds === undefined || seeds.length === 0) return anyValue;
  // Wrapped so that the root itself can be replaced too.
  return fc.oneof(
    { weight: 1, arbitrary: anyValue },
    { weight: 3, arbitrary: mutated(seeds.map((seed) => ({ v: seed }))).map((w) => w.v) },
  );
}

// ---------------------------------------------------------------------------------------------
// Judging.

/** A deep copy that keeps Dates, functions (by reference), prototypes and `__proto__` keys. */
export function snapshot(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime());
  if (!isContainer(value)) return value;
  if (Array.isArray(value)) return value.map(snapshot);
  const copy: Record<Key, unknown> = Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(value)) setOwn(copy, key, snapshot(value[key]));
  return copy;
}

/**
 * Why `value` is not JSON-safe, or undefined when it is: null, booleans, strings, finite
 * numbers, plain objects and arrays of them, which `JSON.parse(JSON.stringify(v))` gives back
 * unchanged. Two documented exceptions: a valid `Date` (`resolveDueAt`, `fromJalaliDate`,
 * `addWorkingHours`, `getOfficeHours` return instants as `Date`) and a `PeygirError` inside a
 * result (`safeParseJalaliDate`'s failure), judged by {@link errorProblem}.
 */
export function jsonProblem(
  value: unknown,
  path: Key[] = [],
  seen = new Set<unknown>(),
): string | undefined {
  const at = path.length === 0 ? "(root)" : path.join(".");
  if (value === null || typeof value === "boolean" || typeof value === "string") return undefined;
  if (typeof value === "number")
    return Number.isFinite(value) ? undefined : `${at} is ${String(value)}`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? `${at} is an Invalid Date` : undefined;
  if (value instanceof peygir.PeygirError) return errorProblem(value);
  if (typeof value !== "object") return `${at} is ${typeof value}`;
  if (seen.has(value)) return `${at} is a cycle`;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null)
    return `${at} is a ${proto?.constructor?.name ?? "non-plain"} object`;
  if (Object.getOwnPropertySymbols(value).length > 0) return `${at} has symbol keys`;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) return `${at} has a hole at ${i}`;
        const problem = jsonProblem(value[i], [...path, i], seen);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) return `${[...path, key].join(".")} is undefined`;
      const problem = jsonProblem(item, [...path, key], seen);
      if (problem !== undefined) return problem;
    }
    return undefined;
  } finally {
    seen.delete(value);
  }
}

/** The text of an error a user could see: message, issues, its string form. */
export function errorText(error: unknown): string {
  const e = error as { message?: unknown; issues?: unknown };
  let issues = "";
  try {
    issues = JSON.stringify(e.issues) ?? "";
  } catch {
    issues = "(issues not serialisable)";
  }
  return `${String(e.message)}\n${issues}\n${String(error)}`;
}

/** The personal data {@link PII_FORMS} found in `text`. */
export function piiIn(text: string): string[] {
  return PII_FORMS.filter((form) => text.includes(form));
}

/**
 * Why `error` is not a proper peygir error, or undefined: a `PeygirError` with a code, at
 * least one issue, each issue a path (strings and numbers) and a message, and no personal
 * data anywhere in its text.
 */
export function errorProblem(error: unknown): string | undefined {
  if (!(error instanceof peygir.PeygirError))
    return `threw ${(error as Error)?.name ?? typeof error}: ${String((error as Error)?.message ?? error).slice(0, 300)}`;
  if (typeof error.code !== "string" || !/^[a-z_]+$/.test(error.code)) return "has no code";
  if (!Array.isArray(error.issues) || error.issues.length === 0)
    return `${error.code} without issues: ${error.message.slice(0, 200)}`;
  for (const issue of error.issues) {
    if (
      !Array.isArray(issue.path) ||
      !(issue.path as unknown[]).every(
        (key) => typeof key === "string" || typeof key === "number",
      ) ||
      typeof issue.message !== "string" ||
      issue.message.length === 0
    )
      return `${error.code} has an issue without a path or message`;
  }
  const leaked = piiIn(errorText(error));
  if (leaked.length > 0) return `${error.code} shows personal data: ${leaked.join(", ")}`;
  return undefined;
}
