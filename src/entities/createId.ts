import { nanoid } from "nanoid";
import { PeygirError } from "../errors/PeygirError";

const PREFIX = /^[A-Za-z][A-Za-z0-9-]*$/;

/**
 * Makes a new random id for an entity, optionally prefixed with its kind (`hh_…`).
 *
 * The random part is a 21-character nanoid (URL-safe, about 126 bits of randomness from the
 * platform's cryptographic generator), so ids made on different machines do not collide.
 * Unlike the rest of peygir this function is not deterministic; pass ids in when you need
 * repeatable data.
 *
 * @param prefix - A short kind such as `"hh"` or `"task"`: a letter, then letters, digits or
 *   dashes. Joined to the random part with `_`.
 * @returns The new id.
 * @throws {@link PeygirError} `invalid_option` when the prefix has other characters.
 *
 * @example
 * ```ts
 * createId(); // => e.g. "V1StGXR8_Z5jdHi6B-myT"
 * createId("hh"); // => e.g. "hh_V1StGXR8_Z5jdHi6B-myT"
 * ```
 *
 * @category Entities
 */
export function createId(prefix?: string): string {
  if (prefix === undefined || prefix === "") return nanoid();
  if (typeof prefix !== "string" || !PREFIX.test(prefix)) {
    throw new PeygirError(
      "invalid_option",
      "createId: prefix has characters other than A-Z, 0-9, -",
      [
        {
          path: ["prefix"],
          message: "must start with a letter and contain only letters, digits and dashes",
        },
      ],
    );
  }
  return `${prefix}_${nanoid()}`;
}
