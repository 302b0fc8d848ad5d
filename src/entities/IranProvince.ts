import * as z from "zod";
import {
  PERSIAN_NAMES,
  type ProvinceEnglishName,
  type ProvincePersianName,
  provinceNameOf,
} from "./internal/provinces";

/**
 * One of Iran's 31 provinces (استان), by its Persian name.
 *
 * Parsing accepts the Persian name in any spelling {@link normalizePersian} unifies (Arabic
 * yeh and kaf, extra spaces) and the common English names (`"Mazandaran"`,
 * `"Khorasan Razavi"`, `"Razavi Khorasan"`, `"Isfahan"`, `"Esfahan"`, …), case-insensitively,
 * and outputs the Persian name.
 *
 * @example
 * ```ts
 * IranProvince.parse("Mazandaran"); // => "مازندران"
 * IranProvince.parse("razavi khorasan"); // => "خراسان رضوی"
 * IranProvince.safeParse("Atlantis").success; // => false
 * ```
 *
 * @category Entities
 */
export const IranProvince = z
  .string()
  .transform((input, ctx): ProvincePersianName => {
    const name = provinceNameOf(input);
    if (name === undefined) {
      ctx.issues.push({
        code: "custom",
        input,
        message: "must be one of Iran's 31 provinces, in Persian or English",
      });
      return z.NEVER;
    }
    return name;
  })
  .pipe(z.enum(PERSIAN_NAMES))
  .meta({ description: "An Iranian province, by its Persian name", examples: ["مازندران"] });

/**
 * The Persian name of one of Iran's 31 provinces (`"تهران"`, `"مازندران"`, …).
 *
 * @category Entities
 */
export type IranProvince = z.infer<typeof IranProvince>;

/**
 * A province named in Persian or by one of its English names (what {@link IranProvince}
 * accepts, as a type that editors can complete).
 *
 * @category Entities
 */
export type IranProvinceName = IranProvince | ProvinceEnglishName | (string & Record<never, never>);
