const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The index of the first half of a surrogate pair that has no other half in `text` (text
 * that is not valid Unicode, and that UTF-8 cannot encode), or -1.
 *
 * @example
 * ```ts
 * firstLoneSurrogate("hh-\ud800"); // => 3
 * firstLoneSurrogate("😀"); // => -1
 * ```
 */
export function firstLoneSurrogate(text: string): number {
  return text.search(LONE_SURROGATE);
}
