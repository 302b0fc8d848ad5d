import { PeygirError } from "../errors/PeygirError";
import { readJalaliDate } from "../jalali/JalaliDate";

/**
 * The epoch day of a Jalali date given to a public function (canonical or loosely written);
 * throws `invalid_jalali_date` naming the function and the argument's path otherwise.
 */
export function epochDayOf(
  date: unknown,
  where: string,
  path: readonly (string | number)[] = ["date"],
): number {
  const day =
    typeof date === "string" ? readJalaliDate(date) : "must be a Jalali date string YYYY/MM/DD";
  if (typeof day === "number") return day;
  throw new PeygirError("invalid_jalali_date", `${where}: invalid Jalali date`, [
    { path, message: day },
  ]);
}
