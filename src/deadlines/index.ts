export { DeadlineState, type DeadlineStatus } from "./DeadlineState";
export { type ExpandDirectiveOptions, expandDirective } from "./expandDirective";
export { type FormatDeadlineStatusOptions, formatDeadlineStatus } from "./formatDeadlineStatus";
export {
  type AgencyScorecard,
  type GetAgencyScorecardsOptions,
  getAgencyScorecards,
} from "./getAgencyScorecards";
export { type GetDeadlineStatusOptions, getDeadlineStatus } from "./getDeadlineStatus";
export {
  type GetReportComplianceOptions,
  getReportCompliance,
  type ReportCompliance,
  ReportWeekState,
} from "./getReportCompliance";
export {
  type ListReportDueDatesOptions,
  listReportDueDates,
  OnNonWorkingDay,
} from "./listReportDueDates";
export {
  type ReplayTaskOptions,
  replayTask,
  type TaskDeadline,
  type TaskStage,
  type TaskState,
} from "./replayTask";
export { type ResolveDueAtOptions, resolveDueAt } from "./resolveDueAt";
