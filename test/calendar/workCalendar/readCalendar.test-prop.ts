// The hand-written reader of calendar options (src/calendar/internal/readCalendar.ts, which
// keeps zod off the calendar's path) against its reference, the public zod schema
// `WorkCalendar`: for options built from valid pieces with some pieces broken, both accept
// or both refuse; accepted, they give the same calendar; refused, the same problems in the
// same order with the same messages (as `toPeygirIssues` words the schema's).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/calendar/internal/readCalendar";
import { WorkCalendar } from "../../../src/calendar/WorkCalendar";
import { toPeygirIssues } from "../../../src/internal/zodIssues";
import { runs } from "../../_support/runs";

/** Mostly good values, sometimes a bad one. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });

const date = mostly(
  fc.constantFrom("1403/01/01", "1403/05/10", "۱۴۰۳/۵/۱", "1404-02-20", "1403/12/30", "1404/06/31"),
  fc.constantFrom("1403/13/01", "1402/12/30", "abc", "", "1403/07/31", 1403, null),
);
const clock = mostly(
  fc.constantFrom("07:30", "7:30", "۰۷:۳۰", "14:30", "06:00", "13:00", "12:00"),
  fc.constantFrom("25:00", "", "7", 730, null),
);
const text = mostly(
  fc.constantFrom("دلیل", "گرما", "heat", " متن ", "كرمان"),
  fc.constantFrom("", " ", "\u0000", "a\u0007b", 5, null),
);
const province = mostly(
  fc.constantFrom("تهران", "Tehran", "Kerman", "کرمان", "مازندران", "razavi khorasan"),
  fc.constantFrom("Atlantis", "", 5),
);
const extraKey = fc.option(fc.constantFrom("zz", "0013542419", "weekends"), { nil: undefined });

function withExtra<T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc
    .tuple(arb, extraKey)
    .map(([value, key]) => (key === undefined ? value : { ...value, [key]: 1 }));
}

const region = mostly(
  withExtra(fc.record({ province, county: text, district: text }, { requiredKeys: ["province"] })),
  fc.constantFrom(5, null, [], {}),
);
const weekday = mostly(
  fc.constantFrom("saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"),
  fc.constantFrom("caturday", 5),
);
const weekend = mostly(fc.array(weekday, { maxLength: 8 }), fc.constantFrom("friday", null));
const hours = mostly(
  withExtra(fc.record({ start: clock, end: clock }, { requiredKeys: [] })),
  fc.constantFrom(null, 5, "07:30-14:30"),
);
const holiday = mostly(
  withExtra(
    fc.record(
      {
        date,
        names: mostly(
          fc.array(fc.record({ fa: text, en: text }), { maxLength: 2 }),
          fc.constantFrom("نوروز", null),
        ),
        kind: mostly(fc.constantFrom("solar", "lunar", "mixed"), fc.constantFrom("x", 1)),
        official: mostly(fc.boolean(), fc.constantFrom("yes", 1)),
      },
      { requiredKeys: ["date", "names", "kind", "official"] },
    ),
  ),
  fc.constantFrom(5, null, "1403/01/01"),
);
const rule = mostly(
  withExtra(
    fc.record(
      { from: date, to: date, region, weekend, hours, reason: text, source: text },
      { requiredKeys: ["from"] },
    ),
  ),
  fc.constantFrom(5, null),
);
const closure = mostly(
  withExtra(
    fc.record({ date, region, reason: text, source: text, hours }, { requiredKeys: ["date"] }),
  ),
  fc.constantFrom(5, null),
);
const list = <T>(item: fc.Arbitrary<T>) =>
  mostly(fc.array(item, { maxLength: 3 }), fc.constantFrom({}, "x", 5));
const options = mostly(
  withExtra(
    fc.record(
      {
        timeZone: mostly(
          fc.constantFrom("Asia/Tehran", "UTC", "Europe/Paris"),
          fc.constantFrom("Mars/Base", "", 5),
        ),
        weekend,
        hours,
        holidays: mostly(
          fc.oneof(fc.constant("iran"), fc.constant(false), fc.array(holiday, { maxLength: 2 })),
          fc.constantFrom(true, "official", 5, null),
        ),
        extraHolidays: list(holiday),
        rules: list(rule),
        closures: list(closure),
        region,
      },
      { requiredKeys: [] },
    ),
  ),
  fc.constantFrom(5, "x", [], null, undefined),
);

describe("readCalendar against the WorkCalendar schema", () => {
  it("accepts, reads and refuses exactly as the schema does", () => {
    fc.assert(
      fc.property(options, (input) => {
        const reference = WorkCalendar.safeParse(input ?? {});
        const read = readCalendar(input);
        if (reference.success) {
          expect(read).toEqual({ ok: true, value: reference.data });
        } else {
          expect(read).toEqual({ ok: false, issues: toPeygirIssues(reference.error) });
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it("reads the defaults of an empty calendar", () => {
    expect(readCalendar(undefined)).toEqual({ ok: true, value: WorkCalendar.parse({}) });
  });
});

describe("a calendar's regions are closed", () => {
  it("refuses a misspelt key in a closure's region instead of widening it to the province", () => {
    const options = {
      closures: [{ date: "1404/05/04", region: { province: "تهران", countyy: "ری" } }],
    };
    const read = readCalendar(options);
    expect(read).toEqual({
      ok: false,
      issues: [{ path: ["closures", 0, "region"], message: "unknown key: countyy" }],
    });
    expect(WorkCalendar.safeParse(options).success).toBe(false);
  });
});
