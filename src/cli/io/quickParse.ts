import type { Agency } from "../../entities/Agency";
import { type Household, HouseholdStatus } from "../../entities/Household";
import { readMobile } from "../../text/internal/mobile";
import { nationalIdDigits } from "../../text/internal/nationalId";
import { isValidNationalId } from "../../text/isValidNationalId";
import { normalizePersian } from "../../text/normalizePersian";

// The schema parse of a million rows costs seconds in zod's generic machinery. The two large
// tables are therefore parsed here first, by hand, for the rows that are plainly valid; any
// doubt (a missing or odd value, a check that fails) returns `undefined` and the row goes to
// zod, so every accepted row equals zod's output and every message is zod's.
// test/cli/quickParse.test-prop.ts holds the two to the same results.

/** An agency as the CSV reader parses it: `Agency` without its (separately parsed) region. */
export type AgencyRest = Omit<Agency, "region">;

/** A household as the CSV reader parses it: `Household` without region and vulnerabilities. */
export type HouseholdRest = Omit<Household, "region" | "vulnerabilities">;

type Input = Readonly<Record<string, unknown>>;

const STATUSES: ReadonlySet<unknown> = new Set(HouseholdStatus.options);
const TEN_DIGITS = /^[0-9]{10}$/;

/**
 * `Agency.omit({ region: true }).parse(input)` for an input that is plainly valid, else
 * `undefined` (the caller then asks zod).
 *
 * @param input - The agency fields of one CSV row, as the row mapper builds them.
 * @returns What zod would return, with the same keys in the same order, or `undefined`.
 *
 * @example
 * ```ts
 * quickParseAgency({ id: "a1", name: "اداره  كل", active: true });
 * // => { id: "a1", name: "اداره کل", active: true }
 * quickParseAgency({ id: "a1", name: "" }); // => undefined
 * ```
 */
export function quickParseAgency(input: Input): AgencyRest | undefined {
  const { id, name, kind, parentId, sponsorshipQuota, active } = input;
  if (!isId(id)) return undefined;
  const cleanName = persianText(name);
  if (cleanName === undefined) return undefined;
  const agency: Record<string, unknown> = { id, name: cleanName };
  if ("kind" in input) {
    const cleanKind = persianText(kind);
    if (cleanKind === undefined) return undefined;
    agency.kind = cleanKind;
  }
  if ("parentId" in input) {
    if (!isId(parentId)) return undefined;
    agency.parentId = parentId;
  }
  if ("sponsorshipQuota" in input) {
    if (!Number.isSafeInteger(sponsorshipQuota) || (sponsorshipQuota as number) < 0) {
      return undefined;
    }
    agency.sponsorshipQuota = sponsorshipQuota;
  }
  if (active === undefined) agency.active = true;
  else if (typeof active === "boolean") agency.active = active;
  else return undefined;
  return agency as unknown as AgencyRest;
}

/**
 * `Household.omit({ region: true, vulnerabilities: true }).parse(input)` for an input that is
 * plainly valid, else `undefined` (the caller then asks zod).
 *
 * @param input - The household fields of one CSV row, as the row mapper builds them.
 * @returns What zod would return, with the same keys in the same order, or `undefined`.
 *
 * @example
 * ```ts
 * quickParseHousehold({
 *   id: "hh-1",
 *   head: { name: "خانوار نمونه", nationalId: "۰۰۱-۰۳۵۰۸۲-۹" },
 *   members: 4,
 *   status: "verified",
 * });
 * // => { id: "hh-1", head: { name: "خانوار نمونه", nationalId: "0010350829" },
 * //      members: 4, status: "verified" }
 * ```
 */
export function quickParseHousehold(input: Input): HouseholdRest | undefined {
  const { id, head, members, monthlyIncome, needScore, status, excludedAgencyIds } = input;
  if (!isId(id) || typeof head !== "object" || head === null || Array.isArray(head)) {
    return undefined;
  }
  const parsedHead = quickParseHead(head as Input);
  if (parsedHead === undefined) return undefined;
  if (!Number.isSafeInteger(members) || (members as number) < 1) return undefined;
  const household: Record<string, unknown> = { id, head: parsedHead, members };
  if ("monthlyIncome" in input) {
    if (!Number.isFinite(monthlyIncome) || (monthlyIncome as number) < 0) return undefined;
    household.monthlyIncome = monthlyIncome;
  }
  if ("needScore" in input) {
    const score = needScore as number;
    if (!Number.isFinite(score) || score < 0 || score > 100) return undefined;
    household.needScore = score;
  }
  if (!STATUSES.has(status)) return undefined;
  household.status = status;
  if ("excludedAgencyIds" in input) {
    if (!Array.isArray(excludedAgencyIds) || !excludedAgencyIds.every(isId)) return undefined;
    household.excludedAgencyIds = [...excludedAgencyIds];
  }
  return household as unknown as HouseholdRest;
}

function quickParseHead(head: Input): HouseholdRest["head"] | undefined {
  const name = persianText(head.name);
  if (name === undefined || typeof head.nationalId !== "string") return undefined;
  // Ten Latin digits, the usual cell, are their own digits.
  const nationalId = TEN_DIGITS.test(head.nationalId)
    ? head.nationalId
    : nationalIdDigits(head.nationalId);
  if (nationalId === undefined || !isValidNationalId(nationalId)) return undefined;
  if (!("mobile" in head)) return { name, nationalId };
  const mobile = typeof head.mobile === "string" ? readMobile(head.mobile) : undefined;
  return mobile === undefined ? undefined : { name, nationalId, mobile };
}

// `Id`: any non-empty string.
function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

// `PersianText`: non-empty, normalised, and still non-empty.
function persianText(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0) return undefined;
  const text = isNormalPersian(value) ? value : normalizePersian(value);
  return text.length > 0 ? text : undefined;
}

/**
 * Whether `normalizePersian` would leave `text` as it is, judged cheaply and cautiously: text
 * of printable ASCII, Persian letters and single inner spaces is; anything else (digits to
 * convert, Arabic yeh or kaf, ZWNJ, invisible marks, other spaces) is not judged and counts
 * as not normal.
 *
 * @param text - The text.
 * @returns `true` only if `normalizePersian(text) === text`.
 *
 * @example
 * ```ts
 * isNormalPersian("خانوار نمونه 12"); // => true
 * isNormalPersian("كرمان"); // => false (Arabic kaf)
 * isNormalPersian("بخش  1"); // => false (two spaces)
 * ```
 */
export function isNormalPersian(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) continue;
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
      continue;
    }
    if (!isPersianLetter(code)) return false;
  }
  return true;
}

// The Arabic-script letters Persian writes, without the Arabic yeh, alef maksura and kaf that
// normalizePersian replaces, and without tatweel, digits and marks.
function isPersianLetter(code: number): boolean {
  if (code >= 0x0621 && code <= 0x063a) return true;
  if (code >= 0x0641 && code <= 0x0648) return code !== 0x0643;
  return (
    code === 0x067e ||
    code === 0x0686 ||
    code === 0x0698 ||
    code === 0x06a9 ||
    code === 0x06af ||
    code === 0x06cc
  );
}
