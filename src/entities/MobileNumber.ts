import * as z from "zod";
import { readMobile } from "../text/internal/mobile";

/**
 * An Iranian mobile number, output in the canonical form `09XXXXXXXXX`.
 *
 * Accepts what {@link normalizeMobile} accepts (`+98`, `0098`, `98` prefixes, Persian digits,
 * spaces and dashes). Issue messages never contain the number.
 *
 * @example
 * ```ts
 * MobileNumber.parse("+98 912 345 6789"); // => "09123456789"
 * MobileNumber.safeParse("02188887777").success; // => false
 * ```
 *
 * @category Entities
 */
export const MobileNumber = z
  .string()
  .transform((input, ctx) => {
    const mobile = readMobile(input);
    if (mobile === undefined) {
      ctx.issues.push({
        code: "custom",
        input,
        message: "must be an Iranian mobile number: 09 followed by 9 digits",
      });
      return z.NEVER;
    }
    return mobile;
  })
  // The pattern documents the accepted shape for JSON Schema users; the transform checks it.
  .meta({
    description: "An Iranian mobile number; canonical form 09XXXXXXXXX",
    pattern: "^[\\s0-9۰-۹٠-٩+().-]+$",
  });

/**
 * A mobile number as `09XXXXXXXXX`.
 *
 * @category Entities
 */
export type MobileNumber = z.infer<typeof MobileNumber>;
