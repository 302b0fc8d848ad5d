import { describe, expect, it } from "vitest";
import type { DeadlineSpecInput } from "../src/entities/DeadlineSpec";
import type { TaskInput } from "../src/entities/Task";
import {
  createId,
  createProvinceCalendar,
  createTehranHeadOfficesCalendar,
  formatDeadlineStatus,
  fromJalaliDate,
  getDeadlineStatus,
  getIranianHolidays,
  normalizePersian,
  resolveDueAt,
  toLatinDigits,
} from "../src/index";
import { errorOf } from "./_support/errorOf";

/** A task issued on 1403/04/11 at 08:00 with this deadline. */
const issuedWith = (deadline: DeadlineSpecInput): TaskInput => ({
  id: "t",
  agencyId: "a",
  title: "کار",
  issuedAt: "2024-07-01T08:00:00+03:30",
  deadline,
});

// Inputs an untyped caller (JavaScript, JSON) can pass. Each once threw a raw TypeError, or
// gave a wrong answer instead of an error (createId(null) made "null_…"; a window of 10^10
// hours gave an Invalid Date). Now each is a PeygirError with a code and the path.
const cases: [string, () => unknown, string, readonly (string | number)[]][] = [
  ["createId(null)", () => createId(null as never), "invalid_option", ["prefix"]],
  [
    "formatDeadlineStatus(null)",
    () => formatDeadlineStatus(null as never, { locale: "en", now: "2024-07-01T08:00:00Z" }),
    "invalid_input",
    ["status"],
  ],
  [
    "resolveDueAt, a window past 1500",
    () => resolveDueAt(issuedWith({ type: "hours", hours: 1e10 })),
    "out_of_range",
    ["task", "deadline"],
  ],
  [
    "getDeadlineStatus, 10^6 working days (the due day past 1500)",
    () =>
      getDeadlineStatus(issuedWith({ type: "working-days", days: 1_000_000 }), {
        now: "2024-07-02T08:00:00+03:30",
      }),
    "out_of_range",
    ["task", "deadline"],
  ],
  [
    "resolveDueAt, a date deadline on the last day of 1500 (its next working day is past it)",
    () => resolveDueAt(issuedWith({ type: "date", date: "1500/12/29" })),
    "out_of_range",
    ["task", "deadline"],
  ],
  [
    "createProvinceCalendar, rules not an array",
    () => createProvinceCalendar("Tehran", { rules: {} as never }),
    "invalid_calendar",
    ["options", "rules"],
  ],
  [
    "createTehranHeadOfficesCalendar, rules not an array",
    () => createTehranHeadOfficesCalendar({ rules: 5 as never }),
    "invalid_calendar",
    ["options", "rules"],
  ],
  [
    "fromJalaliDate, a time that is a number",
    () => fromJalaliDate("1403/04/25", { time: 930 as never }),
    "invalid_time",
    ["options", "time"],
  ],
  ["normalizePersian(null)", () => normalizePersian(null as never), "invalid_input", ["text"]],
  ["toLatinDigits(123)", () => toLatinDigits(123 as never), "invalid_input", ["text"]],
];

describe("hostile input to the public functions", () => {
  it.each(cases)("%s is a PeygirError", (_label, call, code, path) => {
    const error = errorOf(call);
    expect(error.code).toBe(code);
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it("takes null options of getIranianHolidays as the defaults", () => {
    expect(getIranianHolidays(1403, null as never)).toEqual(getIranianHolidays(1403));
  });
});
