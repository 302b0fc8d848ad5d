import { isLeapYear, yearStartEpochDay } from "../../internal/epochDay";
import type { Holiday } from "../Holiday";
import { approximateMonthIndex, hijriMonthStart } from "./hijriMonthStart";
import { type DatedOccasion, mergeOccasions } from "./mergeOccasions";
import type { HolidayOccasionKey } from "./officialHolidays.data";

/**
 * The solar holidays fixed by law (the 1359 law on official holidays and its amendments);
 * 30 Esfand only in leap years, because the Nowruz holiday runs from 29 Esfand to 4 Farvardin.
 */
const SOLAR: readonly (readonly [month: number, day: number, key: HolidayOccasionKey])[] = [
  [1, 1, "01/01"],
  [1, 2, "01/02"],
  [1, 3, "01/03"],
  [1, 4, "01/04"],
  [1, 12, "01/12"],
  [1, 13, "01/13"],
  [3, 14, "03/14"],
  [3, 15, "03/15"],
  [11, 22, "11/22"],
  [12, 29, "12/29"],
  [12, 30, "12/30"],
];

/** The lunar holidays by Hijri month and day; `"last"` is the month's last day (29 or 30). */
const LUNAR: readonly (readonly [month: number, day: number | "last", key: HolidayOccasionKey])[] =
  [
    [1, 9, "h01/09"],
    [1, 10, "h01/10"],
    [2, 20, "h02/20"],
    [2, 28, "h02/28"],
    [2, "last", "h02/last"],
    [3, 8, "h03/08"],
    [3, 17, "h03/17"],
    [6, 3, "h06/03"],
    [7, 13, "h07/13"],
    [7, 27, "h07/27"],
    [8, 15, "h08/15"],
    [9, 21, "h09/21"],
    [10, 1, "h10/01"],
    [10, 2, "h10/02"],
    [10, 25, "h10/25"],
    [12, 10, "h12/10"],
    [12, 18, "h12/18"],
  ];

/** The estimated holidays of a Jalali year 1300–1500, frozen; unchecked year. */
export function estimatedHolidays(year: number): readonly Holiday[] {
  const first = yearStartEpochDay(year);
  const last = yearStartEpochDay(year + 1) - 1;
  const occasions: DatedOccasion[] = [];
  for (const [month, day, occasion] of SOLAR) {
    if (month === 12 && day === 30 && !isLeapYear(year)) continue;
    const dayOfYear = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
    occasions.push({ day: first + dayOfYear + day - 1, occasion });
  }
  // Months that began up to two lunations before the year and up to its end.
  const fromIndex = approximateMonthIndex(first) - 2;
  const toIndex = approximateMonthIndex(last) + 1;
  for (let index = fromIndex; index <= toIndex; index++) {
    const month = (index % 12) + 1;
    for (const [lunarMonth, lunarDay, occasion] of LUNAR) {
      if (lunarMonth !== month) continue;
      const day =
        lunarDay === "last"
          ? hijriMonthStart(index + 1) - 1
          : hijriMonthStart(index) + lunarDay - 1;
      if (day >= first && day <= last) occasions.push({ day, occasion });
    }
  }
  return mergeOccasions(occasions, false);
}
