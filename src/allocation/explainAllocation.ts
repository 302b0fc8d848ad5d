import * as z from "zod";
import { PeygirError } from "../errors/PeygirError";
import type { Locale } from "../i18n/Locale";
import { parseWith } from "../internal/zodIssues";
import { toPersianDigits } from "../text/digits";
import type { AllocationResult, ReleaseReason, UnassignedReason } from "./AllocationResult";

/**
 * Options of {@link explainAllocation}.
 *
 * @category Allocation
 */
export interface ExplainAllocationOptions {
  /** The language of the sentence: Persian (with Persian digits; the default) or English. */
  readonly locale?: Locale;
}

const UNASSIGNED_EN: Record<UnassignedReason, string> = {
  "no-capacity": "every agency in its region had its quota filled by needier households",
  "no-agency-in-scope": "there is no active agency in its region that it may be placed with",
  "not-eligible": "its status does not allow a new sponsorship",
  duplicate: "another household with the same head of household is already on the list",
};

const UNASSIGNED_FA: Record<UnassignedReason, string> = {
  "no-capacity": "سهمیه همه دستگاه‌های منطقه‌اش با خانواده‌های نیازمندتر پر شده است",
  "no-agency-in-scope": "در منطقه‌اش دستگاه فعالی که بتواند آن را تحت پوشش بگیرد وجود ندارد",
  "not-eligible": "وضعیت آن اجازه پوشش تازه نمی‌دهد",
  duplicate: "خانوار دیگری با همین سرپرست پیش‌تر در فهرست آمده است",
};

const RELEASED_EN: Record<ReleaseReason, string> = {
  "agency-inactive": "its former agency is inactive",
  "household-ineligible": "it could no longer keep that sponsorship",
  "out-of-scope": "its former agency is no longer in its region",
  "over-quota": "its former agency was over its quota",
  excluded: "it now excludes its former agency",
};

const RELEASED_FA: Record<ReleaseReason, string> = {
  "agency-inactive": "دستگاه پیشین آن غیرفعال است",
  "household-ineligible": "دیگر نمی‌توانست آن پوشش را نگه دارد",
  "out-of-scope": "دستگاه پیشین آن دیگر در منطقه‌اش نیست",
  "over-quota": "دستگاه پیشین آن بیش از سهمیه‌اش پوشش داشت",
  excluded: "اکنون دستگاه پیشین خود را نمی‌پذیرد",
};

/** A sponsorship as the sentence reads it. */
const Placement = z.object({ householdId: z.string(), agencyId: z.string(), since: z.string() });

/**
 * The parts of an {@link AllocationResult} the sentence reads (a result read back from JSON
 * may hold anything), wrapped so that the paths start at `result`.
 */
const Explainable = z.object({
  result: z.object({
    released: z.array(
      z.object({
        sponsorship: z.object({ householdId: z.string() }),
        reason: z.enum(Object.keys(RELEASED_EN) as [ReleaseReason, ...ReleaseReason[]]),
      }),
    ),
    kept: z.array(Placement),
    added: z.array(Placement),
    unassigned: z.array(
      z.object({
        householdId: z.string(),
        reason: z.enum(Object.keys(UNASSIGNED_EN) as [UnassignedReason, ...UnassignedReason[]]),
      }),
    ),
  }),
});

/**
 * Says in one sentence why a household has its sponsor, or has none, after an allocation.
 *
 * The sentence names the household and the agency by id only; it never prints a national
 * ID, a name or a mobile number. In Persian all digits are Persian.
 *
 * @param result - The result of {@link allocateSponsorships}.
 * @param householdId - The household to explain.
 * @param options - The locale (`"fa"`, the default, or `"en"`).
 * @returns One sentence.
 * @throws {@link PeygirError} `invalid_input` when `result` is not an allocation result
 *   (an entry of its lists without the ids, dates and reasons the sentence reads, at its path
 *   under `result`), `householdId` is not a string or the household is not in the result;
 *   `invalid_option` when the locale is unknown.
 *
 * @example
 * ```ts
 * // `result` is the one of the allocateSponsorships example.
 * explainAllocation(result, "h2", { locale: "en" });
 * // => "Household h2 is newly sponsored by agency a1 from 1403/01/15, the neediest placement its region allowed."
 * explainAllocation(result, "h1");
 * // => "خانوار h۱ تحت پوشش قرار نگرفت، زیرا سهمیه همه دستگاه‌های منطقه‌اش با خانواده‌های نیازمندتر پر شده است."
 * ```
 *
 * @category Allocation
 */
export function explainAllocation(
  result: AllocationResult,
  householdId: string,
  options?: ExplainAllocationOptions,
): string {
  const locale = options?.locale ?? "fa";
  if (locale !== "fa" && locale !== "en") {
    throw new PeygirError("invalid_option", "explainAllocation: unknown locale", [
      { path: ["locale"], message: 'must be one of: "fa", "en"' },
    ]);
  }
  if (!isAllocationResult(result)) {
    throw new PeygirError("invalid_input", "explainAllocation: not an allocation result", [
      { path: ["result"], message: "must be a result of allocateSponsorships" },
    ]);
  }
  if (typeof householdId !== "string")
    throw new PeygirError("invalid_input", "explainAllocation: invalid household id", [
      { path: ["householdId"], message: "must be a household id (a string)" },
    ]);
  return explain(
    parseWith(
      Explainable,
      { result },
      "invalid_input",
      "explainAllocation: not an allocation result",
    ).result,
    householdId,
    locale === "fa",
  );
}

/** The sentence, from a checked result. */
function explain(
  result: z.output<typeof Explainable>["result"],
  householdId: string,
  fa: boolean,
): string {
  const digits = (text: string): string => (fa ? toPersianDigits(text) : text);
  const formerRelease = result.released.find(
    (entry) => entry.sponsorship.householdId === householdId,
  );
  const kept = result.kept.find((s) => s.householdId === householdId);
  if (kept !== undefined) {
    return fa
      ? `خانوار ${digits(householdId)} پوشش خود را نزد دستگاه ${digits(kept.agencyId)} از ${digits(kept.since)} حفظ کرد.`
      : `Household ${householdId} keeps its sponsorship with agency ${kept.agencyId} since ${kept.since}.`;
  }
  const added = result.added.find((s) => s.householdId === householdId);
  if (added !== undefined) {
    if (formerRelease !== undefined) {
      return fa
        ? `خانوار ${digits(householdId)} از ${digits(added.since)} تحت پوشش دستگاه ${digits(added.agencyId)} قرار گرفت، زیرا ${RELEASED_FA[formerRelease.reason]}.`
        : `Household ${householdId} is newly sponsored by agency ${added.agencyId} from ${added.since}, because ${RELEASED_EN[formerRelease.reason]}.`;
    }
    return fa
      ? `خانوار ${digits(householdId)} از ${digits(added.since)} تحت پوشش دستگاه ${digits(added.agencyId)} قرار گرفت، نیازمندترین جایابی که منطقه‌اش اجازه می‌داد.`
      : `Household ${householdId} is newly sponsored by agency ${added.agencyId} from ${added.since}, the neediest placement its region allowed.`;
  }
  const unassigned = result.unassigned.find((entry) => entry.householdId === householdId);
  if (unassigned === undefined) {
    throw new PeygirError("invalid_input", "explainAllocation: household not in the result", [
      { path: ["householdId"], message: "is not a household of this allocation" },
    ]);
  }
  const why = fa ? UNASSIGNED_FA[unassigned.reason] : UNASSIGNED_EN[unassigned.reason];
  if (formerRelease !== undefined) {
    return fa
      ? `خانوار ${digits(householdId)} پوشش پیشین خود را از دست داد، زیرا ${RELEASED_FA[formerRelease.reason]}، و تحت پوشش تازه قرار نگرفت، زیرا ${why}.`
      : `Household ${householdId} lost its former sponsorship because ${RELEASED_EN[formerRelease.reason]}, and has no new one because ${why}.`;
  }
  return fa
    ? `خانوار ${digits(householdId)} تحت پوشش قرار نگرفت، زیرا ${why}.`
    : `Household ${householdId} has no sponsor because ${why}.`;
}

/** Whether `value` has the lists {@link explainAllocation} reads. */
function isAllocationResult(value: unknown): value is AllocationResult {
  if (typeof value !== "object" || value === null) return false;
  const { released, kept, added, unassigned } = value as Record<string, unknown>;
  return [released, kept, added, unassigned].every(Array.isArray);
}
