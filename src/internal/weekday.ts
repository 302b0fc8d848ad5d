import type { Weekday } from "../jalali/Weekday";
import { WEEKDAYS } from "./weekdays";

/** The weekday of an epoch day (1970-01-01 was a Thursday). */
export function epochDayWeekday(day: number): Weekday {
  return WEEKDAYS[(((day + 5) % 7) + 7) % 7] as Weekday;
}
