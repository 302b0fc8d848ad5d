import type { Agency, AgencyInput } from "../entities/Agency";
import { Directive, type DirectiveInput } from "../entities/Directive";
import type { Task } from "../entities/Task";
import { PeygirError } from "../errors/PeygirError";
import { toPeygirIssues } from "../internal/zodIssues";
import { taskIdOf } from "./internal/taskId";

/**
 * Options of {@link expandDirective}.
 *
 * @category Deadlines
 */
export interface ExpandDirectiveOptions {
  /**
   * The agencies of the jurisdiction: `"all-agencies"` means every active one of them, and an
   * explicit assignee must be one of them.
   */
  readonly agencies: readonly AgencyInput[];
}

/**
 * Fans a directive out into one follow-up task per responsible agency.
 *
 * Each task has the same title and deadline as the directive, its `issuedAt`, its id as
 * `directiveId`, and a deterministic id `<directive id>:<agency id>` (with `%` and `:`
 * inside either id escaped as `%25` and `%3A`), so expanding again gives the same tasks.
 * `"all-agencies"` means every active agency given, in the order given; an explicit list is
 * kept in its order, duplicates dropped. Neither input is changed.
 *
 * @param directive - The directive (validated with the `Directive` schema).
 * @param options - {@link ExpandDirectiveOptions}.
 * @returns The tasks, one per agency.
 * @throws {@link PeygirError} `invalid_input` when the directive does not match its schema
 *   (paths start with `directive`), an agency has no id, or an assignee is not among
 *   `options.agencies`.
 *
 * @example
 * ```ts
 * const tasks = expandDirective(
 *   {
 *     id: "sb-24h",
 *     title: "پاسخ به مطالبات مردم ظرف ۲۴ ساعت",
 *     assignees: "all-agencies",
 *     deadline: { type: "hours", hours: 24 },
 *     issuedAt: "2020-04-27T10:00:00+04:30",
 *   },
 *   {
 *     agencies: [
 *       { id: "edu", name: "آموزش و پرورش", region: { province: "کرمان" } },
 *       { id: "old", name: "اداره منحل", region: { province: "کرمان" }, active: false },
 *       { id: "water", name: "آبفا", region: { province: "کرمان" } },
 *     ],
 *   },
 * );
 * tasks.map((task) => task.id); // => ["sb-24h:edu", "sb-24h:water"]
 * tasks[0]?.deadline; // => { type: "hours", hours: 24 }
 * ```
 *
 * @category Deadlines
 */
export function expandDirective(
  directive: DirectiveInput,
  options: ExpandDirectiveOptions,
): Task[] {
  const parsed = Directive.safeParse(directive);
  if (!parsed.success) {
    throw new PeygirError(
      "invalid_input",
      "expandDirective: invalid directive",
      toPeygirIssues(parsed.error).map((issue) => ({
        path: ["directive", ...issue.path],
        message: issue.message,
      })),
    );
  }
  const agencies = options?.agencies;
  if (!Array.isArray(agencies))
    throw new PeygirError("invalid_input", "expandDirective: options.agencies is required", [
      { path: ["options", "agencies"], message: "must be an array of agencies" },
    ]);
  const known = new Map<string, Agency | AgencyInput>();
  agencies.forEach((agency: Agency | AgencyInput, i: number) => {
    if (
      typeof agency !== "object" ||
      agency === null ||
      typeof agency.id !== "string" ||
      agency.id === ""
    )
      throw new PeygirError("invalid_input", "expandDirective: an agency has no id", [
        { path: ["options", "agencies", i, "id"], message: "must be a non-empty string" },
      ]);
    known.set(agency.id, agency);
  });

  const d = parsed.data;
  let agencyIds: string[];
  if (d.assignees === "all-agencies") {
    agencyIds = [...known.values()].filter((a) => a.active !== false).map((a) => a.id);
  } else {
    agencyIds = [...new Set(d.assignees.agencyIds)];
    d.assignees.agencyIds.forEach((id, i) => {
      if (!known.has(id))
        throw new PeygirError("invalid_input", "expandDirective: unknown assignee", [
          {
            path: ["directive", "assignees", "agencyIds", i],
            message: "must be the id of one of options.agencies",
          },
        ]);
    });
  }
  return agencyIds.map(
    (agencyId): Task => ({
      id: taskIdOf(d.id, agencyId),
      agencyId,
      directiveId: d.id,
      title: d.title,
      issuedAt: d.issuedAt,
      deadline: { ...d.deadline },
    }),
  );
}
