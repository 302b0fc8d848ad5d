import type { WorkCalendar } from "../calendar/index";
import type { InstantInput } from "../entities/IsoInstant";
import { PeygirError } from "../errors/PeygirError";
import { type DeadlinePhrase, deadlinePhrases, deadlineStateLabels } from "../i18n/deadlineLabels";
import { localeOption } from "../i18n/internal/localeOption";
import type { Locale } from "../i18n/Locale";
import { epochDayToString } from "../internal/epochDay";
import { instantMs, isIsoInstant } from "../internal/instant";
import { toPersianDigits } from "../text/digits";
import type { DeadlineStatus } from "./DeadlineState";
import { calendarOption, dayOfDate, localDay, workingDaysFromTo } from "./internal/workingTime";

/**
 * Options of {@link formatDeadlineStatus}.
 *
 * @category Deadlines
 */
export interface FormatDeadlineStatusOptions {
  /** The instant the label is read at (normally the `now` the status was computed for). */
  readonly now: InstantInput;
  /** The language: `"fa"` (default; Persian digits) or `"en"`. */
  readonly locale?: Locale;
  /** The calendar that counts working days. Default: the Iranian one. */
  readonly calendar?: WorkCalendar;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

function phrase(locale: Locale, key: DeadlinePhrase, n: number): string {
  const forms = deadlinePhrases[locale][key];
  const text = (n === 1 ? forms.one : forms.other).replace("{n}", String(n));
  return locale === "fa" ? toPersianDigits(text) : text;
}

/** Working days if at least one, else whole hours if at least one, else minutes (≥ 1). */
function amount(
  locale: Locale,
  workingDays: number,
  ms: number,
  keys: readonly [DeadlinePhrase, DeadlinePhrase, DeadlinePhrase],
): string {
  if (workingDays >= 1) return phrase(locale, keys[0], workingDays);
  if (ms >= HOUR) return phrase(locale, keys[1], Math.floor(ms / HOUR));
  return phrase(locale, keys[2], Math.max(1, Math.ceil(ms / MINUTE)));
}

/**
 * A short human label for a {@link DeadlineStatus}, in Persian (with Persian digits) or
 * English: the working days left or late (hours or minutes on the due day itself), or the
 * outcome of a closed task.
 *
 * Open and due-soon tasks count the working days in (day of `now`, due day]; overdue ones
 * those in (due day, day of `now`], and on a later calendar day with none of them passed yet
 * (a Thursday deadline read on Friday, or one read during Nowruz) say since when, by the due
 * day (`"overdue since 1403/04/28"`, `"تأخیر از ۱۴۰۳/۰۴/۲۸"`); done-late ones use
 * `workingDaysLate`. The days are those of the calendar's zone.
 *
 * @param status - A status from {@link getDeadlineStatus}.
 * @param options - {@link FormatDeadlineStatusOptions}.
 * @returns The label.
 * @throws {@link PeygirError} `invalid_option` for an unknown locale, `invalid_instant` for a
 *   bad `now`, `invalid_input` for a status that is not an object, whose `state` is unknown,
 *   whose `dueAt` is not an ISO instant (or null), whose `dueDate` is not a Jalali date (or
 *   null) or whose `workingDaysLate` is not a whole number ≥ 0 (or null); `invalid_calendar`
 *   for a calendar that is not an object; `out_of_range` for a due instant outside 1300–1500.
 *
 * @example
 * ```ts
 * const task: TaskInput = {
 *   id: "t",
 *   agencyId: "edu",
 *   title: "گزارش",
 *   issuedAt: "2024-07-13T10:00:00+03:30",
 *   deadline: { type: "date", date: "1403/04/27" },
 * };
 * // Saturday 1403/04/23: Sunday 24 counts, Monday 25 and Tuesday 26 are Tasua and Ashura,
 * // Wednesday 27 counts.
 * let now = "2024-07-13T10:00:00+03:30";
 * formatDeadlineStatus(getDeadlineStatus(task, { now }), { now });
 * // => "۲ روز کاری تا مهلت"
 * // Sunday 1403/04/31: Thursday 28, Saturday 30 and Sunday 31 have passed since the due day.
 * now = "2024-07-21T10:00:00+03:30";
 * formatDeadlineStatus(getDeadlineStatus(task, { now }), { locale: "en", now });
 * // => "overdue by 3 working days"
 * // Friday 1403/04/29, a deadline of Thursday 04/28 (Friday is not a working day).
 * now = "2024-07-19T10:00:00+03:30";
 * const thursday = { ...task, deadline: { type: "date", date: "1403/04/28" } } as const;
 * formatDeadlineStatus(getDeadlineStatus(thursday, { now }), { locale: "en", now });
 * // => "overdue since 1403/04/28"
 * ```
 *
 * @category Deadlines
 */
export function formatDeadlineStatus(
  status: DeadlineStatus,
  options: FormatDeadlineStatusOptions,
): string {
  const where = "formatDeadlineStatus";
  if (typeof options !== "object" || options === null)
    throw new PeygirError("invalid_option", `${where}: options with now are required`, [
      { path: ["options"], message: "must be an object with now" },
    ]);
  const locale = localeOption(options, where);
  const nowMs = instantMs(options.now, where, ["options", "now"]);
  checkStatus(status);
  switch (status.state) {
    case "cancelled":
    case "done-on-time":
      return deadlineStateLabels[locale][status.state];
    case "done-late": {
      const late = status.workingDaysLate ?? 0;
      return late >= 1
        ? phrase(locale, "doneWorkingDaysLate", late)
        : deadlineStateLabels[locale]["done-late"];
    }
    case "open":
    case "due-soon":
    case "overdue": {
      if (status.dueAt === null) return phrase(locale, "noDeadline", 0);
      const dueMs = instantMs(status.dueAt, where, ["status", "dueAt"]);
      const cache = calendarOption(options, where);
      const dueDay =
        status.dueDate === null
          ? localDay(cache, dueMs, where, ["status", "dueAt"])
          : dayOfDate(status.dueDate);
      const today = localDay(cache, nowMs, where, ["options", "now"]);
      if (status.state === "overdue") {
        // Hours are said on the due day only: the next morning "19 hours" would hide a night,
        // and after Nowruz "141 hours" a holiday that nobody could have worked through.
        const late = workingDaysFromTo(cache, dueDay, today);
        if (today > dueDay && late < 1) {
          const text = deadlinePhrases[locale].lateSince.other.replace(
            "{date}",
            epochDayToString(dueDay),
          );
          return locale === "fa" ? toPersianDigits(text) : text;
        }
        return amount(locale, late, Math.max(0, nowMs - dueMs), [
          "workingDaysLate",
          "hoursLate",
          "minutesLate",
        ]);
      }
      return amount(locale, workingDaysFromTo(cache, today, dueDay), Math.max(0, dueMs - nowMs), [
        "workingDaysLeft",
        "hoursLeft",
        "minutesLeft",
      ]);
    }
    default:
      return unknownState(status.state);
  }
}

function unknownState(_state: never): never {
  throw invalidStatus(["state"], "must be a deadline state");
}

function invalidStatus(path: readonly (string | number)[], message: string): PeygirError {
  return new PeygirError("invalid_input", "formatDeadlineStatus: invalid status", [
    { path: ["status", ...path], message },
  ]);
}

/**
 * Throws `invalid_input` at the first field the label reads that is not as
 * {@link getDeadlineStatus} gives it (a status read back from JSON may be anything).
 */
function checkStatus(status: unknown): asserts status is DeadlineStatus {
  if (typeof status !== "object" || status === null)
    throw invalidStatus([], "must be a result of getDeadlineStatus");
  const { dueAt, dueDate, workingDaysLate } = status as Record<string, unknown>;
  if (dueAt !== null && !(typeof dueAt === "string" && isIsoInstant(dueAt)))
    throw invalidStatus(["dueAt"], "must be an ISO 8601 instant with an offset, or null");
  if (dueDate !== null && Number.isNaN(dayOfDate(dueDate)))
    throw invalidStatus(["dueDate"], "must be a Jalali date YYYY/MM/DD, or null");
  if (
    workingDaysLate !== null &&
    workingDaysLate !== undefined &&
    !(Number.isInteger(workingDaysLate) && (workingDaysLate as number) >= 0)
  )
    throw invalidStatus(["workingDaysLate"], "must be a whole number of days, 0 or more, or null");
}
