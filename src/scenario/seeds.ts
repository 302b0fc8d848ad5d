/**
 * The built-in scenario: the meetings, agencies, people and directives of the five seed news
 * reports (`../shared/seeds/*.txt`), plus invented needy households for Shahr-e Babak.
 *
 * The demo, the tests and the docs share this data. It is internal: not exported from
 * `src/index.ts`. Every value is parsed through the entity schemas when this module loads, so
 * the exports are already-validated entities.
 *
 * What comes from the seeds: the bodies, session numbers, named officials and their roles,
 * the directives and the Region 4 date (1397/3/21). What is illustrative (the seeds do not
 * say): the other dates and times, locations, deadlines that the seeds give no number for,
 * agency ids, and the titles that stand in for officials the seeds do not name. The needy
 * households are entirely fictional (see `shahrBabakHouseholds`).
 */
import type { z } from "zod";
import { mulberry32 } from "../_lib/mulberry32";
import { parseWith } from "../_lib/zodIssues";
import {
  Agency,
  type AgencyInput,
  Directive,
  type DirectiveInput,
  Household,
  type HouseholdInput,
  Meeting,
  type MeetingInput,
  Person,
  Sponsorship,
  type SponsorshipInput,
  Vulnerability,
} from "../entities/index";
import { toPersianDigits } from "../text/digits";
import { nationalIdCheckDigit } from "../text/isValidNationalId";

type PersonInput = z.input<typeof Person>;

/** One place's share of the scenario. */
export interface SeedScenario {
  /** The agencies that directives are addressed to. */
  readonly agencies: readonly Agency[];
  /** The officials and other people in the meetings. */
  readonly people: readonly Person[];
  /** The meetings, oldest first. */
  readonly meetings: readonly Meeting[];
  /** The directives, in the order the report gives them. */
  readonly directives: readonly Directive[];
}

function parseAll<S extends z.ZodType>(
  schema: S,
  inputs: readonly z.input<S>[],
  what: string,
): z.output<S>[] {
  return inputs.map((input, index) =>
    parseWith(schema, input, "invalid_input", `seeds: ${what} ${index} is invalid`),
  );
}

function only<T>(items: readonly T[], what: string): T {
  const [first] = items;
  if (items.length !== 1 || first === undefined) throw new Error(`seeds: expected one ${what}`);
  return first;
}

// ---------------------------------------------------------------------------------------------
// 000 and 001 — Quds county (province Tehran)

const QODS = { province: "تهران", county: "قدس" } as const;

const qodsAgencyInputs: AgencyInput[] = [
  { id: "qods-governorate", name: "فرمانداری شهرستان قدس", kind: "فرمانداری", region: QODS },
  { id: "qods-municipality", name: "شهرداری قدس", kind: "شهرداری", region: QODS },
  {
    id: "qods-central-district",
    name: "بخشداری مرکزی شهرستان قدس",
    kind: "بخشداری",
    region: { ...QODS, district: "مرکزی" },
  },
  { id: "qods-city-council", name: "شورای اسلامی شهر قدس", kind: "شورا", region: QODS },
  { id: "qods-welfare", name: "اداره بهزیستی شهرستان قدس", kind: "اداره", region: QODS },
  {
    id: "qods-relief",
    name: "کمیته امداد امام خمینی (ره) شهرستان قدس",
    kind: "نهاد",
    region: QODS,
  },
  { id: "qods-education", name: "اداره آموزش و پرورش شهرستان قدس", kind: "اداره", region: QODS },
  { id: "qods-health", name: "شبکه بهداشت و درمان شهرستان قدس", kind: "شبکه", region: QODS },
  { id: "qods-sports", name: "اداره ورزش و جوانان شهرستان قدس", kind: "اداره", region: QODS },
];

// The seeds name the governor and the Friday prayer leader; the others are known by title.
const qodsPeopleInputs: PersonInput[] = [
  { id: "qods-governor", name: "وحید گلی کانی", role: "governor", agencyId: "qods-governorate" },
  {
    id: "qods-friday-imam",
    name: "حجت الاسلام و المسلمین رضا جوکار",
    role: "friday-prayer-leader",
  },
  {
    id: "qods-deputy-governor-political",
    name: "معاون سیاسی، امنیتی و اجتماعی فرماندار قدس",
    role: "deputy-governor",
    agencyId: "qods-governorate",
  },
  {
    id: "qods-deputy-governor-development",
    name: "معاون توسعه فرماندار قدس",
    role: "deputy-governor",
    agencyId: "qods-governorate",
  },
  {
    id: "qods-district-governor",
    name: "بخشدار مرکزی قدس",
    role: "district-governor",
    agencyId: "qods-central-district",
  },
  { id: "qods-mayor", name: "شهردار قدس", role: "mayor", agencyId: "qods-municipality" },
  {
    id: "qods-council-chair",
    name: "رئیس شورای اسلامی شهر قدس",
    role: "council-chair",
    agencyId: "qods-city-council",
  },
  {
    id: "qods-deputy-mayor-services",
    name: "معاون خدمات شهری شهرداری قدس",
    role: "deputy-mayor",
    agencyId: "qods-municipality",
  },
  {
    id: "qods-deputy-mayor-planning",
    name: "معاون برنامه‌ریزی شهرداری قدس",
    role: "deputy-mayor",
    agencyId: "qods-municipality",
  },
  ...(["welfare", "relief", "education", "health", "sports"] as const).map(
    (key): PersonInput => ({
      id: `qods-${key}-head`,
      name: `رئیس ${qodsAgencyInputs.find((agency) => agency.id === `qods-${key}`)?.name ?? key}`,
      role: "agency-head",
      agencyId: `qods-${key}`,
    }),
  ),
];

// Illustrative date: the report mentions the 13th government (from Mordad 1400) and the
// Firuzkuh floods (Mordad 1401), so a day soon after, in 1401, at 10:00 Tehran time (+04:30,
// daylight saving time still applied in 1401 until 1401/06/30).
const QODS_HQ3_ISSUED = "2022-08-16T10:00:00+04:30"; // 1401/05/25 10:00
// Illustrative date for the joint council: autumn 1401 (+03:30).
const QODS_JOINT2_ISSUED = "2022-11-01T10:00:00+03:30"; // 1401/08/10 10:00
const QODS_HEADS = ["welfare", "relief", "education", "health", "sports"].map(
  (key) => `qods-${key}-head`,
);

const qodsMeetingInputs: MeetingInput[] = [
  {
    id: "qods-hq-3",
    body: {
      name: "ستاد ساماندهی قرارگاه خدمات اجتماعی شهرستان قدس",
      kind: "social-services-headquarters",
    },
    session: 3,
    date: "1401/05/25",
    startTime: "10:00",
    location: "سالن جلسات فرمانداری قدس",
    chairId: "qods-governor",
    attendees: [
      { personId: "qods-friday-imam", status: "present" },
      ...QODS_HEADS.map((personId) => ({ personId, status: "present" as const })),
    ],
    agenda: [
      { title: "برنامه‌محور بودن فعالیت مدیران دستگاه‌های اجرایی", presenterId: "qods-governor" },
      { title: "فعالیت در حوزه اجتماعی و کاهش بزه‌های اجتماعی", presenterId: "qods-governor" },
      {
        title: "الگوسازی نحوه فعالیت مدیران جهادی و طرح محلات اسلامی",
        presenterId: "qods-friday-imam",
      },
    ],
    status: "held",
    sources: ["seeds/000_307d3d4751f35390.txt"],
  },
  {
    id: "qods-joint-2",
    body: { name: "شورای معاونین فرمانداری و شهرداری قدس", kind: "joint-council" },
    session: 2,
    date: "1401/08/10",
    startTime: "10:00",
    location: "فرمانداری قدس",
    chairId: "qods-governor",
    attendees: [
      "qods-deputy-governor-political",
      "qods-deputy-governor-development",
      "qods-district-governor",
      "qods-mayor",
      "qods-council-chair",
      "qods-deputy-mayor-services",
      "qods-deputy-mayor-planning",
    ].map((personId) => ({ personId, status: "present" as const })),
    agenda: [
      { title: "آسیب‌شناسی و شفاف‌سازی مسیر ارائه خدمات به شهروندان", presenterId: "qods-governor" },
    ],
    status: "held",
    sources: ["seeds/001_4d6d663db77a7c32.txt"],
  },
];

type Addressing = Pick<DirectiveInput, "meetingId" | "assignees" | "issuedAt">;

const toAllQodsAgencies: Addressing = {
  meetingId: "qods-hq-3",
  assignees: "all-agencies",
  issuedAt: QODS_HQ3_ISSUED,
};
const toQodsMunicipality: Addressing = {
  meetingId: "qods-joint-2",
  assignees: { agencyIds: ["qods-municipality"] },
  issuedAt: QODS_JOINT2_ISSUED,
};

const qodsDirectiveInputs: DirectiveInput[] = [
  {
    ...toAllQodsAgencies,
    id: "qods-hq3-written-plan",
    title: "فعالیت بر مبنای برنامه و مطالبه برش شهرستانی",
    text: "مسئولین دستگاههای اجرایی میبایست برش شهرستانیهای خود را از مراجع مربوطه مطالبه کنند.",
    // Illustrative: the seed sets no deadline for requesting the county shares.
    deadline: { type: "working-days", days: 10 },
  },
  {
    ...toAllQodsAgencies,
    id: "qods-hq3-social-harm",
    title: "نقش‌آفرینی واحدهای اجتماعی دستگاه‌ها در کاهش بزه‌های اجتماعی",
    text: "واحدهای مربوطه در دستگاههای اجرایی، نهادها و ارگانهای مختلف در این راستا نقش ایفا کنند.",
    deadline: { type: "none" },
  },
  {
    ...toAllQodsAgencies,
    id: "qods-hq3-inform-citizens",
    title: "اطلاع‌رسانی به موقع فعالیت‌ها به شهروندان",
    text: "مدیران دستگاههای اجرایی میبایست فعالیتهای صورت گرفته را به اطلاع شهروندان برسانند.",
    deadline: { type: "none" },
  },
  {
    ...toAllQodsAgencies,
    id: "qods-hq3-jihadi-groups",
    title: "بهره‌گیری تخصصی از ظرفیت گروه‌های جهادی در قرارگاه خدمات اجتماعی",
    text: "باید از ظرفیت گروههای جهادی به صورت تخصصی در قرارگاه خدمات اجتماعی به منظور رفع مشکلات استفاده شود؛ ایجاد شغل برای معتادین بهبودیافته کاری پیشگیرانه است.",
    deadline: { type: "none" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-regular-sessions",
    assignees: { agencyIds: ["qods-governorate", "qods-municipality"] },
    title: "برگزاری مستمر نشست مشترک شورای معاونین",
    deadline: { type: "none" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-service-path",
    title: "آسیب‌شناسی و شفاف‌سازی مسیر ارائه خدمات به شهروندان",
    deadline: { type: "none" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-bottlenecks",
    title: "شناسایی و رفع گلوگاه‌های نارضایتی ارباب رجوع",
    deadline: { type: "none" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-e-services",
    title: "برنامه‌ریزی الکترونیکی شدن خدمات شهرداری",
    // Illustrative: by the end of the year.
    deadline: { type: "date", date: "1401/12/29" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-simplification",
    title: "سنجش درصد خدمات تسهیل‌شده در قبال افزایش بودجه",
    deadline: { type: "none" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-contractors",
    title: "رفع مشکلات حوزه پیمانکاری",
    deadline: { type: "none" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-scrap-dealers",
    title: "ساماندهی ضایعاتی‌ها",
    deadline: { type: "none" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-illegal-construction",
    title: "مقابله با ساخت‌وسازهای غیرمجاز و سد معبر",
    deadline: { type: "none" },
  },
  {
    ...toQodsMunicipality,
    id: "qods-joint2-client-respect",
    title: "تکریم ارباب رجوع در بدنه شهرداری",
    deadline: { type: "none" },
  },
];

/**
 * Quds county: the social-services headquarters' third session (000) and the second joint
 * session of the governorate's and municipality's deputies (001), with their directives.
 */
export const qods: SeedScenario & {
  /** The third session of the social-services headquarters. */
  readonly headquartersThirdSession: Meeting;
  /** The second joint session of the council of deputies. */
  readonly jointCouncilSecondSession: Meeting;
} = (() => {
  const meetings = parseAll(Meeting, qodsMeetingInputs, "Quds meeting");
  return {
    agencies: parseAll(Agency, qodsAgencyInputs, "Quds agency"),
    people: parseAll(Person, qodsPeopleInputs, "Quds person"),
    meetings,
    directives: parseAll(Directive, qodsDirectiveInputs, "Quds directive"),
    headquartersThirdSession: only(
      meetings.filter((meeting) => meeting.id === "qods-hq-3"),
      "headquarters session",
    ),
    jointCouncilSecondSession: only(
      meetings.filter((meeting) => meeting.id === "qods-joint-2"),
      "joint session",
    ),
  };
})();

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

// --- Fictional needy households ---------------------------------------------------------------
//
// Every household below is invented: the names are "خانوار نمونه N" (sample household N), the
// national IDs are random digits completed with a valid check digit, and the mobiles follow an
// obvious pattern. None describes a real person. They are generated by a small seeded PRNG
// (mulberry32), so every run produces the same list.

const HOUSEHOLD_COUNT = 70;
// Sizes drawn with these weights: mostly three to five people, a few living alone.
const HOUSEHOLD_SIZES = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8] as const;

const VULNERABILITIES: readonly Vulnerability[] = Vulnerability.options;

function generateHouseholds(): {
  households: HouseholdInput[];
  sponsorships: SponsorshipInput[];
} {
  const random = mulberry32(1399);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const seen = new Set<string>();
  const households: HouseholdInput[] = [];
  const sponsorships: SponsorshipInput[] = [];

  for (let n = 1; n <= HOUSEHOLD_COUNT; n++) {
    let nationalId = "";
    while (nationalId === "" || seen.has(nationalId) || /^(\d)\1{9}$/.test(nationalId)) {
      const nine = Array.from({ length: 9 }, () => Math.floor(random() * 10)).join("");
      nationalId = nine + String(nationalIdCheckDigit(nine));
    }
    seen.add(nationalId);

    const vulnerabilities = new Set<Vulnerability>();
    const count = 1 + Math.floor(random() * 3); // 1 to 3 reasons
    while (vulnerabilities.size < count) vulnerabilities.add(pick(VULNERABILITIES));
    // Covid-19 cost many jobs in spring 1399, as the Friday prayer leader said.
    if (n % 5 === 0) vulnerabilities.add("job-loss");

    const roll = random();
    const status =
      roll < 0.7
        ? "verified"
        : roll < 0.84
          ? "identified"
          : roll < 0.9
            ? "sponsored"
            : roll < 0.95
              ? "graduated"
              : "inactive";

    const id = `sb-hh-${String(n).padStart(2, "0")}`;
    const incomeRoll = random();
    const household: HouseholdInput = {
      id,
      head: {
        name: `خانوار نمونه ${toPersianDigits(n)}`,
        // Some IDs are written as a form would show them, to exercise normalisation.
        nationalId: n % 6 === 0 ? toPersianDigits(nationalId) : nationalId,
        ...(n % 4 === 0 ? { mobile: `0913 000 ${String(n).padStart(4, "0")}` } : {}),
      },
      members: pick(HOUSEHOLD_SIZES),
      region: n % 3 === 0 ? DEHAJ : SB,
      vulnerabilities: [...vulnerabilities],
      status,
      // About one in eight incomes is unknown; the others are 0 to 35 million rials a month.
      ...(incomeRoll < 0.125 ? {} : { monthlyIncome: Math.round(incomeRoll * 350) * 100_000 }),
      // A family member works at the agency: it may not sponsor the household.
      ...(n % 13 === 5 ? { excludedAgencyIds: [pick(sbAgencyInputs).id] } : {}),
    };
    households.push(household);

    if (status === "sponsored") {
      sponsorships.push({
        id: `sb-sp-${String(n).padStart(2, "0")}`,
        agencyId: n % 2 === 0 ? "sb-relief" : "sb-welfare",
        householdId: id,
        since: "1398/10/01",
        status: "active",
      });
    } else if (status === "graduated") {
      sponsorships.push({
        id: `sb-sp-${String(n).padStart(2, "0")}`,
        agencyId: "sb-relief",
        householdId: id,
        since: "1397/07/01",
        until: "1398/12/29",
        status: "ended",
      });
    }
  }

  // Two heads registered twice by different agencies (same national ID, different record):
  // the data-quality case the allocation must catch.
  for (const [n, copyOf] of [
    [71, 7],
    [72, 23],
  ] as const) {
    const original = households[copyOf - 1];
    if (original === undefined) throw new Error("seeds: missing household to duplicate");
    households.push({
      ...original,
      id: `sb-hh-${n}`,
      head: { name: `خانوار نمونه ${toPersianDigits(n)}`, nationalId: original.head.nationalId },
      status: "identified",
    });
  }
  return { households, sponsorships };
}

const sbGenerated = generateHouseholds();

/**
 * Shahr-e Babak county: the administrative council at the start of Ramadan 1399 (002), its
 * eleven agencies (five families each), its directives, and fictional needy households.
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

// ---------------------------------------------------------------------------------------------
// 004 — Tehran municipality, Region 4

const TEHRAN = { province: "تهران", county: "تهران" } as const;
const DISTRICTS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

const region4AgencyInputs: AgencyInput[] = [
  { id: "t4-municipality", name: "شهرداری منطقه ۴ تهران", kind: "شهرداری", region: TEHRAN },
  ...DISTRICTS.map(
    (d): AgencyInput => ({
      id: `t4-district-${d}`,
      name: `شهرداری ناحیه ${toPersianDigits(d)} منطقه ۴`,
      kind: "ناحیه شهرداری",
      region: { ...TEHRAN, district: `ناحیه ${toPersianDigits(d)}` },
      parentId: "t4-municipality",
    }),
  ),
];

// The seed names the mayor (حسینی), the adviser (حقانی) and the deputy (عمارتی) by surname
// only; the district managers are known by title.
const region4PeopleInputs: PersonInput[] = [
  { id: "t4-mayor", name: "حسینی", role: "mayor", agencyId: "t4-municipality" },
  // The adviser to Tehran municipality's social and cultural deputy mayor: a guest.
  { id: "t4-adviser", name: "حقانی", role: "other" },
  { id: "t4-social-deputy", name: "عمارتی", role: "deputy-mayor", agencyId: "t4-municipality" },
  ...DISTRICTS.map(
    (d): PersonInput => ({
      id: `t4-district-${d}-head`,
      name: `مدیر اجتماعی ناحیه ${toPersianDigits(d)} منطقه ۴`,
      role: "agency-head",
      agencyId: `t4-district-${d}`,
    }),
  ),
];

const region4MeetingInput: MeetingInput = {
  id: "t4-1397-03-21",
  body: {
    name: "جلسه بررسی چالش‌های حوزه معاونت اجتماعی و فرهنگی شهرداری منطقه ۴",
    kind: "other",
  },
  session: 1,
  // As written in the source, without zero padding; the schema makes it canonical.
  date: "1397/3/21",
  chairId: "t4-mayor",
  attendees: [
    { personId: "t4-adviser", status: "present" },
    { personId: "t4-social-deputy", status: "present" },
    ...DISTRICTS.map((d) => ({ personId: `t4-district-${d}-head`, status: "present" as const })),
  ],
  agenda: [
    { title: "خیرمقدم و هدف جلسه", presenterId: "t4-mayor" },
    { title: "ارتقای بینش شهروندی و شهروندسازی", presenterId: "t4-adviser" },
    { title: "شناسایی ساختاری مشکلات اجتماعی نواحی", presenterId: "t4-social-deputy" },
    ...DISTRICTS.map((d) => ({
      title: `چالش‌ها و راهکارهای اجتماعی و فرهنگی ناحیه ${toPersianDigits(d)}`,
      presenterId: `t4-district-${d}-head`,
    })),
  ],
  status: "held",
  sources: ["seeds/004_d5dc5020f85946cf.txt"],
};

const region4DirectiveInputs: DirectiveInput[] = [
  {
    id: "t4-district-social-problems",
    meetingId: region4MeetingInput.id,
    title: "شناسایی مشکلات اجتماعی نواحی با نگاه ساختاری و ارائه راهکار",
    text: "روسای ستادی و مدیران اجتماعی نواحی باید مشکلات اجتماعی موجود را با نگاه ساختاری اجرایی شناسایی کنند و راهکار مناسب ارائه دهند.",
    assignees: { agencyIds: DISTRICTS.map((d) => `t4-district-${d}`) },
    deadline: { type: "none" },
    issuedAt: "2018-06-11T11:00:00+04:30", // 1397/03/21 11:00 (time illustrative)
  },
];

/**
 * Tehran Region 4: the meeting of 1397/3/21 on social and cultural challenges (004), the
 * region's municipality and its nine districts (نواحی ۹گانه), each presenting an agenda item.
 */
export const region4: SeedScenario & {
  /** The meeting of 1397/03/21. */
  readonly meeting: Meeting;
} = (() => {
  const meeting = parseWith(
    Meeting,
    region4MeetingInput,
    "invalid_input",
    "seeds: Region 4 meeting",
  );
  return {
    agencies: parseAll(Agency, region4AgencyInputs, "Region 4 agency"),
    people: parseAll(Person, region4PeopleInputs, "Region 4 person"),
    meetings: [meeting],
    meeting,
    directives: parseAll(Directive, region4DirectiveInputs, "Region 4 directive"),
  };
})();

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

/** The whole scenario, by place. */
export const seeds = { qods, shahrBabak, region4, eastAzarbaijanWelfare } as const;
