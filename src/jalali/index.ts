export { addJalaliDays } from "./addJalaliDays";
export { ClockTime } from "./ClockTime";
export { countDaysBetween } from "./countDaysBetween";
export { type FormatJalaliDateOptions, formatJalaliDate } from "./formatJalaliDate";
export { type FromJalaliDateOptions, fromJalaliDate } from "./fromJalaliDate";
export { getJalaliWeekday } from "./getJalaliWeekday";
export { isJalaliLeapYear } from "./isJalaliLeapYear";
export { JalaliDate } from "./JalaliDate";
export { parseJalaliDate } from "./parseJalaliDate";
export {
  type SafeParseFailure,
  type SafeParseResult,
  type SafeParseSuccess,
  safeParseJalaliDate,
} from "./safeParseJalaliDate";
export { type ToJalaliDateOptions, toJalaliDate } from "./toJalaliDate";
export { Weekday } from "./Weekday";
