export { type RenderFollowUpReportOptions, renderFollowUpReport } from "./renderFollowUpReport";
