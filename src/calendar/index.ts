export { type AddWorkingDaysOptions, addWorkingDays } from "./addWorkingDays";
export { type AddWorkingHoursOptions, addWorkingHours } from "./addWorkingHours";
export {
  type CountWorkingDaysBetweenOptions,
  countWorkingDaysBetween,
} from "./countWorkingDaysBetween";
export {
  type CountWorkingMinutesBetweenOptions,
  countWorkingMinutesBetween,
} from "./countWorkingMinutesBetween";
export {
  type CreateProvinceCalendarOptions,
  createProvinceCalendar,
} from "./createProvinceCalendar";
export {
  type CreateTehranHeadOfficesCalendarOptions,
  createTehranHeadOfficesCalendar,
} from "./createTehranHeadOfficesCalendar";
export { createWorkCalendar } from "./createWorkCalendar";
export {
  type ClosureDayOff,
  type DayOff,
  type GetDaysOffOptions,
  getDaysOff,
  type HolidayDayOff,
} from "./getDaysOff";
export { type GetNextWorkingDayOptions, getNextWorkingDay } from "./getNextWorkingDay";
export { type GetOfficeHoursOptions, getOfficeHours, type OfficeInterval } from "./getOfficeHours";
export {
  type GetPreviousWorkingDayOptions,
  getPreviousWorkingDay,
} from "./getPreviousWorkingDay";
export { Holiday, HolidayKind, HolidayName } from "./Holiday";
export * from "./holidays/index";
export { iranGovernmentRules } from "./iranGovernmentRules";
export { type IsWorkingDayOptions, isWorkingDay } from "./isWorkingDay";
export { type CreateWorkCalendarOptions, WorkCalendar } from "./WorkCalendar";
export { WorkClosure, type WorkClosureInput } from "./WorkClosure";
export { WorkingHours } from "./WorkingHours";
export { WorkRule, type WorkRuleInput } from "./WorkRule";
