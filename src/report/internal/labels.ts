/**
 * The report's words in Persian and English (private).
 */
import type { DeadlineState } from "../../deadlines/index";
import { deadlineStateLabels } from "../../i18n/deadlineLabels";
import type { Locale } from "../../i18n/Locale";
import type { Weekday } from "../../jalali/Weekday";

/** Every fixed text of the report. */
export interface ReportLabels {
  readonly title: string;
  readonly session: string;
  readonly date: string;
  readonly chair: string;
  readonly location: string;
  readonly attendees: string;
  readonly asOf: string;
  readonly summary: string;
  readonly directivesCount: string;
  readonly tasksCount: string;
  readonly overdue: string;
  readonly done: string;
  readonly overdueNone: string;
  readonly directives: string;
  readonly directivesNone: string;
  readonly noTasks: string;
  readonly agency: string;
  readonly directive: string;
  readonly state: string;
  readonly due: string;
  readonly detail: string;
  readonly deadline: string;
  readonly lateBy: string;
  readonly compliance: string;
  readonly complianceNote: string;
  readonly complianceChart: string;
  readonly noReportsDue: string;
  readonly sponsorship: string;
  readonly sponsorshipNote: string;
  readonly sponsorshipChart: string;
  readonly active: string;
  readonly quota: string;
  readonly households: string;
  readonly privacy: string;
  readonly of: string;
  readonly noDeadline: string;
  readonly hours: string;
  readonly workingDays: string;
  readonly every: string;
  readonly states: Readonly<Record<DeadlineState, string>>;
  readonly weekdays: Readonly<Record<Weekday, string>>;
}

const FA: ReportLabels = {
  title: "گزارش پیگیری مصوبات",
  session: "جلسه",
  date: "تاریخ جلسه",
  chair: "رئیس جلسه",
  location: "محل",
  attendees: "حاضران",
  asOf: "وضعیت در",
  summary: "خلاصه",
  directivesCount: "مصوبه",
  tasksCount: "اقدام دستگاه‌ها",
  overdue: "اقدام‌های گذشته از مهلت",
  done: "انجام‌شده",
  overdueNone: "هیچ اقدامی از مهلت نگذشته است.",
  directives: "مصوبات و وضعیت اقدام هر دستگاه",
  directivesNone: "این جلسه مصوبه‌ای ندارد.",
  noTasks: "هنوز به دستگاهی ابلاغ نشده است.",
  agency: "دستگاه اجرایی",
  directive: "مصوبه",
  state: "وضعیت",
  due: "مهلت",
  detail: "شرح",
  deadline: "مهلت اجرا",
  lateBy: "تأخیر (روز کاری)",
  compliance: "گزارش عملکرد هفتگی",
  complianceNote: "سهم گزارش‌های به‌موقع از گزارش‌های سررسیدشده هر دستگاه",
  complianceChart: "نمودار ارسال به‌موقع گزارش هفتگی",
  noReportsDue: "گزارشی سررسید نشده",
  sponsorship: "پوشش خانواده‌های نیازمند",
  sponsorshipNote: "خانواده‌های تحت پوشش فعال هر دستگاه در برابر سهمیه",
  sponsorshipChart: "نمودار پوشش خانواده‌های نیازمند",
  active: "تحت پوشش",
  quota: "سهمیه",
  households: "خانواده تحت پوشش",
  privacy: "برای حفظ کرامت خانواده‌ها، فقط شمار آن‌ها آمده است و هیچ نام یا شناسه‌ای نمی‌آید.",
  of: "از",
  noDeadline: "بدون مهلت",
  hours: "ساعت",
  workingDays: "روز کاری",
  every: "هر",
  states: deadlineStateLabels.fa,
  weekdays: {
    saturday: "شنبه",
    sunday: "یکشنبه",
    monday: "دوشنبه",
    tuesday: "سه‌شنبه",
    wednesday: "چهارشنبه",
    thursday: "پنجشنبه",
    friday: "جمعه",
  },
};

const EN: ReportLabels = {
  title: "Follow-up report",
  session: "Session",
  date: "Meeting date",
  chair: "Chair",
  location: "Location",
  attendees: "Present",
  asOf: "Status as of",
  summary: "Summary",
  directivesCount: "directives",
  tasksCount: "agency tasks",
  overdue: "Overdue tasks",
  done: "done",
  overdueNone: "No task is overdue.",
  directives: "Directives and each agency's task",
  directivesNone: "This meeting issued no directive.",
  noTasks: "Not yet assigned to any agency.",
  agency: "Agency",
  directive: "Directive",
  state: "State",
  due: "Due",
  detail: "Detail",
  deadline: "Deadline",
  lateBy: "Late (working days)",
  compliance: "Weekly performance reports",
  complianceNote: "Share of each agency's due reports that were sent on time",
  complianceChart: "Chart of weekly reports sent on time",
  noReportsDue: "no report due yet",
  sponsorship: "Coverage of needy households",
  sponsorshipNote: "Households under each agency's active coverage against its quota",
  sponsorshipChart: "Chart of needy households covered",
  active: "covered",
  quota: "quota",
  households: "households covered",
  privacy: "To protect the households' dignity, only their number is shown, never a name or an id.",
  of: "of",
  noDeadline: "no deadline",
  hours: "hours",
  workingDays: "working days",
  every: "every",
  states: deadlineStateLabels.en,
  weekdays: {
    saturday: "Saturday",
    sunday: "Sunday",
    monday: "Monday",
    tuesday: "Tuesday",
    wednesday: "Wednesday",
    thursday: "Thursday",
    friday: "Friday",
  },
};

/** The labels of a locale. */
export function labelsFor(locale: Locale): ReportLabels {
  return locale === "fa" ? FA : EN;
}
