import { createProvinceCalendar } from "../../calendar/createProvinceCalendar";
import { createWorkCalendar } from "../../calendar/createWorkCalendar";
import type { CreateWorkCalendarOptions, WorkCalendar } from "../../calendar/WorkCalendar";
import { PeygirError } from "../../errors/PeygirError";
import { readTextFile } from "./decode";
import { InputError } from "./InputError";

/** Options of {@link loadCalendar}. */
export interface LoadCalendarOptions {
  /** A JSON file of work-calendar options (`createWorkCalendar`'s), if any. */
  readonly file?: string | undefined;
  /** A province (Persian or English): its government offices' rules apply. */
  readonly region?: string | undefined;
}

/**
 * The work calendar of the command line: the Iranian one by default, a province's with
 * `region`, customised by the JSON options in `file`. Problems in the file are an
 * `InputError` (exit 1) naming the path of each.
 */
export async function loadCalendar(options: LoadCalendarOptions): Promise<WorkCalendar> {
  let fileOptions: CreateWorkCalendarOptions = {};
  const label = options.file ?? "--region";
  if (options.file !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(await readTextFile(options.file));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (error instanceof SyntaxError) {
        throw new InputError([{ file: label, message: "is not valid JSON" }]);
      }
      if (code === "ENOENT") throw new InputError([{ file: label, message: "file not found" }]);
      throw error;
    }
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      throw new InputError([
        { file: label, message: "must hold a JSON object of calendar options" },
      ]);
    }
    fileOptions = data as CreateWorkCalendarOptions;
  }
  try {
    if (options.region !== undefined) {
      const { region: _ignored, ...rest } = fileOptions;
      return createProvinceCalendar(options.region, rest);
    }
    return createWorkCalendar(fileOptions);
  } catch (error) {
    if (!(error instanceof PeygirError)) throw error;
    throw new InputError(
      (error.issues.length > 0 ? error.issues : [{ path: [], message: error.message }]).map(
        (issue) => ({
          file: label,
          ...(issue.path.length > 0 ? { column: issue.path.join(".") } : {}),
          message: issue.message,
        }),
      ),
    );
  }
}
