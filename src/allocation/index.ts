export type { AllocationInput } from "./AllocationInput";
export type {
  AgencyFill,
  AllocationResult,
  AllocationSummary,
  ReleasedSponsorship,
  ReleaseReason,
  UnassignedHousehold,
  UnassignedReason,
} from "./AllocationResult";
export {
  type AllocateSponsorshipsOptions,
  type AllocationScope,
  allocateSponsorships,
} from "./allocateSponsorships";
export { type ExplainAllocationOptions, explainAllocation } from "./explainAllocation";
export {
  DEFAULT_NEED_WEIGHTS,
  type NeedFactor,
  type NeedScore,
  type NeedWeights,
  type ScoreNeedOptions,
  scoreNeed,
} from "./scoreNeed";
