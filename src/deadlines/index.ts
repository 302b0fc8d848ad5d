export {
  type AgencyScorecard,
  type AgencyScorecardsOptions,
  agencyScorecards,
} from "./agencyScorecards";
export { DeadlineState, type DeadlineStatus } from "./DeadlineState";
export { type DeadlineStatusOptions, deadlineStatus } from "./deadlineStatus";
export { type ExpandDirectiveOptions, expandDirective } from "./expandDirective";
export { type FormatDeadlineStatusOptions, formatDeadlineStatus } from "./formatDeadlineStatus";
export {
  type ReportCompliance,
  type ReportComplianceOptions,
  ReportWeekState,
  reportCompliance,
} from "./reportCompliance";
export { OnNonWorkingDay, type ReportDueDatesOptions, reportDueDates } from "./reportDueDates";
export { type ResolveDueAtOptions, resolveDueAt } from "./resolveDueAt";
