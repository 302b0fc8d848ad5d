import { canonicalToEpochDay } from "../../internal/epochDay";
import type { Holiday } from "../Holiday";
import { type DatedOccasion, mergeOccasions } from "./mergeOccasions";
import { OFFICIAL_HOLIDAY_ENTRIES } from "./officialHolidays.data";

/** The official holidays of a year of the table (1398–1405), frozen; unchecked year. */
export function officialHolidays(year: number): readonly Holiday[] {
  const prefix = `${year}/`;
  const occasions: DatedOccasion[] = [];
  for (const [date, occasion] of OFFICIAL_HOLIDAY_ENTRIES) {
    if (date.startsWith(prefix)) occasions.push({ day: canonicalToEpochDay(date), occasion });
  }
  return mergeOccasions(occasions, true);
}
