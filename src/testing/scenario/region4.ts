/**
 * Tehran municipality, Region 4, seed report 004. See ./seeds.ts for what comes from the
 * seeds and what is illustrative.
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
  toPersianDigits,
} from "peygir";
import { parseWith } from "../../internal/zodIssues";
import { parseAll, type SeedScenario } from "./shared";

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
 *
 * @example
 * ```ts
 * region4.meeting.date; // => "1397/03/21"
 * ```
 *
 * @category Testing
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
