import { PeygirError } from "peygir";
import { nationalIdCheckDigit } from "../text/internal/nationalId";

/**
 * The largest `n` that {@link testNationalId} accepts.
 *
 * @example
 * ```ts
 * testNationalId(TEST_NATIONAL_ID_MAX); // => "9999999980"
 * ```
 *
 * @category Testing
 */
export const TEST_NATIONAL_ID_MAX = 999_998;

/**
 * A valid Iranian national code (کد ملی) for test data, the same for the same `n`: `999`, then
 * `n` in six digits, then the check digit. Distinct `n` give distinct codes.
 *
 * The office prefix `999` is not issued, so these codes should name no real person; use them
 * instead of real or random codes in fixtures. `n` runs from 0 to 999 998 (999 999 would give
 * `9999999999`, one repeated digit, which is never valid).
 *
 * @param n - An integer from 0 to {@link TEST_NATIONAL_ID_MAX}.
 * @returns Ten Latin digits that pass `isValidNationalId`.
 * @throws {PeygirError} `out_of_range` when `n` is not an integer in range.
 *
 * @example
 * ```ts
 * testNationalId(1); // => "9990000018"
 * testNationalId(42); // => "9990000425"
 * isValidNationalId(testNationalId(7)); // => true
 * ```
 *
 * @category Testing
 */
export function testNationalId(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > TEST_NATIONAL_ID_MAX) {
    throw new PeygirError("out_of_range", "testNationalId: n must be an integer from 0 to 999998", [
      { path: ["n"], message: "must be an integer from 0 to 999998" },
    ]);
  }
  const firstNine = `999${String(n).padStart(6, "0")}`;
  return firstNine + String(nationalIdCheckDigit(firstNine));
}
