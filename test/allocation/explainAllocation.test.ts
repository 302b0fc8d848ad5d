import { describe, expect, it } from "vitest";
import { allocateSponsorships, explainAllocation } from "../../src/allocation/index";
import { errorOf } from "../_support/errorOf";
import { example, household, region } from "./_fixtures";

describe("explainAllocation", () => {
  it("rejects what is not an allocation result", () => {
    for (const result of [null, {}, { released: [], kept: [], added: [] }]) {
      const error = errorOf(() => explainAllocation(result as never, "h1", { locale: "en" }));
      expect([error.code, error.issues[0]?.path]).toEqual(["invalid_input", ["result"]]);
    }
  });

  it("rejects a result whose entries it cannot read, with their paths", () => {
    // A result read back from JSON: `released: [null]` and its like once threw raw TypeErrors.
    const result = JSON.parse(JSON.stringify(example()));
    const odd = { toString: {} };
    const cases: [object, (string | number)[]][] = [
      [{ released: [null] }, ["result", "released", 0]],
      [
        { released: [{ sponsorship: null, reason: "excluded" }] },
        ["result", "released", 0, "sponsorship"],
      ],
      [
        { released: [{ sponsorship: { householdId: "h1" }, reason: "gone" }] },
        ["result", "released", 0, "reason"],
      ],
      [
        { kept: [{ householdId: "h1", agencyId: "a1", since: odd }] },
        ["result", "kept", 0, "since"],
      ],
      [{ added: [{}] }, ["result", "added", 0, "householdId"]],
      [{ unassigned: [{ householdId: "h1", reason: odd }] }, ["result", "unassigned", 0, "reason"]],
    ];
    for (const [patch, path] of cases) {
      const error = errorOf(() =>
        explainAllocation({ ...result, ...patch }, "h1", { locale: "fa" }),
      );
      expect(error.code).toBe("invalid_input");
      expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
    }
    const noId = errorOf(() => explainAllocation(result, odd as never, { locale: "en" }));
    expect([noId.code, noId.issues[0]?.path]).toEqual(["invalid_input", ["householdId"]]);
  });

  it("follows its documented examples", () => {
    const result = example();
    expect(explainAllocation(result, "h2", { locale: "en" })).toBe(
      "Household h2 is newly sponsored by agency a1 from 1403/01/15, the neediest placement its region allowed.",
    );
    expect(explainAllocation(result, "h1")).toBe(
      "خانوار h۱ تحت پوشش قرار نگرفت، زیرا سهمیه همه دستگاه‌های منطقه‌اش با خانواده‌های نیازمندتر پر شده است.",
    );
  });

  it("speaks Persian unless told otherwise", () => {
    const result = example();
    for (const id of ["h1", "h2"]) {
      expect(explainAllocation(result, id)).toBe(explainAllocation(result, id, { locale: "fa" }));
      expect(explainAllocation(result, id, {})).toBe(explainAllocation(result, id));
    }
    const unknown = errorOf(() => explainAllocation(result, "h1", { locale: "de" as never }));
    expect([unknown.code, unknown.issues[0]?.path]).toEqual(["invalid_option", ["locale"]]);
  });

  it("explains kept and released sponsorships, never printing the national ID", () => {
    const nationalIdValue = "0000000019";
    const result = allocateSponsorships(
      {
        agencies: [
          { id: "a1", name: "x", region, active: true },
          { id: "a2", name: "x", region, active: false },
        ],
        households: [household("h1", nationalIdValue, 40), household("h2", "0000000027", 30)],
        existing: [
          {
            id: "s1",
            agencyId: "a1",
            householdId: "h1",
            since: "1402/05/01",
            status: "active",
          },
          {
            id: "s2",
            agencyId: "a2",
            householdId: "h2",
            since: "1402/05/01",
            status: "active",
          },
        ],
      },
      { since: "1403/01/15" },
    );
    expect(explainAllocation(result, "h1", { locale: "en" })).toBe(
      "Household h1 keeps its sponsorship with agency a1 since 1402/05/01.",
    );
    expect(explainAllocation(result, "h1", { locale: "fa" })).toBe(
      "خانوار h۱ پوشش خود را نزد دستگاه a۱ از ۱۴۰۲/۰۵/۰۱ حفظ کرد.",
    );
    expect(explainAllocation(result, "h2", { locale: "en" })).toBe(
      "Household h2 is newly sponsored by agency a1 from 1403/01/15, because its former agency is inactive.",
    );
    for (const locale of ["fa", "en"] as const) {
      for (const id of ["h1", "h2"]) {
        expect(explainAllocation(result, id, { locale })).not.toContain(nationalIdValue);
      }
    }
    expect(errorOf(() => explainAllocation(result, "h9", { locale: "en" })).code).toBe(
      "invalid_input",
    );
  });
});
