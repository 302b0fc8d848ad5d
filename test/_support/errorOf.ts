import { PeygirError } from "../../src/errors/PeygirError";

/** The PeygirError that `run` throws; fails the test when it throws nothing or anything else. */
export function errorOf(run: () => unknown): PeygirError {
  try {
    run();
  } catch (error) {
    if (error instanceof PeygirError) return error;
    throw error;
  }
  throw new Error("expected a PeygirError");
}
