/**
 * The states of a household while allocating: the unassigned reasons and two working states.
 * Kept as small numbers so a million of them fit one `Uint8Array`.
 *
 * @internal
 * @packageDocumentation
 */
import type { UnassignedReason } from "./AllocationResult";

/** Assigned (a kept or a new sponsorship). @internal */
export const ASSIGNED = 0;
/** Eligible, with an agency in its region, not yet placed. @internal */
export const PENDING = 1;
/** @internal */
export const NO_CAPACITY = 2;
/** @internal */
export const NO_AGENCY = 3;
/** @internal */
export const NOT_ELIGIBLE = 4;
/** @internal */
export const DUPLICATE = 5;

/** The unassigned reason of each state (a household left pending had no room). @internal */
export const REASONS: readonly (UnassignedReason | undefined)[] = [
  undefined,
  "no-capacity",
  "no-capacity",
  "no-agency-in-scope",
  "not-eligible",
  "duplicate",
];
