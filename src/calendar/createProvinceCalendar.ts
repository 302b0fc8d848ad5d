import type { IranProvinceName } from "../entities/IranProvince";
import { provinceNameOf } from "../entities/internal/provinces";
import { PeygirError } from "../errors/PeygirError";
import { createWorkCalendar } from "./createWorkCalendar";
import { governmentRulesAnd } from "./internal/governmentRules";
import type { iranGovernmentRules } from "./iranGovernmentRules";
import type { CreateWorkCalendarOptions, WorkCalendar } from "./WorkCalendar";

/**
 * Options of {@link createProvinceCalendar}: {@link CreateWorkCalendarOptions} without `region`, plus
 * the county.
 *
 * @category Calendar
 */
export type CreateProvinceCalendarOptions = Omit<CreateWorkCalendarOptions, "region"> & {
  /** The county (شهرستان) in the province, in Persian; the whole province when absent. */
  readonly county?: string;
};

/**
 * The work calendar of government offices in a province (or one of its counties): the
 * official Iranian holidays and the national and provincial decisions of
 * {@link iranGovernmentRules} that apply there.
 *
 * @param province - The province, in Persian or English (`"مازندران"`, `"Mazandaran"`).
 * @param options - Further {@link CreateProvinceCalendarOptions}; its `rules` come after the ready
 *   rules (so they win).
 * @returns The calendar.
 * @throws {@link PeygirError} `invalid_calendar` for an unknown province or `rules` that are
 *   not an array, and the codes of {@link createWorkCalendar} for invalid options.
 *
 * @example
 * ```ts
 * const calendar = createProvinceCalendar("Mazandaran");
 * calendar.region; // => { province: "مازندران" }
 * isWorkingDay("1404/07/17", { calendar }); // => false (a Thursday, after 12 Mehr 1404)
 * isWorkingDay("1404/07/17", { calendar: createProvinceCalendar("گیلان") }); // => true
 * ```
 *
 * @category Calendar
 */
export function createProvinceCalendar(
  province: IranProvinceName,
  options?: CreateProvinceCalendarOptions,
): WorkCalendar {
  const name = typeof province === "string" ? provinceNameOf(province) : undefined;
  if (name === undefined) {
    throw new PeygirError("invalid_calendar", "createProvinceCalendar: unknown province", [
      { path: ["province"], message: "must be one of Iran's 31 provinces, in Persian or English" },
    ]);
  }
  const { county, ...rest } = options ?? {};
  return createWorkCalendar({
    ...rest,
    rules: governmentRulesAnd(options?.rules, "createProvinceCalendar"),
    region: county === undefined ? { province: name } : { province: name, county },
  });
}
