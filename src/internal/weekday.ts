import { Weekday } from "../jalali/Weekday";

/** The weekday of an epoch day (1970-01-01 was a Thursday). */
export function epochDayWeekday(day: number): Weekday {
  return Weekday.options[(((day + 5) % 7) + 7) % 7] as Weekday;
}
