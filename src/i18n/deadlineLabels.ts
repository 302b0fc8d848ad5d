import type { DeadlineState } from "../deadlines/DeadlineState";
import type { ReportWeekState } from "../deadlines/getReportCompliance";
import type { Locale } from "./Locale";

/**
 * The name of each deadline state, in Persian and English.
 *
 * @example
 * ```ts
 * deadlineStateLabels.fa.overdue; // => "گذشته از مهلت"
 * deadlineStateLabels.en["due-soon"]; // => "due soon"
 * ```
 *
 * @category Labels
 */
export const deadlineStateLabels: Readonly<
  Record<Locale, Readonly<Record<DeadlineState, string>>>
> = {
  fa: {
    open: "در جریان",
    "due-soon": "نزدیک به مهلت",
    overdue: "گذشته از مهلت",
    "done-on-time": "انجام‌شده در مهلت",
    "done-late": "انجام‌شده با تأخیر",
    cancelled: "لغوشده",
  },
  en: {
    open: "open",
    "due-soon": "due soon",
    overdue: "overdue",
    "done-on-time": "done on time",
    "done-late": "done late",
    cancelled: "cancelled",
  },
};

/**
 * The name of each weekly-report state, in Persian and English.
 *
 * @example
 * ```ts
 * reportWeekStateLabels.fa.missing; // => "ارسال‌نشده"
 * reportWeekStateLabels.en["on-time"]; // => "on time"
 * ```
 *
 * @category Labels
 */
export const reportWeekStateLabels: Readonly<
  Record<Locale, Readonly<Record<ReportWeekState, string>>>
> = {
  fa: { "on-time": "به‌موقع", late: "با تأخیر", missing: "ارسال‌نشده", pending: "در انتظار" },
  en: { "on-time": "on time", late: "late", missing: "missing", pending: "pending" },
};

/**
 * The phrases of {@link formatDeadlineStatus}, by locale: each has a form for one and for
 * other counts, `{n}` standing for the number and `{date}` for a Jalali day (both written in
 * Persian digits in `fa`).
 *
 * @example
 * ```ts
 * deadlinePhrases.fa.workingDaysLeft.other; // => "{n} روز کاری تا مهلت"
 * deadlinePhrases.en.workingDaysLate.one; // => "overdue by 1 working day"
 * deadlinePhrases.en.lateSince.other; // => "overdue since {date}"
 * ```
 *
 * @category Labels
 */
export const deadlinePhrases: Readonly<
  Record<Locale, Readonly<Record<DeadlinePhrase, PluralPhrase>>>
> = {
  fa: {
    workingDaysLeft: { one: "{n} روز کاری تا مهلت", other: "{n} روز کاری تا مهلت" },
    hoursLeft: { one: "{n} ساعت تا مهلت", other: "{n} ساعت تا مهلت" },
    minutesLeft: { one: "{n} دقیقه تا مهلت", other: "{n} دقیقه تا مهلت" },
    workingDaysLate: { one: "{n} روز کاری تأخیر", other: "{n} روز کاری تأخیر" },
    hoursLate: { one: "{n} ساعت تأخیر", other: "{n} ساعت تأخیر" },
    minutesLate: { one: "{n} دقیقه تأخیر", other: "{n} دقیقه تأخیر" },
    lateSince: { one: "تأخیر از {date}", other: "تأخیر از {date}" },
    doneWorkingDaysLate: {
      one: "انجام‌شده با {n} روز کاری تأخیر",
      other: "انجام‌شده با {n} روز کاری تأخیر",
    },
    noDeadline: { one: "بدون مهلت", other: "بدون مهلت" },
  },
  en: {
    workingDaysLeft: { one: "1 working day to deadline", other: "{n} working days to deadline" },
    hoursLeft: { one: "1 hour to deadline", other: "{n} hours to deadline" },
    minutesLeft: { one: "1 minute to deadline", other: "{n} minutes to deadline" },
    workingDaysLate: { one: "overdue by 1 working day", other: "overdue by {n} working days" },
    hoursLate: { one: "overdue by 1 hour", other: "overdue by {n} hours" },
    minutesLate: { one: "overdue by 1 minute", other: "overdue by {n} minutes" },
    lateSince: { one: "overdue since {date}", other: "overdue since {date}" },
    doneWorkingDaysLate: { one: "done 1 working day late", other: "done {n} working days late" },
    noDeadline: { one: "no deadline", other: "no deadline" },
  },
};

/**
 * The keys of {@link deadlinePhrases}.
 *
 * @category Labels
 */
export type DeadlinePhrase =
  | "workingDaysLeft"
  | "hoursLeft"
  | "minutesLeft"
  | "workingDaysLate"
  | "hoursLate"
  | "minutesLate"
  | "lateSince"
  | "doneWorkingDaysLate"
  | "noDeadline";

/**
 * A phrase in its singular and plural forms; `{n}` stands for the number, `{date}` for a day.
 *
 * @category Labels
 */
export interface PluralPhrase {
  /** The form for exactly one. */
  readonly one: string;
  /** The form for any other number. */
  readonly other: string;
}
