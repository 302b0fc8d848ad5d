export {
  type DeadlinePhrase,
  deadlinePhrases,
  deadlineStateLabels,
  type PluralPhrase,
  reportWeekStateLabels,
} from "./deadlineLabels";
export { Locale } from "./Locale";
