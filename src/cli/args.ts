import type { OptionValues } from "./Command";
import { UsageError } from "./UsageError";

/** The string value of option `name`, or undefined if absent. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** The string value of a required option; a UsageError naming it if absent. */
export function requiredOption(values: OptionValues, name: string, usage: string): string {
  const value = stringOption(values, name);
  if (value === undefined || value === "") throw new UsageError(`--${name} is required`, usage);
  return value;
}

/** The value of option `name` if it is one of `choices` (default: the first). */
export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
  usage: string,
): T {
  const value = stringOption(values, name);
  if (value === undefined) return choices[0] as T;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${choices.join(", ")}`, usage);
  }
  return value as T;
}

/**
 * A whole number option from `min` to `max` (default: any safe integer); anything else is a
 * UsageError naming the range.
 */
export function integerOption(
  values: OptionValues,
  name: string,
  fallback: number,
  min: number,
  usage: string,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  const value = stringOption(values, name);
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(
      max === Number.MAX_SAFE_INTEGER
        ? `--${name} must be a whole number of at least ${min}`
        : `--${name} must be a whole number from ${min} to ${max}`,
      usage,
    );
  }
  return number;
}

/** Exactly `count` positional arguments, or a UsageError. */
export function positionalArgs(
  positionals: readonly string[],
  count: number,
  usage: string,
): string[] {
  if (positionals.length !== count) {
    throw new UsageError(
      `expected ${count} argument${count === 1 ? "" : "s"}, got ${positionals.length}`,
      usage,
    );
  }
  return [...positionals];
}
