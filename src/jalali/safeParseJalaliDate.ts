import { PeygirError } from "../errors/PeygirError";
import type { JalaliDate } from "./JalaliDate";
import { parseJalaliDate } from "./parseJalaliDate";

/**
 * The result of a `safeParse*` function: the value, or the error that `parse*` would throw.
 *
 * @category Errors
 */
export type SafeParseResult<T> = SafeParseSuccess<T> | SafeParseFailure;

/**
 * A successful `safeParse*` result.
 *
 * @category Errors
 */
export interface SafeParseSuccess<T> {
  /** Always `true`. */
  readonly success: true;
  /** The validated, canonical value. */
  readonly data: T;
}

/**
 * A failed `safeParse*` result.
 *
 * @category Errors
 */
export interface SafeParseFailure {
  /** Always `false`. */
  readonly success: false;
  /** The error the matching `parse*` function would have thrown. */
  readonly error: PeygirError;
}

/**
 * Validates a Jalali date like {@link parseJalaliDate}, returning a result instead of throwing.
 *
 * @param input - The date as written.
 * @returns `{ success: true, data }` with the canonical date, or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * safeParseJalaliDate("1403/4/25"); // => { success: true, data: "1403/04/25" }
 * safeParseJalaliDate("1403/13/01").success; // => false
 * ```
 *
 * @category Jalali dates
 */
export function safeParseJalaliDate(input: string): SafeParseResult<JalaliDate> {
  try {
    return { success: true, data: parseJalaliDate(input) };
  } catch (error) {
    if (error instanceof PeygirError) return { success: false, error };
    throw error;
  }
}
