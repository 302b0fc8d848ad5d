import { toLatinDigits } from "../digits";

const MOBILE = /^(?:(?:\+|00)?98)?0?(9\d{9})$/;

/**
 * The canonical `09XXXXXXXXX` form of an Iranian mobile number, or `undefined`.
 */
export function readMobile(input: string): string | undefined {
  if (typeof input !== "string") return undefined;
  const match = MOBILE.exec(toLatinDigits(input).replace(/[\s\-().]/g, ""));
  return match === null ? undefined : `0${match[1]}`;
}
