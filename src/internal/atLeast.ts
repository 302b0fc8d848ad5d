import * as z from "zod";

/**
 * The check `.min(minimum)` makes, run only on a string or an array: for `.check()` on a
 * schema that JSON may feed anything.
 *
 * zod 4 runs a length check even after the type check failed, on any value with a `length`,
 * so `z.string().min(1).safeParse({ length: { toString: {} } })` threw a raw `TypeError`
 * ("Cannot convert object to primitive value") instead of reporting an issue. The check is
 * zod's own otherwise: same issue, same `minLength` / `minItems` in the JSON Schema.
 *
 */
export function atLeast(minimum: number, message?: string): z.core.$ZodCheckMinLength {
  const check = z.minLength(minimum, message === undefined ? undefined : { message });
  check._zod.def.when = (payload) =>
    typeof payload.value === "string" || Array.isArray(payload.value);
  return check;
}
