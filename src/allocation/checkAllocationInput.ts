import type { Agency } from "../entities/Agency";
import type { Household } from "../entities/Household";
import type { Region } from "../entities/Region";
import type { Sponsorship } from "../entities/Sponsorship";
import { PeygirError, type PeygirIssue } from "../errors/PeygirError";

/**
 * The allocator's own cheap checks of the arrays, the agencies and the sponsorships (the
 * entities are assumed parsed). Households are checked while they are read, in the same pass.
 * @throws {@link PeygirError} `invalid_allocation_input` with at most 100 issues.
 * @internal
 */
export function checkAllocationInput(
  agencies: readonly Agency[],
  households: readonly Household[],
  existing: readonly Sponsorship[],
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
    if (!hasProvince(agency?.region)) fail(["agencies", a, "region", "province"], "is required");
    const q = agency?.sponsorshipQuota;
    if (q !== undefined && !(Number.isInteger(q) && q >= 0))
      fail(["agencies", a, "sponsorshipQuota"], "must be a whole number ≥ 0");
  }
  for (let s = 0; s < existing.length; s++) {
    const sponsorship = existing[s];
    if (!isId(sponsorship?.id) || !isId(sponsorship?.agencyId) || !isId(sponsorship?.householdId))
      fail(["existing", s], "needs id, agencyId and householdId");
  }
  if (issues.length > 0) throw invalidAllocationInput(issues);
}

/**
 * The error {@link allocateSponsorships} throws for invalid agencies, households or
 * sponsorships.
 * @internal
 */
export function invalidAllocationInput(issues: PeygirIssue[]): PeygirError {
  return new PeygirError(
    "invalid_allocation_input",
    "allocateSponsorships: invalid agencies, households or sponsorships",
    issues,
  );
}

function isId(value: unknown): boolean {
  return typeof value === "string" && value.length > 0;
}

function hasProvince(region: Region | undefined): boolean {
  return typeof region?.province === "string";
}
