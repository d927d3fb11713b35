export { CABINET_TRANSFERS, ONE_OFF_HOLIDAYS, SONG_FESTIVAL_CLOSING_DAYS, type OneOffHoliday, type WorkdayTransfer } from "./data";
export { easterSunday } from "./easter";
export { holidayOn, holidaysOf, type CalendarExtras, type ExtraHoliday, type Holiday, type HolidayKind } from "./holidays";
export {
  addDays,
  addDaysIso,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isoDate,
  isoWeekday,
  isValidCivilDate,
  isWeekend,
  parseIsoDate,
  requireIsoDate,
  toIsoDate,
  type CivilDate,
} from "./isoDate";
export { activeTransfers, addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay, transfersOf } from "./workingDays";
