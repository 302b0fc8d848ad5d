import * as z from "zod";
import { PeygirError, type PeygirErrorCode, type PeygirIssue } from "../errors/PeygirError";
import { FIELD_NAME, NOT_SHOWN, unknownKeysMessage } from "./unknownKeys";

/**
 * Turns zod issues into peygir issues whose messages never quote the input value.
 *
 * zod's own messages are safe for built-in checks, but custom refinements may interpolate
 * values, so only messages peygir wrote (prefixed in `safeMessage`) or generic ones pass.
 */
export function toPeygirIssues(error: z.ZodError): PeygirIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key.description) : key)),
    message: describeIssue(issue),
  }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}`;
    case "invalid_value":
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "unrecognized_keys":
      return unknownKeysMessage(issue.keys);
    case "invalid_union":
      return "matches none of the allowed shapes";
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "invalid_format":
      // A regex check's message is peygir's own (or zod's, which names the pattern, not the value).
      return issue.format === "regex" ? issue.message : `must be a valid ${issue.format}`;
    case "invalid_key":
      return "has an invalid key";
    case "invalid_element":
      return "has an invalid element";
    case "custom":
      // Custom messages are written by peygir's own refinements, which never echo values.
      return issue.message;
    default: {
      const exhaustive: never = issue;
      return String((exhaustive as { message?: string }).message ?? "is invalid");
    }
  }
}

/**
 * An object schema that refuses unknown keys, as `z.strictObject` does, but whose
 * `unrecognized_keys` issue follows the rule above even when the schema is called directly
 * (`WorkClosure.safeParse`): its `keys` list the keys that read like field names and
 * `"(not shown)"` for each other one, and its message is the one `PeygirError` issues carry.
 * zod's own issue would list every key and quote them in its message.
 */
export function closedObject<const Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
): z.ZodObject<Shape, z.core.$strict> {
  // `when`: runs even when a field failed too, so that the issue is never left as zod made it.
  return z.strictObject(shape).superRefine(hideDataKeys, { when: () => true });
}

function hideDataKeys(_value: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  ctx.issues.forEach((issue, index) => {
    // The object's own issue has no path yet; those of nested objects were rewritten by their
    // own schema (and carry the path of their field by now).
    if (issue.code !== "unrecognized_keys" || (issue.path?.length ?? 0) > 0) return;
    ctx.issues[index] = {
      ...issue,
      message: unknownKeysMessage(issue.keys),
      keys: issue.keys.map((key) => (FIELD_NAME.test(key) ? key : NOT_SHOWN)),
    };
  });
}

/** Parses with a schema and throws a `PeygirError` (with value-free messages) on failure. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: PeygirErrorCode,
  summary: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new PeygirError(code, summary, toPeygirIssues(result.error));
}
