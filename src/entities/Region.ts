import * as z from "zod";
import { PersianText } from "./internal/text";

/**
 * Where an agency or a household is: a province (استان), optionally a county (شهرستان) and a
 * district (a بخش of the county, or a ناحیه of a city municipality).
 *
 * Names are Persian text, normalised with {@link normalizePersian}.
 *
 * @example
 * ```ts
 * Region.parse({ province: "كرمان", county: "شهربابك", district: "دهج" });
 * // => { province: "کرمان", county: "شهربابک", district: "دهج" }
 * ```
 *
 * @category Entities
 */
export const Region = z
  .object({
    /** The province (استان). */
    province: PersianText,
    /** The county (شهرستان). */
    county: PersianText.exactOptional(),
    /** The district: a بخش of the county or a municipal ناحیه. */
    district: PersianText.exactOptional(),
  })
  .meta({ title: "Region" });

/**
 * A province, county and district.
 *
 * @category Entities
 */
export type Region = z.infer<typeof Region>;
