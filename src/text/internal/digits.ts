import { PeygirError } from "../../errors/PeygirError";

export const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/**
 * The value (0–9) of a Persian (۰-۹) or Arabic-Indic (٠-٩) digit's code unit, or -1.
 */
export function easternDigitOf(code: number): number {
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return code - PERSIAN_ZERO;
  if (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) return code - ARABIC_ZERO;
  return -1;
}

/**
 * The error of a text function given something other than a string.
 */
export function notText(functionName: string): PeygirError {
  return new PeygirError("invalid_input", `${functionName}: text must be a string`, [
    { path: ["text"], message: "must be a string" },
  ]);
}
