/**
 * The `calendar` option (private): every function that works on working time takes its
 * calendar here, the national Iranian calendar (`createWorkCalendar()`) when none is given.
 */
import { PeygirError } from "../../errors/PeygirError";
import type { WorkCalendar } from "../WorkCalendar";
import { type CompiledCalendar, compiledOf, register, validateCalendar } from "./workTable";

let national: WorkCalendar | undefined;
let lastCalendar: unknown;
let lastCompiled: CompiledCalendar | undefined;
const CALENDAR_PATH = ["options", "calendar"] as const;

/** The national Iranian work calendar, made on first use and shared. */
export function nationalCalendar(): WorkCalendar {
  national ??= register(validateCalendar(undefined, "createWorkCalendar"));
  return national;
}

/**
 * The compiled calendar of an options object's `calendar` (the national one when the
 * options or their `calendar` are missing); throws `invalid_option` for options that are not
 * an object and `invalid_calendar` for a calendar that is not one.
 */
export function calendarOption(options: unknown, where: string): CompiledCalendar {
  let calendar: unknown;
  if (options !== undefined) {
    if (typeof options !== "object" || options === null) {
      throw new PeygirError("invalid_option", `${where}: options must be an object`, [
        { path: ["options"], message: "must be an object" },
      ]);
    }
    calendar = (options as { readonly calendar?: unknown }).calendar;
  }
  // Calls come in runs with one calendar: skip the WeakMap look-up then.
  if (calendar === lastCalendar && lastCompiled !== undefined) return lastCompiled;
  const compiled = compiledOf(
    calendar === undefined ? nationalCalendar() : calendar,
    where,
    CALENDAR_PATH,
  );
  lastCalendar = calendar;
  lastCompiled = compiled;
  return compiled;
}
