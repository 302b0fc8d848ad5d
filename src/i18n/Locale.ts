import * as z from "zod";

/**
 * A language peygir writes labels in: `"fa"` (Persian, Persian digits) or `"en"` (English).
 *
 * @example
 * ```ts
 * Locale.parse("fa"); // => "fa"
 * ```
 *
 * @category Labels
 */
export const Locale = z.enum(["fa", "en"]);

/**
 * `"fa"` or `"en"`.
 *
 * @category Labels
 */
export type Locale = z.infer<typeof Locale>;
