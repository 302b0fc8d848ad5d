/**
 * East Azerbaijan welfare organisation, seed report 003. See ./seeds.ts for what comes from
 * the seeds and what is illustrative.
 */
import { Agency, type AgencyInput, Directive, Person } from "peygir";
import { parseAll, type SeedScenario } from "./shared";

// ---------------------------------------------------------------------------------------------
// 003 — East Azerbaijan welfare organisation ("Leap in Production" working group)

const EAST_AZ = { province: "آذربایجان شرقی" } as const;
const EAST_AZ_COUNTIES = [
  ["tabriz", "تبریز"],
  ["maragheh", "مراغه"],
  ["marand", "مرند"],
  ["mianeh", "میانه"],
] as const;

const eastAzAgencyInputs: AgencyInput[] = [
  {
    id: "ea-welfare",
    name: "اداره کل بهزیستی استان آذربایجان شرقی",
    kind: "اداره کل",
    region: EAST_AZ,
  },
  ...EAST_AZ_COUNTIES.map(
    ([key, county]): AgencyInput => ({
      id: `ea-welfare-${key}`,
      name: `اداره بهزیستی شهرستان ${county}`,
      kind: "اداره",
      region: { ...EAST_AZ, county },
      parentId: "ea-welfare",
    }),
  ),
];

/**
 * East Azerbaijan welfare: the provincial head office's directive (003) fanned down to its
 * county offices: form expert working groups and submit plans for the year of the "Leap in
 * Production" (1399). There is no meeting; the directive was announced by the acting head.
 *
 * @example
 * ```ts
 * eastAzarbaijanWelfare.meetings; // => []
 * eastAzarbaijanWelfare.directives[0]?.deadline; // => { type: "date", date: "1399/02/31" }
 * ```
 *
 * @category Testing
 */
export const eastAzarbaijanWelfare: SeedScenario = {
  agencies: parseAll(Agency, eastAzAgencyInputs, "East Azerbaijan agency"),
  people: parseAll(
    Person,
    [{ id: "ea-welfare-head", name: "فرگل صحاف", role: "agency-head", agencyId: "ea-welfare" }],
    "East Azerbaijan person",
  ),
  meetings: [],
  directives: parseAll(
    Directive,
    [
      {
        id: "ea-leap-working-groups",
        title: "تشکیل گروه کاری کارشناسی و ارائه طرح‌ها در سال جهش تولید",
        text: "رؤسای شهرستان‌ها و معاونت‌های تخصصی با تشکیل گروه کاری کارشناسی نسبت به ارائه ایده‌ها، تطبیق وظایف و ماموریت‌ها و ارائه طرح‌ها اقدام کنند.",
        assignees: { agencyIds: EAST_AZ_COUNTIES.map(([key]) => `ea-welfare-${key}`) },
        // Illustrative: by the end of Ordibehesht 1399.
        deadline: { type: "date", date: "1399/02/31" },
        issuedAt: "2020-05-04T10:00:00+04:30", // 1399/02/15 10:00 (illustrative)
      },
    ],
    "East Azerbaijan directive",
  ),
};
