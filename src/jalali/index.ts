export { addJalaliDays } from "./addJalaliDays";
export { ClockTime } from "./ClockTime";
export { type FormatJalaliDateOptions, formatJalaliDate } from "./formatJalaliDate";
export { type FromJalaliDateOptions, fromJalaliDate } from "./fromJalaliDate";
export { isJalaliLeapYear } from "./isJalaliLeapYear";
export { JalaliDate } from "./JalaliDate";
export { jalaliDaysBetween } from "./jalaliDaysBetween";
export { jalaliWeekday } from "./jalaliWeekday";
export { parseJalaliDate } from "./parseJalaliDate";
export {
  type SafeParseFailure,
  type SafeParseResult,
  type SafeParseSuccess,
  safeParseJalaliDate,
} from "./safeParseJalaliDate";
export { type ToJalaliDateOptions, toJalaliDate } from "./toJalaliDate";
export { Weekday } from "./Weekday";
