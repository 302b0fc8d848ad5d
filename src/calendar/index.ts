export { addWorkingDays } from "./addWorkingDays";
export { addWorkingHours } from "./addWorkingHours";
export { countWorkingDaysBetween } from "./countWorkingDaysBetween";
export { countWorkingMinutesBetween } from "./countWorkingMinutesBetween";
export {
  type CreateProvinceCalendarOptions,
  createProvinceCalendar,
} from "./createProvinceCalendar";
export { createTehranHeadOfficesCalendar } from "./createTehranHeadOfficesCalendar";
export { createWorkCalendar } from "./createWorkCalendar";
export {
  type ClosureDayOff,
  type DayOff,
  getDaysOff,
  type HolidayDayOff,
} from "./getDaysOff";
export { getNextWorkingDay } from "./getNextWorkingDay";
export { getOfficeHours, type OfficeInterval } from "./getOfficeHours";
export { getPreviousWorkingDay } from "./getPreviousWorkingDay";
export { Holiday, HolidayKind, HolidayName } from "./Holiday";
export * from "./holidays/index";
export { iranGovernmentRules } from "./iranGovernmentRules";
export { isWorkingDay } from "./isWorkingDay";
export { type CreateWorkCalendarOptions, WorkCalendar } from "./WorkCalendar";
export { WorkClosure, type WorkClosureInput } from "./WorkClosure";
export { WorkingHours } from "./WorkingHours";
export { WorkRule, type WorkRuleInput } from "./WorkRule";
