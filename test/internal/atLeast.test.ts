import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Holiday } from "../../src/calendar/index";
import { Directive, Meeting, Sponsorship, Task } from "../../src/entities/index";
import { renderFollowUpReport } from "../../src/index";
import { atLeast } from "../../src/internal/atLeast";
import { errorOf } from "../_support/errorOf";
import { fixtures } from "../entities/fixtures";

// JSON can give an object with a `length` whose toString is not a function: zod 4 measured it
// after the type check had failed, and `.min(1)` threw a raw TypeError from safeParse.
const odd = { length: { toString: {} } };

describe("atLeast", () => {
  it("is .min on strings and arrays", () => {
    const text = z.string().check(atLeast(2));
    expect(text.safeParse("ab").success).toBe(true);
    expect(text.safeParse("a").error?.issues.map((issue) => issue.code)).toEqual(["too_small"]);
    expect(z.array(z.number()).check(atLeast(1)).safeParse([]).success).toBe(false);
    expect(z.toJSONSchema(text)).toEqual(z.toJSONSchema(z.string().min(2)));
  });

  it("reports a value with an odd length as of the wrong type, without throwing", () => {
    expect(z.string().check(atLeast(1)).safeParse(odd).error?.issues).toMatchObject([
      { code: "invalid_type", path: [] },
    ]);
    expect(z.array(z.string()).check(atLeast(1)).safeParse(odd).success).toBe(false);
  });

  it("keeps the entity schemas from throwing on such a value", () => {
    const cases: [z.ZodType, object][] = [
      [Sponsorship, { ...fixtures.Sponsorship, agencyId: odd }],
      [Task, { ...fixtures.Task, title: odd, evidence: [odd] }],
      [Meeting, { ...fixtures.Meeting, sources: [odd], location: odd }],
      [Directive, { ...fixtures.Directive, assignees: { agencyIds: odd } }],
      [Holiday, { date: "1403/01/01", names: odd, kind: "other", official: false }],
      [
        Holiday,
        { date: "1403/01/01", names: [{ fa: odd, en: odd }], kind: "other", official: false },
      ],
    ];
    for (const [schema, input] of cases) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
    }
  });

  it("keeps the functions that parse with them to PeygirErrors", () => {
    const error = errorOf(() =>
      renderFollowUpReport(
        { ...fixtures.Meeting, id: odd } as never,
        {
          directives: [],
          tasks: [],
          agencies: [],
          now: "2024-07-20T10:00:00+03:30",
        } as never,
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([["meeting", "id"]]);
  });
});
