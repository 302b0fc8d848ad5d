export {
  type GetIranianHolidaysOptions,
  getIranianHolidays,
  HolidaySource,
} from "./getIranianHolidays";
