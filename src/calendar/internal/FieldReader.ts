/**
 * Reading untrusted fields by hand, the way zod reads them (private): a value or `BAD` once
 * its problems are noted, each problem fatal or not as zod's would be, with the messages
 * `toPeygirIssues` gives. Used by readCalendar.
 */
import type { PeygirIssue } from "../../errors/PeygirError";
import { clockTimeToMinutes, minutesToClockTime } from "../../internal/clockTime";
import { epochDayToString } from "../../internal/epochDay";
import { JALALI_DATE_PATTERN, readJalaliDate } from "../../internal/jalaliInput";
import { unknownKeysMessage } from "../../internal/unknownKeys";

export type Path = readonly (string | number)[];
export type Fields = Record<string, unknown>;

const DATE_PATTERN = new RegExp(JALALI_DATE_PATTERN);

/** A reader's result: the value, or `BAD` once its problems are noted. */
export const BAD = Symbol("bad");
export type Read<T> = T | typeof BAD;

/**
 * Notes problems as zod does: a wrong type or value, or a value a transform cannot read, is
 * fatal (the object's own refinements then do not run); a failed check (a length, a repeated
 * day, an end before a start, an unknown key) is not.
 */
export class FieldReader {
  readonly issues: PeygirIssue[] = [];
  readonly fatal: boolean[] = [];

  note(path: Path, message: string, fatal = true): typeof BAD {
    this.issues.push({ path: [...path], message });
    this.fatal.push(fatal);
    return BAD;
  }

  /** Whether a fatal problem was noted since issue number `start`. */
  fatalSince(start: number): boolean {
    return this.fatal.slice(start).includes(true);
  }

  object(value: unknown, path: Path): Read<Fields> {
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return value as Fields;
    return this.note(path, "expected object");
  }

  array(value: unknown, path: Path): Read<readonly unknown[]> {
    return Array.isArray(value) ? value : this.note(path, "expected array");
  }

  /** Notes the keys of `fields` that `known` does not list (closed objects). */
  closed(fields: Fields, known: readonly string[], path: Path): void {
    const unknown = Object.keys(fields).filter((key) => !known.includes(key));
    if (unknown.length > 0) this.note(path, unknownKeysMessage(unknown), false);
  }

  text(
    value: unknown,
    path: Path,
    clean: (text: string) => string,
    nonEmpty: boolean,
  ): Read<string> {
    if (typeof value !== "string") return this.note(path, "expected string");
    if (nonEmpty && value.length < 1)
      return this.note(path, "must be at least 1 characters", false);
    const out = clean(value);
    // The schema's "must not be blank" is a length check too, and reads the same.
    if (nonEmpty && out.length < 1) return this.note(path, "must be at least 1 characters", false);
    return out;
  }

  date(value: unknown, path: Path): Read<string> {
    if (typeof value !== "string") return this.note(path, "expected string");
    if (!DATE_PATTERN.test(value))
      return this.note(path, "must be a Jalali date YYYY/MM/DD", false);
    const day = readJalaliDate(value);
    return typeof day === "string" ? this.note(path, day) : epochDayToString(day);
  }

  clock(value: unknown, path: Path): Read<string> {
    if (typeof value !== "string") return this.note(path, "expected string");
    const minutes = clockTimeToMinutes(value);
    if (Number.isNaN(minutes)) return this.note(path, "must be a time HH:mm from 00:00 to 23:59");
    return minutesToClockTime(minutes);
  }
}

/** Sets `key` on `out` when the field was given (and read), as zod's optional fields do. */
export function optional<T>(
  out: Fields,
  fields: Fields,
  key: string,
  read: (value: unknown) => Read<T>,
): boolean {
  if (!(key in fields)) return true;
  if (fields[key] === undefined) {
    out[key] = undefined;
    return true;
  }
  const value = read(fields[key]);
  if (value === BAD) return false;
  out[key] = value;
  return true;
}
