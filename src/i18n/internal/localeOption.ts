import { PeygirError } from "../../errors/PeygirError";
import type { Locale } from "../Locale";

/**
 * The `locale` option of `options` (private): `"fa"` when the options or their `locale` are
 * missing; throws `invalid_option` for options that are not an object or another locale.
 */
export function localeOption(options: unknown, where: string): Locale {
  if (options === undefined) return "fa";
  if (typeof options !== "object" || options === null) {
    throw new PeygirError("invalid_option", `${where}: options must be an object`, [
      { path: ["options"], message: "must be an object" },
    ]);
  }
  const locale = (options as { readonly locale?: unknown }).locale ?? "fa";
  if (locale !== "fa" && locale !== "en") {
    throw new PeygirError("invalid_option", `${where}: unknown locale`, [
      { path: ["options", "locale"], message: 'must be "fa" or "en"' },
    ]);
  }
  return locale;
}
