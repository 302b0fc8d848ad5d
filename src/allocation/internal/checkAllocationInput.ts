import type { AgencyInput } from "../../entities/Agency";
import type { HouseholdInput } from "../../entities/Household";
import type { SponsorshipInput } from "../../entities/Sponsorship";
import { PeygirError, type PeygirIssue } from "../../errors/PeygirError";
import { BLANK_COUNTY, BLANK_DISTRICT, UNKNOWN_PROVINCE } from "./CellTable";
import { agencyDefaults } from "./entityDefaults";

/**
 * The allocator's own cheap checks of the arrays, the agencies and the sponsorships (the
 * entities come in their input form, unparsed, from anywhere: every field the allocator
 * reads is checked, so that nothing reaches it that would throw a raw `TypeError`).
 * Households are checked while they are read, in the same pass; provinces and region names
 * when their cells are made; repeated sponsorship ids and their dates while they are
 * indexed.
 * @throws {@link PeygirError} `invalid_allocation_input` with at most 100 issues.
 */
export function checkAllocationInput(
  agencies: readonly AgencyInput[],
  households: readonly HouseholdInput[],
  existing: readonly SponsorshipInput[],
): void {
  const issues: PeygirIssue[] = [];
  const fail = (path: (string | number)[], message: string): void => {
    if (issues.length < 100) issues.push({ path, message });
  };
  if (!Array.isArray(agencies)) fail(["agencies"], "must be an array");
  if (!Array.isArray(households)) fail(["households"], "must be an array");
  if (!Array.isArray(existing)) fail(["existing"], "must be an array");
  if (issues.length > 0) throw invalidAllocationInput(issues);
  for (let a = 0; a < agencies.length; a++) {
    const agency = agencies[a];
    if (!isId(agency?.id)) fail(["agencies", a, "id"], "must be a non-empty string");
    const region = agency?.region;
    if (region === undefined || !hasProvince(region))
      fail(["agencies", a, "region", "province"], "is required");
    else if (!isRegion(region)) fail(["agencies", a, "region"], REGION_MESSAGE);
    const q = agency?.sponsorshipQuota;
    if (q !== undefined && !isQuota(q)) fail(["agencies", a, "sponsorshipQuota"], QUOTA_MESSAGE);
    // Only a missing field takes the default (zod refuses `null`, and so does this check).
    const active = agency?.active === undefined ? agencyDefaults.active : agency.active;
    if (typeof active !== "boolean") fail(["agencies", a, "active"], "must be true or false");
  }
  for (let s = 0; s < existing.length; s++) {
    const sponsorship = existing[s];
    if (
      !isId(sponsorship?.id) ||
      !isId(sponsorship?.agencyId) ||
      !isId(sponsorship?.householdId) ||
      typeof sponsorship?.since !== "string" ||
      (sponsorship.until !== undefined && typeof sponsorship.until !== "string") ||
      (sponsorship.status !== "active" && sponsorship.status !== "ended")
    )
      fail(
        ["existing", s],
        "needs id, agencyId, householdId, since (and until, if given) as text, and a status (active or ended)",
      );
  }
  if (issues.length > 0) throw invalidAllocationInput(issues);
}

/**
 * The error {@link allocateSponsorships} throws for invalid agencies, households or
 * sponsorships.
 */
export function invalidAllocationInput(issues: PeygirIssue[]): PeygirError {
  return new PeygirError(
    "invalid_allocation_input",
    "allocateSponsorships: invalid agencies, households or sponsorships",
    issues,
  );
}

// The largest quota the allocator takes (it counts places in 32-bit integers); far more than
// any agency sponsors.
const MAX_QUOTA = 2_147_483_647;

/** What a bad quota is told. */
export const QUOTA_MESSAGE = "must be a whole number from 0 to 2,147,483,647";

/** Whether `value` is a quota the allocator takes. */
export function isQuota(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_QUOTA;
}

function isId(value: unknown): boolean {
  return typeof value === "string" && value.length > 0;
}

function hasProvince(region: AgencyInput["region"] | undefined): boolean {
  return typeof region?.province === "string";
}

/** What a region with a county or district that is not text is told. */
export const REGION_MESSAGE = "county and district, if given, must be text";

/**
 * Whether a region with a province has a county and district the allocator can read (text
 * or absent; they become keys of its region table).
 */
export function isRegion(region: AgencyInput["region"]): boolean {
  return (
    (region.county === undefined || typeof region.county === "string") &&
    (region.district === undefined || typeof region.district === "string")
  );
}

/**
 * The issue of an entity whose region the cell table refused (`cell` is its negative code),
 * at `entity`'s path. The message never repeats the name.
 */
export function regionIssue(cell: number, entity: readonly (string | number)[]): PeygirIssue {
  switch (cell) {
    case UNKNOWN_PROVINCE:
      return {
        path: [...entity, "region", "province"],
        message: "must be one of Iran's 31 provinces, in Persian or English",
      };
    case BLANK_COUNTY:
      return { path: [...entity, "region", "county"], message: "must not be blank" };
    case BLANK_DISTRICT:
      return { path: [...entity, "region", "district"], message: "must not be blank" };
    default:
      throw new Error(`regionIssue: ${cell} is not a refusal of the cell table`);
  }
}
