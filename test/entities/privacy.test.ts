import { describe, expect, it } from "vitest";
import { parseWith } from "../../src/_lib/zodIssues";
import { createWorkCalendar } from "../../src/calendar/index";
import { Household, Person } from "../../src/entities/index";
import { PeygirError } from "../../src/errors/PeygirError";

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
    expect(issues).toHaveLength(2);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: [], message: "unknown key: weekends, and 2 more (not shown: not a field name)" },
        { path: ["region"], message: "has an unknown key (not shown: not a field name)" },
      ]),
    );
  });
});
