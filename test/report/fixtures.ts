import type {
  Agency,
  Directive,
  Meeting,
  Person,
  Sponsorship,
  Task,
  WeeklyReport,
} from "../../src/entities/index";
import { parseJalaliDate } from "../../src/jalali/index";

/** Strings that would inject markup if the report did not escape them. */
export const HOSTILE = {
  script: "<script>alert(1)</script>",
  img: '"><img src=x onerror=alert(1)>',
  entity: "&amp; 'single' \"double\" <b>",
  style: "</style><script>alert(2)</script>",
  svg: "</text></svg><svg onload=alert(3)>",
} as const;

const d = parseJalaliDate;

/** A meeting whose every name and title is hostile; statuses known at `NOW`. */
export const NOW = "2024-07-20T10:00:00+03:30"; // Saturday 1403/04/30, 10:00 in Tehran

export const meeting: Meeting = {
  id: "m-1",
  body: { name: `شورای اداری ${HOSTILE.script}`, kind: "administrative-council" },
  session: 3,
  date: d("1403/04/20"),
  startTime: "09:00",
  location: HOSTILE.entity,
  chairId: "chair",
  attendees: [
    { personId: "chair", status: "present" },
    { personId: "p2", status: "absent" },
  ],
  agenda: [],
  status: "held",
};

export const people: Person[] = [
  { id: "chair", name: `فرماندار ${HOSTILE.img}`, role: "governor" },
];

export const agencies: Agency[] = [
  {
    id: 'a"1',
    name: `اداره ${HOSTILE.img}`,
    region: { province: "کرمان" },
    active: true,
  },
  {
    id: "a2",
    name: `آموزش ${HOSTILE.entity}`,
    region: { province: "کرمان" },
    sponsorshipQuota: 3,
    active: true,
  },
  { id: "a3", name: `بهزیستی ${HOSTILE.svg}`, region: { province: "کرمان" }, active: true },
  { id: "gone", name: "اداره منحل", region: { province: "کرمان" }, active: false },
];

const issued = "2024-07-10T10:00:00+03:30";

export const directives: Directive[] = [
  {
    id: "d-open",
    meetingId: "m-1",
    title: `برنامه ${HOSTILE.style}`,
    assignees: "all-agencies",
    deadline: { type: "working-days", days: 40 },
    issuedAt: issued,
  },
  {
    id: "d-24h",
    meetingId: "m-1",
    title: `پاسخ ۲۴ ساعته ${HOSTILE.script}`,
    text: HOSTILE.img,
    assignees: { agencyIds: ['a"1', "a2"] },
    deadline: { type: "hours", hours: 24 },
    issuedAt: issued,
  },
  {
    id: "d-date",
    meetingId: "m-1",
    title: "گزارش تا یکشنبه",
    assignees: { agencyIds: ["a2", "a3"] },
    deadline: { type: "date", date: d("1403/04/24") },
    issuedAt: issued,
  },
  {
    id: "d-weekly",
    meetingId: "m-1",
    title: "گزارش هفتگی",
    assignees: "all-agencies",
    deadline: { type: "none" },
    recurrence: { every: "week", weekday: "thursday" },
    issuedAt: issued,
  },
  {
    id: "d-other-meeting",
    meetingId: "m-0",
    title: "مصوبه جلسه دیگر",
    assignees: "all-agencies",
    deadline: { type: "hours", hours: 1 },
    issuedAt: issued,
  },
];

function task(id: string, agencyId: string, directive: Directive, extra: Partial<Task> = {}): Task {
  return {
    id,
    agencyId,
    directiveId: directive.id,
    title: directive.title,
    issuedAt: directive.issuedAt,
    deadline: directive.deadline,
    ...extra,
  };
}

const [dOpen, d24, dDate, dWeekly, dOther] = directives as [
  Directive,
  Directive,
  Directive,
  Directive,
  Directive,
];

export const tasks: Task[] = [
  task(`t-open-1${HOSTILE.img}`, 'a"1', dOpen),
  task("t-open-2", "a2", dOpen, { cancelledAt: "2024-07-12T10:00:00+03:30" }),
  // Overdue since 1403/04/21 10:00.
  task("t-24h-1", 'a"1', d24),
  task("t-24h-2", "a2", d24, { completedAt: "2024-07-10T15:00:00+03:30" }),
  // Overdue since 1403/04/24 14:30 (a Sunday), done late.
  task("t-date-2", "a2", dDate),
  task("t-date-3", "a3", dDate, { completedAt: "2024-07-17T09:00:00+03:30" }),
  task("t-weekly-1", "a3", dWeekly),
  task("t-other", "a2", dOther),
  // A task of an agency the report does not know.
  task("t-24h-x", "unknown-agency", d24),
];

/** The number of overdue tasks of the meeting at NOW, counted by hand above. */
export const OVERDUE = 3; // t-24h-1, t-24h-x, t-date-2

export const sponsorships: Sponsorship[] = [
  ...[1, 2, 3, 4, 5].map(
    (i): Sponsorship => ({
      id: `s1-${i}`,
      agencyId: 'a"1',
      householdId: `secret-household-${i}`,
      since: d("1403/01/15"),
      status: "active",
    }),
  ),
  {
    id: "s2-1",
    agencyId: "a2",
    householdId: "secret-household-6",
    since: d("1403/01/15"),
    status: "active",
  },
  {
    id: "s2-2",
    agencyId: "a2",
    householdId: "secret-household-7",
    since: d("1403/01/15"),
    until: d("1403/03/01"),
    status: "ended",
  },
  // Starts after NOW: not yet covering.
  {
    id: "s3-1",
    agencyId: "a3",
    householdId: "secret-household-8",
    since: d("1403/05/10"),
    status: "active",
  },
];

/** Covered households at NOW per agency id, counted by hand. */
export const COVERED: Readonly<Record<string, number>> = { 'a"1': 5, a2: 1, a3: 0 };

export const reports: WeeklyReport[] = [
  { id: "r1", agencyId: 'a"1', week: d("1403/04/21"), submittedAt: "2024-07-11T09:00:00+03:30" },
  { id: "r2", agencyId: "a2", week: d("1403/04/21"), submittedAt: "2024-07-13T09:00:00+03:30" },
];
