import { type HouseholdInput, HouseholdStatus } from "../../entities/Household";
import type { PeygirIssue } from "../../errors/PeygirError";
import { IdTable } from "../../internal/IdTable";
import type { TypedArrays } from "../../internal/ScratchMemory";
import type { NeedWeights } from "../scoreNeed";
import type { CellTable } from "./CellTable";
import { isRegion, regionIssue } from "./checkAllocationInput";
import { householdDefaults } from "./entityDefaults";
import type { ActiveSponsorship, ActiveSponsorships } from "./indexActiveSponsorships";
import { familyKeyOf } from "./NumberTable";
import { needScoreOf } from "./needScore";

/**
 * The households in flat arrays, by input index: later passes then avoid touching the
 * entities.
 */
export interface HouseholdTable {
  readonly ids: string[];
  readonly idOf: (h: number) => string;
  readonly need: Float64Array;
  readonly cell: Int32Array;
  /** The head's national ID as a number (see `familyKeyOf`; -1 when not 10 digits). */
  readonly familyKey: Float64Array;
  /** 1 when the status allows a sponsorship: open, or sponsored with an active one. */
  readonly statusOk: Uint8Array;
  /** 1 when the household excludes some agency. */
  readonly excludes: Uint8Array;
  /** Whether the ids are strictly ascending in input order. */
  readonly idsSorted: boolean;
}

// Household statuses: open for a new sponsorship, sponsored, or closed.
const OPEN = 1;
const SPONSORED = 2;
const STATUS_CODES: Readonly<Record<string, number>> = {
  identified: OPEN,
  verified: OPEN,
  sponsored: SPONSORED,
};
/** Every household status, for the check (a typo is an error, not a closed household). */
const STATUS_CODES_ALL: Readonly<Record<string, true>> = Object.fromEntries(
  HouseholdStatus.options.map((status) => [status, true]),
);

/**
 * Reads the households into a {@link HouseholdTable}, interning their regions in `cells` and
 * linking each active sponsorship to its household. A missing `status` or `vulnerabilities`
 * takes the schema's default, if it has one. A household the allocator cannot read, a
 * region the cells refuse (an unknown province, a blank name) or a repeated id is added to
 * `issues` (at most 100; repeats only when nothing else failed).
 */
export function readHouseholds(
  households: readonly HouseholdInput[],
  cells: CellTable,
  weights: NeedWeights,
  active: ActiveSponsorships,
  issues: PeygirIssue[],
  memory: TypedArrays,
): HouseholdTable {
  const householdCount = households.length;
  const ids: string[] = new Array(householdCount);
  const idOf = (h: number): string => ids[h] as string;
  const need = memory.float64(householdCount);
  const cell = memory.int32(householdCount);
  const familyKey = memory.float64(householdCount);
  const statusOk = memory.uint8(householdCount);
  const excludes = memory.uint8(householdCount);
  const { entries, byHousehold, sameHousehold } = active;
  let idsSorted = true;
  for (let h = 0; h < householdCount; h++) {
    const household = households[h] as HouseholdInput;
    // Only a missing field takes the default (zod refuses `null`, and so does isHousehold).
    const status = household?.status === undefined ? householdDefaults.status : household.status;
    const vulnerabilities =
      household?.vulnerabilities === undefined
        ? householdDefaults.vulnerabilities
        : household.vulnerabilities;
    // The allocator's own cheap checks, in the same pass (the entities are not parsed).
    if (!isHousehold(household, status, vulnerabilities)) {
      if (issues.length < 100)
        issues.push({
          path: ["households", h],
          message:
            "needs id, head.nationalId, region.province (county and district, if given, as text), members (a number ≥ 0), vulnerabilities (an array of names), a household status, and, if given, monthlyIncome as a number ≥ 0 and excludedAgencyIds as an array of ids",
        });
      continue;
    }
    const id = household.id;
    ids[h] = id;
    // Whether the input is sorted by id, checked while the strings are at hand.
    if (idsSorted && h > 0 && !((ids[h - 1] as string) < id)) idsSorted = false;
    const score =
      household.needScore === undefined || typeof household.needScore === "number"
        ? needScoreOf(
            household.members,
            vulnerabilities as readonly string[], // checked by isHousehold
            household.monthlyIncome,
            household.needScore,
            weights,
          )
        : Number.NaN;
    if (!(score >= 0 && score <= 100) && issues.length < 100) {
      // A given score out of range, or fields the score cannot be computed from (NaN).
      issues.push(
        household.needScore === undefined
          ? {
              path: ["households", h],
              message: "needs numeric members and monthlyIncome to score its need",
            }
          : { path: ["households", h, "needScore"], message: "must be from 0 to 100" },
      );
    }
    need[h] = score;
    const c = cells.of(household.region);
    cell[h] = c;
    if (c < 0 && issues.length < 100) issues.push(regionIssue(c, ["households", h]));
    if (household.excludedAgencyIds !== undefined && household.excludedAgencyIds.length > 0)
      excludes[h] = 1;
    let hasActive = false;
    for (let e = byHousehold.get(id); e >= 0; e = sameHousehold[e] as number) {
      (entries[e] as ActiveSponsorship).household = h;
      hasActive = true;
    }
    const statusCode = STATUS_CODES[status as string] ?? 0; // checked by isHousehold
    if (statusCode === OPEN || (statusCode === SPONSORED && hasActive)) statusOk[h] = 1;
    familyKey[h] = familyKeyOf(household.head.nationalId);
  }
  // Strictly ascending ids cannot repeat; otherwise a table finds the repeats.
  if (!idsSorted && issues.length === 0) {
    const householdIndex = new IdTable(idOf, householdCount, memory);
    for (let h = 0; h < householdCount && issues.length < 100; h++) {
      if (householdIndex.add(h) >= 0)
        issues.push({
          path: ["households", h, "id"],
          message: "repeats the id of another household",
        });
    }
  }
  return { ids, idOf, need, cell, familyKey, statusOk, excludes, idsSorted };
}

/**
 * Whether the allocator can read the household: every field it reads has its type (a value
 * that is not, such as `{ "toString": {} }` from JSON, would throw a raw `TypeError` in a
 * comparison or a table look-up).
 */
function isHousehold(
  household: HouseholdInput | undefined,
  status: unknown,
  vulnerabilities: unknown,
): boolean {
  if (
    !(
      typeof household?.id === "string" &&
      household.id.length > 0 &&
      typeof household.head?.nationalId === "string" &&
      typeof household.region?.province === "string" &&
      isRegion(household.region) &&
      isAmount(household.members) &&
      Array.isArray(vulnerabilities) &&
      typeof status === "string" &&
      Object.hasOwn(STATUS_CODES_ALL, status) &&
      (household.monthlyIncome === undefined || isAmount(household.monthlyIncome)) &&
      (household.excludedAgencyIds === undefined || Array.isArray(household.excludedAgencyIds))
    )
  )
    return false;
  for (const name of vulnerabilities) if (typeof name !== "string") return false;
  for (const id of household.excludedAgencyIds ?? []) if (typeof id !== "string") return false;
  return true;
}

/** Whether `value` is a finite number ≥ 0 (a count of members, an income). */
function isAmount(value: unknown): boolean {
  return typeof value === "number" && value >= 0 && value !== Number.POSITIVE_INFINITY;
}
