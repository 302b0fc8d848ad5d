/**
 * Shahr-e Babak county (province Kerman), seed report 002: the administrative council at the
 * start of Ramadan 1399, its agencies and directives, and the fictional needy households of
 * ./shahrBabakHouseholds.ts. See ./seeds.ts for what comes from the seeds.
 */

import {
  Agency,
  type AgencyInput,
  Directive,
  type DirectiveInput,
  Household,
  Meeting,
  type MeetingInput,
  Person,
  type PersonInput,
  Sponsorship,
} from "peygir";
import { parseWith } from "../../internal/zodIssues";
import { generateHouseholds } from "./shahrBabakHouseholds";
import { type Addressing, parseAll, type SeedScenario } from "./shared";

// ---------------------------------------------------------------------------------------------
// 002 — Shahr-e Babak county (province Kerman)

const SB = { province: "کرمان", county: "شهربابک", district: "مرکزی" } as const;
const DEHAJ = { ...SB, district: "دهج" } as const;

/** The five families each agency takes under its coverage (هر دستگاه پنج خانواده). */
const FAMILIES_PER_AGENCY = 5;

const SB_AGENCIES: readonly (readonly [
  id: string,
  name: string,
  kind: string,
  region: typeof SB | typeof DEHAJ,
])[] = [
  ["sb-education", "اداره آموزش و پرورش شهربابک", "اداره", SB],
  ["sb-welfare", "اداره بهزیستی شهربابک", "اداره", SB],
  ["sb-relief", "کمیته امداد امام خمینی (ره) شهربابک", "نهاد", SB],
  ["sb-health", "شبکه بهداشت و درمان شهربابک", "شبکه", SB],
  ["sb-agriculture", "اداره جهاد کشاورزی شهربابک", "اداره", SB],
  ["sb-municipality", "شهرداری شهربابک", "شهرداری", SB],
  ["sb-culture", "اداره فرهنگ و ارشاد اسلامی شهربابک", "اداره", SB],
  ["sb-labour", "اداره تعاون، کار و رفاه اجتماعی شهربابک", "اداره", SB],
  ["sb-sports", "اداره ورزش و جوانان شهربابک", "اداره", SB],
  ["sb-natural-resources", "اداره منابع طبیعی و آبخیزداری شهربابک", "اداره", SB],
  ["sb-dehaj-municipality", "شهرداری دهج", "شهرداری", DEHAJ],
];

const sbAgencyInputs: AgencyInput[] = SB_AGENCIES.map(([id, name, kind, region]) => ({
  id,
  name,
  kind,
  region,
  sponsorshipQuota: FAMILIES_PER_AGENCY,
}));

// The governorate issues the directives rather than receiving them, so it is kept apart from
// the agencies the directives address.
const sbGovernorateInput: AgencyInput = {
  id: "sb-governorate",
  name: "فرمانداری شهربابک",
  kind: "فرمانداری",
  region: SB,
};

// The seed names the governor and the Friday prayer leader; agency heads are known by title.
const sbPeopleInputs: PersonInput[] = [
  { id: "sb-governor", name: "سعید قائینی", role: "governor", agencyId: "sb-governorate" },
  { id: "sb-friday-imam", name: "حجت الاسلام علی اصغر انصاری", role: "friday-prayer-leader" },
  ...sbAgencyInputs.map(
    (agency): PersonInput => ({
      id: `${agency.id}-head`,
      name: `رئیس ${agency.name}`,
      role: "agency-head",
      agencyId: agency.id,
    }),
  ),
  {
    id: "sb-sports-deputy",
    name: "معاون اداره ورزش و جوانان شهربابک",
    role: "other",
    agencyId: "sb-sports",
  },
  {
    id: "sb-secretary",
    name: "دبیر شورای اداری شهربابک",
    role: "secretary",
    agencyId: "sb-governorate",
  },
];

// Ramadan 1441 began on about 1399/02/05; the report congratulates its arrival, so the council
// is placed on the following Monday. The exact day and time are illustrative. Daylight saving
// time applied, so Tehran time was +04:30.
const SB_COUNCIL_DATE = "1399/02/08";
const SB_ISSUED = "2020-04-27T10:00:00+04:30"; // 1399/02/08 10:00

const sbMeetingInput: MeetingInput = {
  id: "sb-admin-council-1399-02-08",
  body: { name: "شورای اداری شهرستان شهربابک", kind: "administrative-council" },
  // Illustrative: the report does not number the session.
  session: 1,
  date: SB_COUNCIL_DATE,
  startTime: "10:00",
  location: "سالن جلسات فرمانداری شهربابک",
  chairId: "sb-governor",
  attendees: [
    { personId: "sb-friday-imam", status: "present" },
    { personId: "sb-secretary", status: "present" },
    ...sbAgencyInputs.map((agency) =>
      agency.id === "sb-sports"
        ? { personId: `${agency.id}-head`, status: "excused" as const }
        : { personId: `${agency.id}-head`, status: "present" as const },
    ),
    { personId: "sb-sports-deputy", status: "present", onBehalfOf: "sb-sports-head" },
  ],
  agenda: [
    { title: "فرارسیدن ماه مبارک رمضان و شناسایی نیازمندان", presenterId: "sb-friday-imam" },
    { title: "سال ۹۹، سال پاسخگویی مسئولان به مردم", presenterId: "sb-governor" },
    { title: "تشکیل تیم رسانه‌ای شهرستان", presenterId: "sb-governor" },
    { title: "تحت پوشش قرار دادن خانواده‌های نیازمند", presenterId: "sb-governor" },
  ],
  status: "held",
  sources: ["seeds/002_8c97394de712d5b0.txt"],
};

const toAllSbAgencies: Addressing = {
  meetingId: sbMeetingInput.id,
  assignees: "all-agencies",
  issuedAt: SB_ISSUED,
};

const sbDirectiveInputs: DirectiveInput[] = [
  {
    ...toAllSbAgencies,
    id: "sb-council-resolutions",
    title: "پایبندی به اجرای مصوبات جلسات",
    text: "پایبندی بیشتر مدیران دستگاههای شهربابک به اجرای مصوبات جلسات و خدمترسانی بیشتر دستگاههای اداری به مردم.",
    // Illustrative: the seed asks for adherence without a number of days.
    deadline: { type: "working-days", days: 7 },
  },
  {
    ...toAllSbAgencies,
    id: "sb-media-24h",
    title: "پاسخ به مطالبات مردم از طریق تیم رسانه ظرف ۲۴ ساعت",
    text: "مسئولان موظف هستند پاسخ مسائل و مطالبات مردم را از طریق تیم رسانه ظرف کمتر از ۲۴ ساعت به آنها اعلام کنند.",
    deadline: { type: "hours", hours: 24 },
  },
  {
    ...toAllSbAgencies,
    id: "sb-weekly-report",
    title: "ارسال گزارش فیزیکی و عملکردی هفتگی در روز پنج‌شنبه",
    text: "ادارات موظف هستند هر پنج شنبه گزارش فیزیکی و عملکردی خود را به صورت هفتگی اعلام و به رسانه‌ها ارسال کنند.",
    // The recurrence sets each due date; the directive itself has no final deadline.
    deadline: { type: "none" },
    recurrence: { every: "week", weekday: "thursday" },
  },
  {
    ...toAllSbAgencies,
    id: "sb-social-networks",
    title: "عضویت روسای ادارات در فضای مجازی و پاسخگویی مستند",
    text: "روسای ادارات در فضای مجازی عضویت پیدا کنند و پاسخ گو مطالبات مردم به صورت مستند باشند.",
    // Illustrative time to join.
    deadline: { type: "working-days", days: 5 },
  },
  {
    ...toAllSbAgencies,
    id: "sb-identify-needy",
    title: "شناسایی نیازمندان و کمک‌رسانی با حفظ عزت نفس",
    text: "شناسایی نیازمندان و کمک رسانی به اقشار آسیب دیده با حفظ عزت نفس آنان.",
    // Illustrative: two weeks, well inside Ramadan.
    deadline: { type: "date", date: "1399/02/22" },
  },
  {
    ...toAllSbAgencies,
    id: "sb-five-families",
    title: "تحت پوشش قرار دادن پنج خانواده نیازمند توسط هر دستگاه",
    text: "هر دستگاه پنج خانواده نیازمند را تحت پوشش کمک رسانی خود قرار دهد.",
    // Illustrative: before Eid al-Fitr (about 1399/03/04).
    deadline: { type: "date", date: "1399/03/03" },
  },
];

const sbGenerated = generateHouseholds(sbAgencyInputs, SB, DEHAJ);

/**
 * Shahr-e Babak county: the administrative council at the start of Ramadan 1399 (002), its
 * eleven agencies (five families each), its directives, and fictional needy households.
 *
 * @example
 * ```ts
 * shahrBabak.agencies.length; // => 11
 * shahrBabak.households.length; // => 72
 * shahrBabak.familiesPerAgency; // => 5
 * ```
 *
 * @category Testing
 */
export const shahrBabak: SeedScenario & {
  /** The governorate that chairs the council (not among the addressed agencies). */
  readonly governorate: Agency;
  /** The administrative council's session. */
  readonly council: Meeting;
  /** 72 fictional needy households in the central and Dehaj districts. */
  readonly households: readonly Household[];
  /** Coverage already in place before the council (sponsored and graduated households). */
  readonly sponsorships: readonly Sponsorship[];
  /** How many families each agency must sponsor. */
  readonly familiesPerAgency: number;
} = (() => {
  const council = parseWith(
    Meeting,
    sbMeetingInput,
    "invalid_input",
    "seeds: Shahr-e Babak council",
  );
  return {
    agencies: parseAll(Agency, sbAgencyInputs, "Shahr-e Babak agency"),
    governorate: parseWith(Agency, sbGovernorateInput, "invalid_input", "seeds: governorate"),
    people: parseAll(Person, sbPeopleInputs, "Shahr-e Babak person"),
    meetings: [council],
    council,
    directives: parseAll(Directive, sbDirectiveInputs, "Shahr-e Babak directive"),
    households: parseAll(Household, sbGenerated.households, "household"),
    sponsorships: parseAll(Sponsorship, sbGenerated.sponsorships, "sponsorship"),
    familiesPerAgency: FAMILIES_PER_AGENCY,
  };
})();
