import { describe, expect, it } from "vitest";
import { createWorkCalendar, getDaysOff, Task, WorkClosure } from "../src/index";
import { exportedSchemas, schemaSamples } from "./_support/schemaSamples";

// A terminal reads ESC ] 0 ; … BEL as "set the window title", and ESC [ or the one-byte CSI
// (U+009B) as the start of a command (2J clears the screen). With NUL, DEL, NEL and the
// whitespace controls, every kind of control character a text field could bring in.
const HOSTILE = "\u001b]0;pwned\u0007 \u009b2J\u0000\t\n\r\u007f\u0085\u000b\u000c";

/** The first control character (C0, DEL or C1) in a text, as `U+…`, or `undefined`. */
function controlIn(text: string): string | undefined {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
      return `U+${code.toString(16).padStart(4, "0")}`;
  }
  return undefined;
}

const taskSample = schemaSamples.Task as object;

type Path = (string | number)[];

/** The paths of the string leaves of a JSON-like value. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function at(value: unknown, path: Path): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

function withLeaf(value: unknown, path: Path, leaf: string): unknown {
  if (path.length === 0) return leaf;
  const [key, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = withLeaf(copy[key], rest, leaf);
  return copy;
}

// Ids are kept exactly as given (they are keys, not text); every other string field is text,
// a date, a time, a code or a name from a list.
const isId = (path: Path): boolean =>
  path.some(
    (key) => typeof key === "string" && /^id$|Ids?$|^onBehalfOf$|^by$|^approvedIn$/.test(key),
  );

describe("control characters never come out of a schema's text field", () => {
  it("a task title that would set the terminal's title is plain text", () => {
    const task = Task.parse({ ...taskSample, title: "\u001b]0;pwned\u0007 x" } as never);
    expect(task.title).toBe("]0;pwned x");
  });

  it("a closure's reason keeps its words, without controls; line breaks become spaces", () => {
    const closure = WorkClosure.parse({ date: "1404/05/01", reason: "گرما\r\n\u001b[2Jheat" });
    expect(closure.reason).toBe("گرما  [2Jheat");
    const calendar = createWorkCalendar({ closures: [{ date: "1404/05/01", reason: "\u009b2J" }] });
    expect(getDaysOff("1404/05/01", { calendar })).toEqual([
      { type: "closure", date: "1404/05/01", reason: "2J" },
    ]);
  });

  it("a name, a reference or a holiday's name that is only controls is blank, and refused", () => {
    expect(Task.safeParse({ ...taskSample, title: "\u001b\u0007" } as never).success).toBe(false);
    expect(Task.safeParse({ ...taskSample, evidence: ["\u0000"] } as never).success).toBe(false);
    expect(exportedSchemas.get("HolidayName")?.safeParse({ fa: "\u009b", en: "x" }).success).toBe(
      false,
    );
  });

  // The text fields the walk below found and checked, as `Schema.path.to.field`.
  const checked = new Set<string>();

  for (const [name, schema] of exportedSchemas) {
    it(`${name}: every text field, with controls in it, comes out without them`, () => {
      const sample = schemaSamples[name];
      for (const path of stringPaths(sample)) {
        if (isId(path)) continue;
        const original = at(sample, path) as string;
        const result = schema.safeParse(withLeaf(sample, path, `${HOSTILE}${original}${HOSTILE}`));
        // A field that refuses the text (a date, a code, an enum) lets no control through.
        if (!result.success) continue;
        const out = at(result.data, path);
        if (typeof out !== "string") continue;
        expect(controlIn(out), `${name} at ${JSON.stringify(path)}`).toBeUndefined();
        checked.add([name, ...path].join("."));
      }
    });
  }

  it("reached every kind of text field: names, titles, places, reasons, references, holidays", () => {
    expect([...checked]).toEqual(
      expect.arrayContaining([
        "Region.county",
        "Agency.name",
        "Agency.kind",
        "Person.name",
        "Meeting.body.name",
        "Meeting.location",
        "Meeting.agenda.0.title",
        "Meeting.sources.0",
        "Directive.title",
        "Directive.text",
        "Task.title",
        "Task.extensions.0.reason",
        "Task.evidence.0",
        "Household.head.name",
        "Household.region.district",
        "WeeklyReport.summary",
        "HolidayName.fa",
        "WorkClosure.reason",
        "WorkClosure.source",
        "WorkRule.reason",
        "WorkCalendar.rules.0.source",
        "WorkCalendar.closures.0.region.county",
        "WorkCalendar.holidays.0.names.0.fa",
        "WorkCalendar.extraHolidays.0.names.0.en",
      ]),
    );
  });
});
