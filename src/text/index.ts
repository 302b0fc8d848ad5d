export { toLatinDigits, toPersianDigits } from "./digits";
export { isValidNationalId } from "./isValidNationalId";
export { maskMobile } from "./maskMobile";
export { maskNationalId } from "./maskNationalId";
export { normalizeMobile } from "./normalizeMobile";
export { normalizePersian } from "./normalizePersian";
