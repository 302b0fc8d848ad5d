import { PeygirError } from "../../errors/PeygirError";

/**
 * Throws a task's error again as the scorecards' own: the code kept, the task's paths moved
 * under `prefix` (`options.tasks.i`); anything that is not a PeygirError is thrown as it is.
 */
export function rethrowAt(
  error: unknown,
  where: string,
  prefix: readonly (string | number)[],
): never {
  if (error instanceof PeygirError) {
    throw new PeygirError(
      error.code,
      `${where}: invalid task`,
      error.issues.map((issue) => ({
        // getDeadlineStatus names `task.…`: here it is `options.tasks.i.…`.
        path: issue.path[0] === "task" ? [...prefix, ...issue.path.slice(1)] : issue.path,
        message: issue.message,
      })),
    );
  }
  throw error;
}
