/**
 * The machine-readable reason a peygir function refused its input.
 *
 * @category Errors
 */
export type PeygirErrorCode =
  | "invalid_input"
  | "invalid_jalali_date"
  | "invalid_time"
  | "invalid_time_zone"
  | "invalid_instant"
  | "invalid_national_id"
  | "invalid_mobile"
  | "invalid_weekday"
  | "invalid_hours"
  | "invalid_rule"
  | "invalid_calendar"
  | "invalid_deadline"
  | "invalid_option"
  | "invalid_allocation_input"
  | "invalid_event"
  | "invalid_task"
  | "out_of_range";

/**
 * One problem found in an input: where it is and what is wrong.
 *
 * The message never repeats the offending value, so national IDs, phone numbers and names
 * cannot leak into logs.
 *
 * @category Errors
 */
export interface PeygirIssue {
  /** The path from the input's root to the field with the problem (empty for the root). */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English, without the offending value. */
  readonly message: string;
}

/**
 * The one error class peygir throws for bad input.
 *
 * It carries a `code` for programs and the `issues` (path and message of each problem).
 * Messages never contain a national ID, a mobile number or a person's name.
 *
 * @example
 * ```ts
 * import { parseJalaliDate, PeygirError } from "peygir";
 *
 * try {
 *   parseJalaliDate("1402/12/30");
 * } catch (error) {
 *   if (error instanceof PeygirError) {
 *     error.code; // => "invalid_jalali_date"
 *   }
 * }
 * ```
 *
 * @category Errors
 */
export class PeygirError extends Error {
  /** The machine-readable reason. */
  readonly code: PeygirErrorCode;
  /** Every problem found, each with its path. */
  readonly issues: readonly PeygirIssue[];

  /**
   * Creates an error; the message lists the issues after the summary.
   *
   * @param code - The machine-readable reason.
   * @param summary - One sentence, starting with the function's name (`parseJalaliDate: …`).
   * @param issues - The problems, each with its path.
   */
  constructor(code: PeygirErrorCode, summary: string, issues: readonly PeygirIssue[] = []) {
    super(formatMessage(summary, issues));
    this.name = "PeygirError";
    this.code = code;
    this.issues = issues.map((issue) => ({ path: [...issue.path], message: issue.message }));
  }
}

function formatMessage(summary: string, issues: readonly PeygirIssue[]): string {
  if (issues.length === 0) return summary;
  const lines = issues.map(
    (issue) => `  - ${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`,
  );
  return `${summary}\n${lines.join("\n")}`;
}
