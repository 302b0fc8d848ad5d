import { PeygirError, type PeygirIssue } from "../errors/PeygirError";

// The lists the report reads: the first three are required.
const REQUIRED = ["directives", "tasks", "agencies"] as const;
const OPTIONAL = ["sponsorships", "reports", "people"] as const;

/**
 * Checks that the report's meeting is an object and its lists are arrays of objects, so that
 * a missing or `null` one is an `invalid_input` error with its path, not a raw `TypeError`.
 * The entities' own fields are checked where they are read.
 * @internal
 */
export function checkReportLists(options: Record<string, unknown>, where: string): void {
  const issues: PeygirIssue[] = [];
  if (!isObject(options.meeting))
    issues.push({ path: ["options", "meeting"], message: "must be a meeting" });
  for (const name of [...REQUIRED, ...OPTIONAL]) {
    const list = options[name];
    if (list === undefined && !(REQUIRED as readonly string[]).includes(name)) continue;
    if (!Array.isArray(list)) {
      issues.push({ path: ["options", name], message: "must be an array" });
      continue;
    }
    const bad = list.findIndex((item) => !isObject(item));
    if (bad >= 0) issues.push({ path: ["options", name, bad], message: "must be an object" });
  }
  if (issues.length > 0)
    throw new PeygirError("invalid_input", `${where}: invalid meeting or lists`, issues);
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}
