import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDeadlineStatus, resolveDueAt } from "../../src/deadlines/index";
import type { DeadlineSpecInput as DeadlineSpec } from "../../src/entities/DeadlineSpec";
import type { TaskInput as Task } from "../../src/entities/Task";
import { parseIsoFast } from "../../src/internal/instant";
import { runs } from "../_support/runs";

// 1399–1405, where the holiday table is official.
const FROM = Date.UTC(2020, 2, 21);
const TO = Date.UTC(2026, 2, 1);
const instant = fc.integer({ min: FROM, max: TO });
const tehranIso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

const spec: fc.Arbitrary<DeadlineSpec> = fc.oneof(
  fc.record({
    type: fc.constant("date" as const),
    date: instant.map((ms) => {
      // A Jalali date near the instant, as the calendar would name it.
      const d = new Date(ms);
      return jalaliOf(d);
    }),
  }),
  fc.record({
    type: fc.constant("date" as const),
    date: instant.map((ms) => jalaliOf(new Date(ms))),
    time: fc.constantFrom("08:00", "12:15", "23:59"),
  }),
  fc.record({ type: fc.constant("hours" as const), hours: fc.integer({ min: 1, max: 24 * 30 }) }),
  fc.record({ type: fc.constant("working-days" as const), days: fc.integer({ min: 0, max: 40 }) }),
);

// Jalali date of an instant in Tehran, independently of peygir (Intl's Persian calendar).
const persian = new Intl.DateTimeFormat("en-US-u-ca-persian-nu-latn", {
  timeZone: "Asia/Tehran",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
function jalaliOf(date: Date): string {
  const parts = Object.fromEntries(persian.formatToParts(date).map((p) => [p.type, p.value]));
  return `${String(parts.year).split(" ")[0]}/${parts.month}/${parts.day}`;
}

const task = fc.record({ issued: instant, deadline: spec }).map(
  ({ issued, deadline }): Task => ({
    id: "t",
    agencyId: "a",
    title: "کار",
    issuedAt: tehranIso(issued),
    deadline,
  }),
);

const rank = { open: 0, "due-soon": 1, overdue: 2 } as const;

describe("getDeadlineStatus properties", () => {
  it("is monotone in now for an open task: open → due-soon → overdue", () => {
    fc.assert(
      fc.property(task, instant, instant, (t, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const s1 = getDeadlineStatus(t, { now: new Date(early) }).state as keyof typeof rank;
        const s2 = getDeadlineStatus(t, { now: new Date(late) }).state as keyof typeof rank;
        expect(rank[s1]).toBeLessThanOrEqual(rank[s2]);
      }),
      { numRuns: runs(300) },
    );
  });

  it("a task completed by its due instant is never late, one completed after always is", () => {
    fc.assert(
      fc.property(
        task,
        fc.integer({ min: -40 * 86_400_000, max: 40 * 86_400_000 }),
        instant,
        (t, offset, later) => {
          const due = Date.parse(resolveDueAt(t) as string);
          const completed = due + offset;
          // A task cannot be completed before it was issued (issue 16: refused).
          fc.pre(completed >= Date.parse(t.issuedAt as string));
          const now = Math.max(completed, later);
          const state = getDeadlineStatus(
            { ...t, completedAt: tehranIso(completed) },
            { now: new Date(now) },
          ).state;
          expect(state).toBe(offset <= 0 ? "done-on-time" : "done-late");
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("gives an hours window of any length a valid dueAt, the instant resolveDueAt gives", () => {
    const isoWithOffset = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?[+-]\d\d:\d\d$/;
    fc.assert(
      fc.property(
        instant,
        fc.double({ min: 1e-9, max: 24 * 365, noNaN: true }),
        instant,
        (issued, hours, now) => {
          const t: Task = {
            id: "t",
            agencyId: "a",
            title: "کار",
            issuedAt: tehranIso(issued),
            deadline: { type: "hours", hours },
          };
          const status = getDeadlineStatus(t, { now: new Date(now) });
          expect(status.dueAt).toMatch(isoWithOffset);
          expect(status.dueAt).toBe(resolveDueAt(t));
          expect(Number.isInteger(status.remainingMs)).toBe(true);
        },
      ),
      { numRuns: runs(500), seed: 1404 },
    );
  });

  it("ignores events after now: the status equals that of the task without them", () => {
    fc.assert(
      fc.property(task, instant, instant, instant, spec, (t, done, ext, now, extended) => {
        fc.pre(done >= Date.parse(t.issuedAt as string)); // never completed before issue
        const full: Task = {
          ...t,
          completedAt: tehranIso(done),
          extensions: [{ at: tehranIso(ext), deadline: extended }],
        };
        const seen: Task = {
          ...t,
          ...(done <= now ? { completedAt: full.completedAt } : {}),
          ...(ext <= now ? { extensions: full.extensions } : {}),
        };
        expect(getDeadlineStatus(full, { now: new Date(now) })).toEqual(
          getDeadlineStatus(seen, { now: new Date(now) }),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it("elapsed and remainingMs agree with dueAt", () => {
    fc.assert(
      fc.property(task, instant, (t, now) => {
        const s = getDeadlineStatus(t, { now: new Date(now) });
        const due = Date.parse(s.dueAt as string);
        expect(s.dueAt).toBe(resolveDueAt(t));
        expect(s.remainingMs).toBe(due - now);
        expect(s.dueDate).toBe(jalaliOf(new Date(due)));
      }),
      { numRuns: runs(300) },
    );
  });

  it("reads ISO instants exactly as Date.parse does", () => {
    const text = fc
      .record({
        ms: fc.integer({ min: Date.UTC(1921, 0, 1), max: Date.UTC(2122, 0, 1) }),
        offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
        precision: fc.constantFrom(0, 1, 2, 3),
      })
      .map(({ ms, offset, precision }) => {
        const local = new Date(ms + offset * 60_000).toISOString();
        const body = precision === 0 ? local.slice(0, 19) : local.slice(0, 20 + precision);
        const sign = offset < 0 ? "-" : "+";
        const a = Math.abs(offset);
        const hh = String(Math.floor(a / 60)).padStart(2, "0");
        const mm = String(a % 60).padStart(2, "0");
        return `${body}${offset === 0 && precision === 2 ? "Z" : `${sign}${hh}:${mm}`}`;
      });
    fc.assert(
      fc.property(text, (iso) => {
        expect(parseIsoFast(iso)).toBe(Date.parse(iso));
      }),
      { numRuns: runs(2000) },
    );
    for (const bad of [
      "2024-02-30T10:00:00Z",
      "2023-02-29T10:00Z",
      "2024-07-15T24:00Z",
      "2024-07-15T10:00:00",
      "2024-07-15T10:00:00+0330x",
    ])
      expect(parseIsoFast(bad)).toBeNaN();
    expect(parseIsoFast("2024-07-15T10:00+0330")).toBe(Date.parse("2024-07-15T10:00:00+03:30"));
  });
});
