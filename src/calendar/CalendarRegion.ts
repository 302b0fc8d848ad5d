import * as z from "zod";
import { closedObject } from "../internal/zodIssues";
import { normalizePersian } from "../text/normalizePersian";
import { IranProvince } from "./IranProvince";

/**
 * Where a work calendar, a rule or a closure applies: a province (استان) and optionally a
 * county (شهرستان) in it.
 *
 * The province is stored by its Persian name (English names are accepted, see
 * {@link IranProvince}); the county is Persian text, normalised with {@link normalizePersian}
 * so that spellings with Arabic yeh or kaf match. A region `A` contains a region `B` when
 * every field `A` names is the same in `B`: `{ province: "تهران" }` contains
 * `{ province: "تهران", county: "تهران" }`, not the other way round.
 *
 * @example
 * ```ts
 * CalendarRegion.parse({ province: "Tehran", county: "تهران" });
 * // => { province: "تهران", county: "تهران" }
 * CalendarRegion.safeParse({ county: "تهران" }).success; // => false (a county needs its province)
 * ```
 *
 * @category Calendar
 */
export const CalendarRegion = closedObject({
  /** The province. */
  province: IranProvince.optional(),
  /** The county, in Persian. */
  county: z
    .string()
    .transform(normalizePersian)
    .pipe(z.string().min(1, { message: "must not be blank" }))
    .optional(),
})
  .superRefine((region, ctx) => {
    if (region.county !== undefined && region.province === undefined) {
      ctx.addIssue({ code: "custom", path: ["province"], message: "a county needs its province" });
    }
  })
  .readonly();

/**
 * A province and optionally a county.
 *
 * @category Calendar
 */
export type CalendarRegion = z.infer<typeof CalendarRegion>;

/**
 * Whether `outer` (a rule's or closure's region; undefined means the whole country) contains
 * `inner` (the calendar's region; undefined means no particular place).
 * @internal
 */
export function regionContains(
  outer: CalendarRegion | undefined,
  inner: CalendarRegion | undefined,
): boolean {
  if (outer === undefined) return true;
  if (outer.province !== undefined && outer.province !== inner?.province) return false;
  if (outer.county !== undefined && outer.county !== inner?.county) return false;
  return true;
}
