import { createWorkCalendar } from "./createWorkCalendar";
import { governmentRulesAnd } from "./internal/governmentRules";
import type { iranGovernmentRules } from "./iranGovernmentRules";
import type { CreateWorkCalendarOptions, WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link createTehranHeadOfficesCalendar}: those of {@link createWorkCalendar}
 * but the region, which is Tehran county.
 *
 * @category Calendar
 */
export type CreateTehranHeadOfficesCalendarOptions = Omit<CreateWorkCalendarOptions, "region">;

/**
 * The work calendar of government offices in Tehran city: the official Iranian holidays,
 * Thursdays off since the cabinet resolution of 19 Aban 1381, and the 1404 summer hours
 * (all of {@link iranGovernmentRules} that apply to Tehran county).
 *
 * @param options - Further {@link CreateWorkCalendarOptions}; its `rules` come after the ready
 *   rules (so they win) and its `closures` are added. `region` is set to Tehran county.
 * @returns The calendar.
 * @throws {@link PeygirError} `invalid_calendar` for `rules` that are not an array, and as
 *   {@link createWorkCalendar} does for other invalid options.
 *
 * @example
 * ```ts
 * const calendar = createTehranHeadOfficesCalendar();
 * calendar.region; // => { province: "تهران", county: "تهران" }
 * isWorkingDay("1403/04/28", { calendar }); // => false (a Thursday)
 * ```
 *
 * @category Calendar
 */
export function createTehranHeadOfficesCalendar(
  options?: CreateTehranHeadOfficesCalendarOptions,
): WorkCalendar {
  return createWorkCalendar({
    ...options,
    rules: governmentRulesAnd(options?.rules, "createTehranHeadOfficesCalendar"),
    region: { province: "تهران", county: "تهران" },
  });
}
