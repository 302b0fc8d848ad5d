export { toLatinDigits, toPersianDigits } from "./digits";
