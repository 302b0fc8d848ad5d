import type { Sponsorship } from "../../entities/Sponsorship";
import { PeygirError, type PeygirIssue } from "../../errors/PeygirError";
import { epochDayToString } from "../../internal/epochDay";
import { readJalaliDate } from "../../internal/jalaliInput";
import type { AllocateSponsorshipsOptions, AllocationScope } from "../allocateSponsorships";
import type { NeedWeights } from "../scoreNeed";
import { isQuota, QUOTA_MESSAGE } from "./checkAllocationInput";
import { resolveNeedWeights } from "./needScore";

const SCOPES: readonly AllocationScope[] = ["province", "county", "district", "any"];

/**
 * The options of {@link allocateSponsorships} checked, with their defaults filled in.
 */
export interface AllocationSettings {
  /** The canonical day (typed as a sponsorship's `since`, which it becomes). */
  readonly since: Sponsorship["since"];
  readonly perAgency: number;
  readonly scope: AllocationScope;
  readonly preferSameDistrict: boolean;
  readonly weights: NeedWeights;
}

/**
 * Checks the options of {@link allocateSponsorships} and fills in the defaults.
 * @throws {@link PeygirError} `invalid_option` for any invalid option.
 */
export function readAllocationOptions(
  options: AllocateSponsorshipsOptions | undefined,
): AllocationSettings {
  const issues: PeygirIssue[] = [];
  const given = options ?? ({} as Partial<AllocateSponsorshipsOptions>);
  let since = "";
  if (typeof given.since !== "string") {
    issues.push({ path: ["since"], message: "is required (a Jalali date YYYY/MM/DD)" });
  } else {
    const day = readJalaliDate(given.since);
    if (typeof day === "string") issues.push({ path: ["since"], message: day });
    else since = epochDayToString(day);
  }
  const perAgency = given.perAgency ?? 5;
  if (!isQuota(perAgency)) issues.push({ path: ["perAgency"], message: QUOTA_MESSAGE });
  const scope = given.scope ?? "county";
  if (!SCOPES.includes(scope))
    issues.push({ path: ["scope"], message: `must be one of: ${SCOPES.join(", ")}` });
  const preferSameDistrict = given.preferSameDistrict ?? true;
  if (typeof preferSameDistrict !== "boolean")
    issues.push({ path: ["preferSameDistrict"], message: "must be a boolean" });
  if (given.createId !== undefined && typeof given.createId !== "function")
    issues.push({ path: ["createId"], message: "must be a function" });
  if (issues.length > 0)
    throw new PeygirError("invalid_option", "allocateSponsorships: invalid options", issues);
  const weights = resolveNeedWeights(given.need, "allocateSponsorships");
  return {
    since: since as Sponsorship["since"],
    perAgency,
    scope,
    preferSameDistrict,
    weights,
  };
}
