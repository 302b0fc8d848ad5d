import { epochDayToString } from "../../internal/epochDay";
import type { Holiday, HolidayName } from "../Holiday";
import { HOLIDAY_OCCASIONS, type HolidayOccasionKey } from "./officialHolidays.data";

/** One occasion on one day, before days with two occasions are merged. */
export interface DatedOccasion {
  readonly day: number;
  readonly occasion: HolidayOccasionKey;
}

/**
 * Turns dated occasions into frozen holidays, one per day, sorted by date: two occasions on
 * one day become one holiday with both names, solar first, of kind `"mixed"`.
 */
export function mergeOccasions(
  occasions: readonly DatedOccasion[],
  official: boolean,
): readonly Holiday[] {
  const byDay = new Map<number, { solar: HolidayName[]; lunar: HolidayName[] }>();
  for (const { day, occasion } of occasions) {
    const { kind, fa, en } = HOLIDAY_OCCASIONS[occasion];
    let slot = byDay.get(day);
    if (slot === undefined) {
      slot = { solar: [], lunar: [] };
      byDay.set(day, slot);
    }
    slot[kind].push(Object.freeze({ fa, en }));
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return Object.freeze(
    days.map((day) => {
      const { solar, lunar } = byDay.get(day) as { solar: HolidayName[]; lunar: HolidayName[] };
      const kind = solar.length === 0 ? "lunar" : lunar.length === 0 ? "solar" : "mixed";
      const holiday: Holiday = {
        date: epochDayToString(day),
        names: Object.freeze([...solar, ...lunar]) as HolidayName[],
        kind,
        official,
      };
      return Object.freeze(holiday);
    }),
  );
}
