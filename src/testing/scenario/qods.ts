/**
 * Quds county (province Tehran), seed reports 000 and 001. See ./seeds.ts for what comes from
 * the seeds and what is illustrative.
 */
import {
  Agency,
  type AgencyInput,
  Directive,
  type DirectiveInput,
  Meeting,
  type MeetingInput,
  Person,
  type PersonInput,
} from "peygir";
import { type Addressing, only, parseAll, type SeedScenario } from "./shared";

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
 *
 * @example
 * ```ts
 * qods.headquartersThirdSession.session; // => 3
 * qods.directives.length > 0; // => true
 * ```
 *
 * @category Testing
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
