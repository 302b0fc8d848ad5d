/**
 * The states of a household while allocating: the unassigned reasons and two working states.
 * Kept as small numbers so a million of them fit one `Uint8Array`.
 *
 * @packageDocumentation
 */
import type { UnassignedReason } from "../AllocationResult";

/** Assigned (a kept or a new sponsorship). */
export const ASSIGNED = 0;
/** Eligible, with an agency in its region, not yet placed. */
export const PENDING = 1;
/** Unassigned: its region's agencies were filled by needier households. */
export const NO_CAPACITY = 2;
/** Unassigned: no active agency in its region that it does not exclude. */
export const NO_AGENCY = 3;
/** Unassigned: its status allows no sponsorship. */
export const NOT_ELIGIBLE = 4;
/** Unassigned: another household of the same head is kept. */
export const DUPLICATE = 5;

/** The unassigned reason of each state (a household left pending had no room). */
export const REASONS: readonly (UnassignedReason | undefined)[] = [
  undefined,
  "no-capacity",
  "no-capacity",
  "no-agency-in-scope",
  "not-eligible",
  "duplicate",
];
