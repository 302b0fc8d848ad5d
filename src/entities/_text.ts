import { z } from "zod";
import { atLeast } from "../_lib/atLeast";
import { normalizePersian } from "../text/normalizePersian";

/**
 * Human text (a name, a title): normalised with `normalizePersian`, non-empty before and
 * after normalisation.
 * @internal
 */
export const PersianText = z
  .string()
  .check(atLeast(1))
  .transform(normalizePersian)
  .pipe(z.string().min(1, { message: "must not be blank" }));

/**
 * An entity id: any non-empty string, kept as given.
 * @internal
 */
export const Id = z.string().check(atLeast(1));
