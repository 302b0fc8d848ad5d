import * as z from "zod";
import { atLeast } from "../../internal/atLeast";
import { withoutControls } from "../../text/internal/withoutControls";
import { normalizePersian } from "../../text/normalizePersian";

/**
 * Human text (a name, a title): normalised with `normalizePersian`, which also removes control
 * characters and folds line breaks into spaces; non-empty before and after normalisation.
 */
export const PersianText = z
  .string()
  .check(atLeast(1))
  .transform(normalizePersian)
  .pipe(z.string().min(1, { message: "must not be blank" }));

/**
 * Text shown as written (a reason, a source): only its control characters are removed, tabs
 * and line breaks becoming spaces (see `withoutControls`), so that printing it cannot send a
 * terminal an escape sequence.
 */
export const ShownText = z.string().transform(withoutControls);

/**
 * Non-empty text shown as written (a reference, a holiday's name): `ShownText` that is not
 * empty before or after its control characters are removed.
 */
export const NonEmptyShownText = z
  .string()
  .check(atLeast(1))
  .transform(withoutControls)
  .pipe(z.string().min(1, { message: "must not be blank" }));

/**
 * An entity id: any non-empty string, kept as given.
 */
export const Id = z.string().check(atLeast(1));
