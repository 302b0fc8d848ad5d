/** The seven weekdays, Saturday first as in Iran (private; the schema is `Weekday`). */
export const WEEKDAYS = [
  "saturday",
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
] as const;
