export {
  type DeadlinePhrase,
  deadlinePhrases,
  deadlineStateLabels,
  reportWeekStateLabels,
} from "./deadlineLabels";
export { Locale } from "./Locale";
