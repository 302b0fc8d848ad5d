import * as z from "zod";
import { IranProvince } from "./IranProvince";
import { PersianText } from "./internal/text";

/**
 * Where an agency, a household, a work calendar, a rule or a closure is: one of Iran's 31
 * provinces (استان), optionally a county (شهرستان) and a district (a بخش of the county, or a
 * ناحیه of a city municipality). One type for entities and calendars, so an agency's region
 * can be given to {@link createWorkCalendar}.
 *
 * The province is stored by its Persian name (English names are accepted, see
 * {@link IranProvince}); county and district are Persian text, normalised with
 * {@link normalizePersian} so that spellings with Arabic yeh or kaf match. For calendars, a
 * region `A` contains a region `B` when every field `A` names is the same in `B`:
 * `{ province: "تهران" }` contains `{ province: "تهران", county: "تهران" }`, not the other
 * way round.
 *
 * @example
 * ```ts
 * Region.parse({ province: "كرمان", county: "شهربابك", district: "دهج" });
 * // => { province: "کرمان", county: "شهربابک", district: "دهج" }
 * Region.parse({ province: "Kerman" }); // => { province: "کرمان" }
 * Region.safeParse({ province: "Atlantis" }).success; // => false
 * ```
 *
 * @category Entities
 */
export const Region = z
  .object({
    /** The province (استان). */
    province: IranProvince,
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
