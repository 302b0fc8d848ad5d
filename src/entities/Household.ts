import * as z from "zod";
import { Id, PersianText } from "./internal/text";
import { MobileNumber } from "./MobileNumber";
import { NationalId } from "./NationalId";
import { Region } from "./Region";

/**
 * A reason a household needs support: female-headed (زن سرپرست), disability (معلولیت),
 * chronic illness (بیماری خاص), elderly (سالمند), orphans (ایتام), unemployed (بیکار), job
 * loss (e.g. in the Covid-19 shutdowns), recovered addiction (بهبودیافته اعتیاد), worker
 * (کارگر) or no housing (فاقد مسکن).
 *
 * @example
 * ```ts
 * Vulnerability.parse("female-headed"); // => "female-headed"
 * Vulnerability.options.length; // => 10
 * ```
 *
 * @category Entities
 */
export const Vulnerability = z.enum([
  "female-headed",
  "disability",
  "chronic-illness",
  "elderly",
  "orphans",
  "unemployed",
  "job-loss",
  "recovered-addiction",
  "worker",
  "no-housing",
]);

/**
 * A reason a household needs support.
 *
 * @category Entities
 */
export type Vulnerability = z.infer<typeof Vulnerability>;

/**
 * Where a household is in the sponsorship process: identified (شناسایی‌شده), verified
 * (تأییدشده), sponsored (تحت پوشش), graduated (توانمندشده, no longer needs support) or
 * inactive.
 *
 * @example
 * ```ts
 * HouseholdStatus.parse("verified"); // => "verified"
 * ```
 *
 * @category Entities
 */
export const HouseholdStatus = z.enum([
  "identified",
  "verified",
  "sponsored",
  "graduated",
  "inactive",
]);

/**
 * A household's status.
 *
 * @category Entities
 */
export type HouseholdStatus = z.infer<typeof HouseholdStatus>;

/**
 * A needy household (خانواده نیازمند) that agencies may take under their coverage.
 *
 * The head's national ID is validated with its check digit and stored as ten Latin digits;
 * the mobile, if any, as `09XXXXXXXXX`. Issue messages never contain the name, the national
 * ID or the mobile. `monthlyIncome` is in rials. `needScore` (0 to 100) is a score computed
 * elsewhere. `excludedAgencyIds` lists agencies that must not sponsor this household (for
 * instance one that employs a family member). Vulnerabilities may not repeat.
 *
 * @example
 * ```ts
 * const household = Household.parse({
 *   id: "hh-1",
 *   head: { name: "خانوار نمونه ۱", nationalId: "۰۰۱-۰۳۵۰۸۲-۹", mobile: "+98 912 345 6789" },
 *   members: 4,
 *   region: { province: "کرمان", county: "شهربابک", district: "مرکزی" },
 *   vulnerabilities: ["female-headed", "job-loss"],
 *   status: "verified",
 * });
 * household.head; // => { name: "خانوار نمونه 1", nationalId: "0010350829", mobile: "09123456789" }
 * ```
 *
 * @category Entities
 */
export const Household = z
  .object({
    /** The household's id. */
    id: Id,
    /** The head of the household (سرپرست خانوار). */
    head: z.object({
      /** The head's name. */
      name: PersianText,
      /** The head's national code, validated with its check digit. */
      nationalId: NationalId,
      /** The head's mobile number. */
      mobile: MobileNumber.exactOptional(),
    }),
    /** How many people live in the household, from 1. */
    members: z.number().int().min(1),
    /** Where the household lives. */
    region: Region,
    /** The reasons it needs support, each at most once (default: none listed). */
    vulnerabilities: z
      .array(Vulnerability)
      .refine((list) => new Set(list).size === list.length, {
        message: "must not list a vulnerability twice",
      })
      .default([]),
    /** Monthly income in rials. */
    monthlyIncome: z.number().min(0).exactOptional(),
    /** A need score from 0 to 100. */
    needScore: z.number().min(0).max(100).exactOptional(),
    /** Where the household is in the process (default `"identified"`, where every one starts). */
    status: HouseholdStatus.default("identified"),
    /** Agencies that must not sponsor this household. */
    excludedAgencyIds: z.array(Id).exactOptional(),
  })
  .meta({ title: "Household" });

/**
 * A needy household.
 *
 * @category Entities
 */
export type Household = z.infer<typeof Household>;

/**
 * A household as accepted by {@link Household} (national ID and mobile as written).
 *
 * @category Entities
 */
export type HouseholdInput = z.input<typeof Household>;
