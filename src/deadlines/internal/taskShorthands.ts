/**
 * A task's own `completedAt`, `cancelledAt` and `extensions` as the events they stand for
 * (private): `reported` + `verified`, `cancelled`, and one `rescheduled` per extension. Each is
 * checked by hand where it is read, with its path under `task`.
 */
import { DeadlineSpec } from "../../entities/DeadlineSpec";
import type { TaskInput } from "../../entities/Task";
import type { TaskEvent } from "../../entities/TaskEvent";
import { PeygirError } from "../../errors/PeygirError";
import { instantMs, recordInstantText } from "../../internal/instant";
import type { TimedEvent } from "./applyEvents";

function invalid(where: string, path: readonly (string | number)[], message: string): PeygirError {
  return new PeygirError("invalid_input", `${where}: invalid task`, [{ path, message }]);
}

/** The events a task's shorthand fields stand for, with their instants and paths. */
export function taskShorthands(task: TaskInput, where: string): TimedEvent[] {
  const taskId = task.id;
  const out: TimedEvent[] = [];
  const push = (event: Record<string, unknown>, ms: number, path: readonly (string | number)[]) =>
    out.push({ event: { ...event, taskId } as unknown as TaskEvent, ms, path });
  const extensions = task.extensions as unknown;
  if (extensions !== undefined) {
    if (!Array.isArray(extensions))
      throw invalid(where, ["task", "extensions"], "must be an array of extensions");
    extensions.forEach((extension: unknown, i) => {
      const path = ["task", "extensions", i];
      if (typeof extension !== "object" || extension === null)
        throw invalid(where, path, "must be an extension object");
      const { at, deadline, reason } = extension as Record<string, unknown>;
      const ms = instantMs(at, where, [...path, "at"]);
      const spec = DeadlineSpec.safeParse(deadline);
      if (!spec.success)
        throw new PeygirError("invalid_deadline", `${where}: invalid deadline`, [
          { path: [...path, "deadline"], message: "must be a deadline object with a type" },
        ]);
      push(
        {
          id: `${taskId}#extension-${i}`,
          type: "rescheduled",
          at: recordInstantText(at, ms),
          deadline: spec.data,
          reason: typeof reason === "string" && reason !== "" ? reason : "extension",
        },
        ms,
        path,
      );
    });
  }
  if (task.completedAt !== undefined) {
    const ms = instantMs(task.completedAt, where, ["task", "completedAt"]);
    const at = recordInstantText(task.completedAt, ms);
    push({ id: `${taskId}#completed`, type: "reported", at }, ms, ["task", "completedAt"]);
    push({ id: `${taskId}#completed-verified`, type: "verified", at }, ms, ["task", "completedAt"]);
  }
  if (task.cancelledAt !== undefined) {
    const ms = instantMs(task.cancelledAt, where, ["task", "cancelledAt"]);
    push(
      { id: `${taskId}#cancelled`, type: "cancelled", at: recordInstantText(task.cancelledAt, ms) },
      ms,
      ["task", "cancelledAt"],
    );
  }
  return out;
}
