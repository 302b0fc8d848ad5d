export {
  HolidaySource,
  type IranianHolidaysOptions,
  iranianHolidays,
} from "./iranianHolidays";
