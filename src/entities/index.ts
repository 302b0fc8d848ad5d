export { Agency, type AgencyInput } from "./Agency";
export { createId } from "./createId";
export { DeadlineSpec, type DeadlineSpecInput } from "./DeadlineSpec";
export { Directive, type DirectiveInput } from "./Directive";
export { Household, type HouseholdInput, HouseholdStatus, Vulnerability } from "./Household";
export { IranProvince, type IranProvinceName } from "./IranProvince";
export { type InstantInput, IsoInstant } from "./IsoInstant";
export { type EntityName, type JsonSchemaDocument, jsonSchemas } from "./jsonSchemas";
export {
  AttendanceStatus,
  Meeting,
  MeetingBodyKind,
  type MeetingInput,
  MeetingStatus,
} from "./Meeting";
export { MobileNumber } from "./MobileNumber";
export { NationalId } from "./NationalId";
export { Person, type PersonInput, PersonRole } from "./Person";
export { Region } from "./Region";
export { Sponsorship, type SponsorshipInput } from "./Sponsorship";
export { Task, type TaskInput } from "./Task";
export { TaskEvent, type TaskEventInput, type TaskEventType } from "./TaskEvent";
export { WeeklyReport, type WeeklyReportInput } from "./WeeklyReport";
