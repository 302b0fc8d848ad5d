/**
 * Reads work-calendar options by hand (private), so that `createWorkCalendar` and every
 * calendar function run without zod: the zod `WorkCalendar` schema is about 85 KB minified,
 * which a page that only adds working days should not pay for (issue 15, item 6). The schema
 * stays public (and for JSON Schema) and is this reader's reference in a differential
 * property test (test/calendar/workCalendar/readCalendar.test-prop.ts): the two accept the
 * same inputs and give the same output, and refuse the same inputs with the same first
 * problem. Messages are those `toPeygirIssues` gives for the schema's issues.
 */
import { provinceNameOf } from "../../entities/internal/provinces";
import type { PeygirIssue } from "../../errors/PeygirError";
import { clockTimeToMinutes } from "../../internal/clockTime";
import { assertTimeZone } from "../../internal/timeZone";
import { WEEKDAYS } from "../../internal/weekdays";
import { withoutControls } from "../../text/internal/withoutControls";
import { normalizePersian } from "../../text/normalizePersian";
import type { WorkCalendar } from "../WorkCalendar";
import { BAD, FieldReader, type Fields, optional, type Path, type Read } from "./FieldReader";
import { RULE_ORDER_MESSAGE } from "./ruleOrder";

const WEEKDAY_VALUES = `must be one of: ${WEEKDAYS.map((day) => JSON.stringify(day)).join(", ")}`;
const KINDS = ["solar", "lunar", "mixed"] as const;
const KIND_VALUES = `must be one of: ${KINDS.map((kind) => JSON.stringify(kind)).join(", ")}`;

function readWeekend(r: FieldReader, value: unknown, path: Path): Read<readonly string[]> {
  const list = r.array(value, path);
  if (list === BAD) return BAD;
  let ok = true;
  list.forEach((day, i) => {
    if (!(WEEKDAYS as readonly unknown[]).includes(day))
      ok = r.note([...path, i], WEEKDAY_VALUES) && false;
  });
  if (!ok) return BAD;
  const seen = new Set<unknown>();
  list.forEach((day, i) => {
    if (seen.has(day)) ok = r.note([...path, i], "is repeated", false) && false;
    seen.add(day);
  });
  if (seen.size === 7)
    ok =
      r.note(path, "cannot hold all seven days (close with hours: null instead)", false) && false;
  return ok ? Object.freeze([...(list as string[])]) : BAD;
}

function readHours(r: FieldReader, value: unknown, path: Path): Read<Fields> {
  const fields = r.object(value, path);
  if (fields === BAD) return BAD;
  const start = r.clock(fields.start, [...path, "start"]);
  const end = r.clock(fields.end, [...path, "end"]);
  r.closed(fields, ["start", "end"], path);
  if (start === BAD || end === BAD) return BAD;
  if (clockTimeToMinutes(end) <= clockTimeToMinutes(start))
    return r.note([...path, "end"], "must be after start", false);
  return Object.freeze({ start, end });
}

function readRegion(r: FieldReader, value: unknown, path: Path): Read<Fields> {
  const fields = r.object(value, path);
  if (fields === BAD) return BAD;
  const start = r.issues.length;
  const out: Fields = {};
  let ok = true;
  const province = fields.province;
  if (typeof province !== "string") ok = r.note([...path, "province"], "expected string") && false;
  else {
    const name = provinceNameOf(province);
    if (name === undefined)
      ok =
        r.note(
          [...path, "province"],
          "must be one of Iran's 31 provinces, in Persian or English",
        ) && false;
    else out.province = name;
  }
  for (const key of ["county", "district"]) {
    // exactOptional: a key given as undefined is a string that is missing.
    if (!(key in fields)) continue;
    const text = r.text(fields[key], [...path, key], normalizePersian, true);
    if (text === BAD) ok = false;
    else out[key] = text;
  }
  // Closed, unlike an entity's region: a typo must not widen a rule to the whole province.
  r.closed(fields, ["province", "county", "district"], path);
  return ok && r.issues.length === start ? out : BAD;
}

function readHoliday(r: FieldReader, value: unknown, path: Path): Read<Fields> {
  const fields = r.object(value, path);
  if (fields === BAD) return BAD;
  const date = r.date(fields.date, [...path, "date"]);
  let names: Read<Fields[]> = BAD;
  const list = r.array(fields.names, [...path, "names"]);
  if (list !== BAD) {
    const read = list.map((name, i) => {
      const nameFields = r.object(name, [...path, "names", i]);
      if (nameFields === BAD) return BAD;
      const fa = r.text(nameFields.fa, [...path, "names", i, "fa"], withoutControls, true);
      const en = r.text(nameFields.en, [...path, "names", i, "en"], withoutControls, true);
      return fa === BAD || en === BAD ? BAD : { fa, en };
    });
    if (list.length < 1) r.note([...path, "names"], "must be at least 1 items", false);
    else if (!read.includes(BAD)) names = read as Fields[];
  }
  const kind = (KINDS as readonly unknown[]).includes(fields.kind)
    ? (fields.kind as string)
    : r.note([...path, "kind"], KIND_VALUES);
  const official =
    typeof fields.official === "boolean"
      ? fields.official
      : r.note([...path, "official"], "expected boolean");
  if (date === BAD || names === BAD || kind === BAD || official === BAD) return BAD;
  return { date, names, kind, official };
}

function readList<T>(
  r: FieldReader,
  value: unknown,
  path: Path,
  readItem: (item: unknown, itemPath: Path) => Read<T>,
): Read<readonly T[]> {
  const list = r.array(value, path);
  if (list === BAD) return BAD;
  const out = list.map((item, i) => readItem(item, [...path, i]));
  return out.includes(BAD) ? BAD : Object.freeze(out as T[]);
}

/** The `reason` and `source` of a rule or a closure, when given. */
function readNotes(r: FieldReader, out: Fields, fields: Fields, path: Path): boolean {
  let ok = true;
  for (const key of ["reason", "source"]) {
    ok = optional(out, fields, key, (v) => r.text(v, [...path, key], withoutControls, false)) && ok;
  }
  return ok;
}

function readRule(r: FieldReader, value: unknown, path: Path): Read<Fields> {
  const fields = r.object(value, path);
  if (fields === BAD) return BAD;
  const start = r.issues.length;
  const out: Fields = {};
  const from = r.date(fields.from, [...path, "from"]);
  let ok = from !== BAD;
  if (from !== BAD) out.from = from;
  ok = optional(out, fields, "to", (v) => r.date(v, [...path, "to"])) && ok;
  ok = optional(out, fields, "region", (v) => readRegion(r, v, [...path, "region"])) && ok;
  ok = optional(out, fields, "weekend", (v) => readWeekend(r, v, [...path, "weekend"])) && ok;
  ok =
    optional(out, fields, "hours", (v) =>
      v === null ? null : readHours(r, v, [...path, "hours"]),
    ) && ok;
  ok = readNotes(r, out, fields, path) && ok;
  r.closed(fields, ["from", "to", "region", "weekend", "hours", "reason", "source"], path);
  ok = ok && r.issues.length === start;
  // The rule's own checks run unless a field was of the wrong kind, on the values as read so
  // far (a date that failed its pattern, as written).
  if (r.fatalSince(start)) return BAD;
  const first = out.from ?? fields.from;
  const last = out.to ?? fields.to;
  if (last !== undefined && (last as string) < (first as string))
    ok = r.note([...path, "to"], RULE_ORDER_MESSAGE, false) && false;
  if (fields.weekend === undefined && fields.hours === undefined)
    ok = r.note(path, "must set weekend, hours or both", false) && false;
  return ok ? Object.freeze(out) : BAD;
}

function readClosure(r: FieldReader, value: unknown, path: Path): Read<Fields> {
  const fields = r.object(value, path);
  if (fields === BAD) return BAD;
  const out: Fields = {};
  const date = r.date(fields.date, [...path, "date"]);
  let ok = date !== BAD;
  if (date !== BAD) out.date = date;
  ok = optional(out, fields, "region", (v) => readRegion(r, v, [...path, "region"])) && ok;
  ok = readNotes(r, out, fields, path) && ok;
  ok = optional(out, fields, "hours", (v) => readHours(r, v, [...path, "hours"])) && ok;
  r.closed(fields, ["date", "region", "reason", "source", "hours"], path);
  return ok ? Object.freeze(out) : BAD;
}

function readHolidays(r: FieldReader, value: unknown, path: Path): Read<WorkCalendar["holidays"]> {
  if (value === "iran" || value === false) return value;
  if (!Array.isArray(value)) return r.note(path, "matches none of the allowed shapes");
  // As zod's union: the list's own problems when they are only checks (a blank name), one
  // "none of the shapes" when an item is not even a holiday's shape.
  const inner = new FieldReader();
  const list = readList(inner, value, path, (item, itemPath) => readHoliday(inner, item, itemPath));
  if (list !== BAD) return list as WorkCalendar["holidays"];
  if (inner.fatalSince(0)) return r.note(path, "matches none of the allowed shapes");
  for (const issue of inner.issues) r.note(issue.path, issue.message, false);
  return BAD;
}

const CALENDAR_KEYS = [
  "timeZone",
  "weekend",
  "hours",
  "holidays",
  "extraHolidays",
  "rules",
  "closures",
  "region",
] as const;

/**
 * Reads calendar options (or a calendar read back from JSON) into a `WorkCalendar`, or lists
 * every problem, in the order and with the messages `WorkCalendar.safeParse` gives.
 */
export function readCalendar(
  input: unknown,
):
  | { readonly ok: true; readonly value: WorkCalendar }
  | { readonly ok: false; readonly issues: PeygirIssue[] } {
  const r = new FieldReader();
  const fields = r.object(input ?? {}, []);
  if (fields === BAD) return { ok: false, issues: r.issues };
  const given = (key: string): unknown => fields[key];
  let timeZone: Read<string> = "Asia/Tehran";
  if (given("timeZone") !== undefined) {
    timeZone = r.text(given("timeZone"), ["timeZone"], (text) => text, false);
    if (timeZone !== BAD) {
      try {
        assertTimeZone(timeZone, "WorkCalendar");
      } catch {
        timeZone = r.note(["timeZone"], "must be an IANA time zone such as Asia/Tehran", false);
      }
    }
  }
  const weekend =
    given("weekend") === undefined
      ? Object.freeze(["friday"])
      : readWeekend(r, given("weekend"), ["weekend"]);
  const hours =
    given("hours") === undefined
      ? Object.freeze({ start: "07:30", end: "14:30" })
      : readHours(r, given("hours"), ["hours"]);
  const holidays =
    given("holidays") === undefined ? "iran" : readHolidays(r, given("holidays"), ["holidays"]);
  const extraHolidays =
    given("extraHolidays") === undefined
      ? Object.freeze([])
      : readList(r, given("extraHolidays"), ["extraHolidays"], (item, path) =>
          readHoliday(r, item, path),
        );
  const rules =
    given("rules") === undefined
      ? Object.freeze([])
      : readList(r, given("rules"), ["rules"], (item, path) => readRule(r, item, path));
  const closures =
    given("closures") === undefined
      ? Object.freeze([])
      : readList(r, given("closures"), ["closures"], (item, path) => readClosure(r, item, path));
  const region =
    given("region") === undefined ? undefined : readRegion(r, given("region"), ["region"]);
  r.closed(fields, CALENDAR_KEYS, []);
  if (r.issues.length > 0) return { ok: false, issues: r.issues };
  const value = {
    timeZone,
    weekend,
    hours,
    holidays,
    extraHolidays,
    rules,
    closures,
    ...("region" in fields ? { region } : {}),
  };
  return { ok: true, value: Object.freeze(value) as unknown as WorkCalendar };
}
