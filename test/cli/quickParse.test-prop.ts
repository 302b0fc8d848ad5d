import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isNormalPersian,
  quickParseAgency,
  quickParseHousehold,
} from "../../src/cli/io/quickParse";
import { Agency } from "../../src/entities/Agency";
import { Household, HouseholdStatus } from "../../src/entities/Household";
import { toPersianDigits } from "../../src/text/digits";
import { nationalIdCheckDigit } from "../../src/text/internal/nationalId";
import { normalizePersian } from "../../src/text/normalizePersian";
import { runs } from "../_support/runs";

// What the CSV reader parses with zod when the hand parse declines.
const AgencyRest = Agency.omit({ region: true });
const HouseholdRest = Household.omit({ region: true, vulnerabilities: true });

// Text as cells hold it: Latin and Persian letters, Arabic yeh and kaf, Latin, Persian and
// Arabic-Indic digits, single and double spaces, no-break and other spaces, ZWNJ, zero-width
// and bidi marks, tatweel, a BOM, punctuation.
const TEXT_PIECES = [
  "a",
  "Z",
  "-",
  "_",
  "/",
  "1",
  "۱",
  "٢",
  "اداره",
  "خانوار",
  "پ",
  "چ",
  "ژ",
  "گ",
  "ک",
  "ی",
  "آ",
  "ي",
  "ى",
  "ك",
  "ة",
  "ٔ",
  " ",
  "  ",
  "\t",
  "\u00a0",
  "\u2003",
  "\u200c",
  "\u200b",
  "\u200d",
  "\u200f",
  "\u2067",
  "\u0640",
  "\ufeff",
  "\u00ad",
  "😀",
];

const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 8 }).map((p) => p.join(""));

// Some valid national codes (in Latin or Persian digits, with or without dashes), and
// near misses: a wrong check digit, one digit repeated, too few or too many digits.
const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 });
const nationalId = fc.oneof(
  nineDigits.map((nine) => `${nine.join("")}${nationalIdCheckDigit(nine.join(""))}`),
  nineDigits.map((nine) =>
    toPersianDigits(`${nine.join("")}${nationalIdCheckDigit(nine.join(""))}`),
  ),
  nineDigits.map((nine) => {
    const code = `${nine.join("")}${nationalIdCheckDigit(nine.join(""))}`;
    return `${code.slice(0, 3)}-${code.slice(3, 9)}-${code.slice(9)}`;
  }),
  nineDigits.map((nine) => `${nine.join("")}${(nationalIdCheckDigit(nine.join("")) + 1) % 10}`),
  fc.integer({ min: 0, max: 9 }).map((d) => String(d).repeat(10)),
  fc.constantFrom("123456789", "12345678901", "", "abcdefghij"),
);

const mobile = fc.constantFrom(
  "09123456789",
  "+98 912 345 6789",
  "۰۹۱۲۳۴۵۶۷۸۹",
  "9123456789",
  "02188887777",
  "",
  "0912",
);

const number = fc.oneof(
  fc.integer({ min: -2, max: 120 }),
  fc.constantFrom(0.5, 99.5, 100.5, 2 ** 53, 2 ** 53 + 2, Number.NaN, Number.POSITIVE_INFINITY),
);

const id = fc.oneof(fc.constantFrom("hh-1", "ag-۲", "x", "", "\u200c", " a"), text);

const ABSENT = Symbol("absent");

// An optional field: left out (as the row mapper leaves out empty cells), or given, now and
// then as an explicit `undefined` or a value of the wrong type.
function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined | null | typeof ABSENT> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(ABSENT) },
    { weight: 6, arbitrary: value },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
  );
}

function object(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ABSENT));
}

const householdInput = fc
  .record({
    id: optional(id),
    name: optional(text),
    nationalId: optional(nationalId),
    mobile: optional(mobile),
    members: optional(number),
    monthlyIncome: optional(number),
    needScore: optional(number),
    status: fc.constantFrom(...HouseholdStatus.options, "unknown", ""),
    excludedAgencyIds: optional(fc.array(id, { maxLength: 3 })),
  })
  .map(({ name, nationalId, mobile, ...rest }) =>
    object({ ...rest, head: object({ name, nationalId, mobile }) }),
  );

const agencyInput = fc
  .record({
    id: optional(id),
    name: optional(text),
    kind: optional(text),
    parentId: optional(id),
    sponsorshipQuota: optional(number),
    active: optional(fc.oneof(fc.boolean(), fc.constant("yes"))),
  })
  .map(object);

// The hand parse may decline any input, but what it accepts zod accepts, with the same output
// (same keys in the same order: JSON.stringify compares both).
function sameAsZod(quick: unknown, zod: { success: boolean; data?: unknown }): void {
  if (quick === undefined) return;
  expect(zod.success).toBe(true);
  expect(quick).toEqual(zod.data);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
}

describe("quickParseHousehold and quickParseAgency (properties)", () => {
  it("accept only what zod accepts, and give zod's output", () => {
    fc.assert(
      fc.property(householdInput, agencyInput, (household, agency) => {
        sameAsZod(quickParseHousehold(household), HouseholdRest.safeParse(household));
        sameAsZod(quickParseAgency(agency), AgencyRest.safeParse(agency));
      }),
      { numRuns: runs(20_000) },
    );
  });

  it("parse the usual rows themselves (zod is only asked about the unusual ones)", () => {
    const plainName = fc
      .array(fc.constantFrom("اداره", "خانوار", "نمونه", "Ali", "12"), {
        minLength: 1,
        maxLength: 4,
      })
      .map((words) => words.join(" "));
    fc.assert(
      fc.property(
        plainName,
        nineDigits,
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 0, max: 10 ** 9 }), { nil: undefined }),
        (name, nine, members, monthlyIncome) => {
          const nationalId = `${nine.join("")}${nationalIdCheckDigit(nine.join(""))}`;
          if (new Set(nationalId).size === 1) return;
          const household = {
            id: "hh-1",
            head: { name, nationalId },
            members,
            ...(monthlyIncome !== undefined ? { monthlyIncome } : {}),
            status: "verified",
          };
          expect(quickParseHousehold(household)).toEqual(HouseholdRest.parse(household));
          const agency = { id: "ag-1", name, sponsorshipQuota: members, active: true };
          expect(quickParseAgency(agency)).toEqual(AgencyRest.parse(agency));
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});

describe("isNormalPersian (properties)", () => {
  it("holds only for text that normalizePersian leaves as it is", () => {
    fc.assert(
      fc.property(text, (value) => {
        if (isNormalPersian(value)) expect(normalizePersian(value)).toBe(value);
      }),
      { numRuns: runs(20_000) },
    );
  });

  it("holds for names of Persian letters, Latin letters and digits with single spaces", () => {
    const word = fc
      .array(fc.constantFrom("ا", "ب", "پ", "ک", "گ", "ی", "آ", "a", "Z", "7", "-"), {
        minLength: 1,
        maxLength: 6,
      })
      .map((letters) => letters.join(""));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        expect(isNormalPersian(words.join(" "))).toBe(true);
      }),
    );
  });
});
