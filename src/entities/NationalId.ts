import * as z from "zod";
import { nationalIdDigits } from "../text/internal/nationalId";
import { isValidNationalId } from "../text/isValidNationalId";

/**
 * An Iranian national code (کد ملی), validated with its check digit and output as ten Latin
 * digits.
 *
 * Accepts Persian or Arabic-Indic digits, spaces and dashes. Issue messages never contain
 * the code.
 *
 * @example
 * ```ts
 * NationalId.parse("۰۰۱-۰۳۵۰۸۲-۹"); // => "0010350829"
 * NationalId.safeParse("0010350828").success; // => false
 * ```
 *
 * @category Entities
 */
export const NationalId = z
  .string()
  .transform((input, ctx) => {
    const digits = nationalIdDigits(input);
    if (digits === undefined) {
      ctx.issues.push({ code: "custom", input, message: "must be 10 digits" });
      return z.NEVER;
    }
    if (!isValidNationalId(digits)) {
      ctx.issues.push({ code: "custom", input, message: "national ID check digit does not match" });
      return z.NEVER;
    }
    return digits;
  })
  // The pattern documents the accepted shape for JSON Schema users; the transform checks it.
  .meta({
    description: "An Iranian national code (10 digits with a check digit)",
    pattern: "^[\\s0-9۰-۹٠-٩-]+$",
  });

/**
 * A national code as ten Latin digits.
 *
 * @category Entities
 */
export type NationalId = z.infer<typeof NationalId>;
