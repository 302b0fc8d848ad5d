/**
 * Fixed instants for tests, at 10:00 Tehran time (`+03:30`: Iran has kept standard time all
 * year since 1402), each on a day whose place in the national calendar is known: the last
 * working day of 1403, Nowruz 1404, Tasua and Ashura 1404, the working day after them, a
 * Friday and an ordinary working Saturday. ISO 8601 strings with their offset, so they can be
 * given wherever peygir takes an instant and written into entity literals.
 *
 * The suite checks each against the work calendar (`isWorkingDay`) and against two independent
 * sources: jalaali-js for the Jalali day and the official holiday table for the holidays.
 *
 * @example
 * ```ts
 * testInstants.nowruz1404; // => "2025-03-21T10:00:00+03:30"
 * toJalaliDate(testInstants.nowruz1404); // => "1404/01/01"
 * isWorkingDay(toJalaliDate(testInstants.ashura1404), { calendar: createWorkCalendar() }); // => false
 * ```
 *
 * @category Testing
 */
export const testInstants = {
  /** Tuesday 1403/12/28: the last working day before Nowruz 1404 (1403/12/29 is a holiday). */
  lastWorkingDayOf1403: "2025-03-18T10:00:00+03:30",
  /** Friday 1404/01/01: Nowruz, the first day of 1404 (a holiday). */
  nowruz1404: "2025-03-21T10:00:00+03:30",
  /** Saturday 1404/04/14: Tasua, 9 Muharram 1447 (a holiday). */
  tasua1404: "2025-07-05T10:00:00+03:30",
  /** Sunday 1404/04/15: Ashura, 10 Muharram 1447 (a holiday). */
  ashura1404: "2025-07-06T10:00:00+03:30",
  /** Monday 1404/04/16: the working day after Tasua and Ashura. */
  afterAshura1404: "2025-07-07T10:00:00+03:30",
  /** Friday 1404/02/05: the weekly rest day, not a holiday. */
  friday: "2025-04-25T10:00:00+03:30",
  /** Saturday 1404/02/06: an ordinary working day, the first of its week. */
  workingDay: "2025-04-26T10:00:00+03:30",
} as const;

/**
 * The names of {@link testInstants}.
 *
 * @example
 * ```ts
 * const name: TestInstantName = "tasua1404";
 * ```
 *
 * @category Testing
 */
export type TestInstantName = keyof typeof testInstants;
