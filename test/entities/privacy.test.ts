import { describe, expect, it } from "vitest";
import { createWorkCalendar, WorkClosure } from "../../src/calendar/index";
import { Household, Person } from "../../src/entities/index";
import { PeygirError } from "../../src/errors/PeygirError";
import { parseWith } from "../../src/internal/zodIssues";
import { exportedSchemas, schemaSamples } from "../_support/schemaSamples";

// Values that must never show up in an error: a name, a national ID with a wrong check digit
// (and its Persian-digit form), a valid one beside other bad fields, and a mobile number.
const NAME = "زهرا احمدی";
const BAD_ID = "0010350828";
const GOOD_ID = "0010350829";
const MOBILE = "02188887777";

function everything(error: unknown): string {
  const peygir = error as PeygirError;
  return JSON.stringify([peygir.message, peygir.issues, String(error)]);
}

describe("errors never contain a national ID, a mobile number or a name", () => {
  const cases: [string, unknown][] = [
    ["wrong check digit", { head: { name: NAME, nationalId: BAD_ID } }],
    ["Persian digits", { head: { name: NAME, nationalId: "۰۰۱۰۳۵۰۸۲۸" } }],
    ["bad mobile", { head: { name: NAME, nationalId: GOOD_ID, mobile: MOBILE } }],
    ["name of the wrong type", { head: { name: 42, nationalId: GOOD_ID, mobile: "not a phone" } }],
    ["ID of the wrong length", { head: { name: NAME, nationalId: "001035082" } }],
  ];
  for (const [label, patch] of cases) {
    it(label, () => {
      const input = {
        id: "hh",
        members: 0,
        region: { province: "کرمان" },
        vulnerabilities: ["elderly"],
        status: "verified",
        ...(patch as object),
      };
      const result = Household.safeParse(input);
      expect(result.success).toBe(false);
      const zodText = JSON.stringify(result.error?.issues) + String(result.error?.message);
      const peygirError = (() => {
        try {
          parseWith(Household, input, "invalid_input", "parseHousehold: invalid household");
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(peygirError).toBeInstanceOf(PeygirError);
      const text = zodText + everything(peygirError);
      for (const secret of [
        NAME,
        BAD_ID,
        GOOD_ID,
        MOBILE,
        "۰۰۱۰۳۵۰۸۲۸",
        "001035082",
        "not a phone",
      ])
        expect(text).not.toContain(secret);
    });
  }

  it("says which national ID rule failed, without the value", () => {
    const result = Household.safeParse({
      id: "hh",
      head: { name: NAME, nationalId: BAD_ID },
      members: 1,
      region: { province: "کرمان" },
      vulnerabilities: [],
      status: "verified",
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "national ID check digit does not match",
    ]);
    expect(result.error?.issues[0]?.path).toEqual(["head", "nationalId"]);
  });

  it("a person with a bad role does not leak the name", () => {
    const result = Person.safeParse({ id: "p", name: NAME, role: NAME });
    expect(JSON.stringify(result.error?.issues) + result.error?.message).not.toContain(NAME);
  });

  it("names an unknown key only when it reads like a field name", () => {
    const error = (() => {
      try {
        createWorkCalendar({
          weekends: ["friday"],
          [NAME]: 1,
          [GOOD_ID]: 2,
          region: { [MOBILE]: 3 },
        } as never);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PeygirError);
    const text = everything(error);
    for (const secret of [NAME, GOOD_ID, MOBILE]) expect(text).not.toContain(secret);
    const { issues } = error as PeygirError;
    expect(issues).toEqual([
      { path: ["region", "province"], message: "expected string" },
      { path: ["region"], message: "has an unknown key (not shown: not a field name)" },
      { path: [], message: "unknown key: weekends, and 2 more (not shown: not a field name)" },
    ]);
  });
});

/** `value` with each key of `keys` added to it and to every object inside it. */
function withKeys(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withKeys(item, keys));
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = withKeys(item, keys);
  for (const key of keys) copy[key] = 1;
  return copy;
}

describe("no exported schema echoes an unknown key that could be data", () => {
  // A national ID, a name and a mobile number put where a field name goes (a spreadsheet
  // column read as a key): zod's strictObject answered `Unrecognized key: "0013542419"`.
  const secrets = ["0013542419", NAME, "09121234567"];

  it("has a sample of every exported schema", () => {
    expect([...exportedSchemas.keys()].filter((name) => !(name in schemaSamples))).toEqual([]);
  });

  for (const [name, schema] of exportedSchemas) {
    it(`${name}: neither its issues, nor its message, nor its output hold such a key`, () => {
      const sample = schemaSamples[name];
      for (const input of [withKeys(sample, secrets), withKeys({}, secrets)]) {
        const result = schema.safeParse(input);
        const text =
          JSON.stringify(result.error?.issues ?? []) +
          String(result.error?.message) +
          JSON.stringify(result.data ?? null);
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    });
  }

  it("names a key that reads like a field name, counts the others", () => {
    const result = WorkClosure.safeParse({ date: "1404/05/01", "0013542419": 1, weekends: 2 });
    expect(result.error?.issues).toEqual([
      {
        code: "unrecognized_keys",
        keys: ["(not shown)", "weekends"],
        message: "unknown key: weekends, and 1 more (not shown: not a field name)",
        path: [],
      },
    ]);
    const nested = exportedSchemas.get("WorkCalendar")?.safeParse({
      hours: { start: "25:00", end: "14:30", [NAME]: 1 },
    });
    expect(nested?.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ["hours", "start"], message: "must be a time HH:mm from 00:00 to 23:59" },
      { path: ["hours"], message: "has an unknown key (not shown: not a field name)" },
    ]);
  });
});
