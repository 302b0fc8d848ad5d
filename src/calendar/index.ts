export { addWorkingDays } from "./addWorkingDays";
export { addWorkingHours } from "./addWorkingHours";
export { createWorkCalendar } from "./createWorkCalendar";
export { Holiday, HolidayKind, HolidayName } from "./Holiday";
export * from "./holidays/index";
export {
  type ClosureDayOff,
  type DayOff,
  type HolidayDayOff,
  holidaysOn,
} from "./holidaysOn";

export { iranGovernmentRules } from "./iranGovernmentRules";
export { isWorkingDay } from "./isWorkingDay";
export { nextWorkingDay } from "./nextWorkingDay";
export { type OfficeInterval, officeHours } from "./officeHours";
export { previousWorkingDay } from "./previousWorkingDay";
export { type ProvinceCalendarOptions, provinceCalendar } from "./provinceCalendar";
export { tehranHeadOfficesCalendar } from "./tehranHeadOfficesCalendar";
export { WorkCalendar, type WorkCalendarOptions } from "./WorkCalendar";
export { WorkClosure, type WorkClosureInput } from "./WorkClosure";
export { WorkingHours } from "./WorkingHours";
export { WorkRule, type WorkRuleInput } from "./WorkRule";
export { workingDaysBetween } from "./workingDaysBetween";
export { workingMinutesBetween } from "./workingMinutesBetween";
