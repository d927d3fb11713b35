import { CABINET_TRANSFERS, type WorkdayTransfer } from "./data";
import { holidaysOf, type CalendarExtras } from "./holidays";
import { addDays, isoWeekday, isWeekend, requireIsoDate, toIsoDate, type CivilDate } from "./isoDate";

/** Longest span addWorkingDays will walk; a deadline further than this is a caller's bug. */
const MAX_WORKING_DAYS = 3660;

interface ResolvedCalendar {
  daysOff: Set<string>; // transfer `from` days
  workedSaturdays: Set<string>; // transfer `to` days
  holidayYears: Map<number, Set<string>>;
  extras?: CalendarExtras;
}

function validateTransfer(transfer: WorkdayTransfer, index: number): WorkdayTransfer {
  const from = requireIsoDate(transfer?.from, `transfers[${index}].from`);
  const to = requireIsoDate(transfer?.to, `transfers[${index}].to`);
  if (isWeekend(from)) throw new RangeError(`transfers[${index}].from (${transfer.from}) must be a weekday: it is the working day that becomes a day off`);
  if (isoWeekday(to) !== 6) throw new RangeError(`transfers[${index}].to (${transfer.to}) must be a Saturday: it is the day worked instead`);
  return { from: toIsoDate(from), to: toIsoDate(to), source: transfer.source };
}

/** The working-day transfers in force: the Cabinet's (unless switched off) plus the config's. */
export function activeTransfers(extras?: CalendarExtras): WorkdayTransfer[] {
  const own = (extras?.transfers ?? []).map(validateTransfer);
  const cabinet = extras?.cabinetTransfers === false ? [] : CABINET_TRANSFERS.slice();
  return cabinet.concat(own);
}

/** The transfers that touch `year` (either end in that year). */
export function transfersOf(year: number, extras?: CalendarExtras): WorkdayTransfer[] {
  const prefix = String(year);
  return activeTransfers(extras).filter((t) => t.from.startsWith(prefix) || t.to.startsWith(prefix));
}

function resolve(extras?: CalendarExtras): ResolvedCalendar {
  const transfers = activeTransfers(extras);
  // Validate extra holidays eagerly so a bad config fails on the first call, not in some later year.
  if (extras?.extraHolidays) holidaysOf(2000, extras);
  return {
    daysOff: new Set(transfers.map((t) => t.from)),
    workedSaturdays: new Set(transfers.map((t) => t.to)),
    holidayYears: new Map(),
    extras,
  };
}

function isHoliday(calendar: ResolvedCalendar, date: CivilDate, iso: string): boolean {
  let year = calendar.holidayYears.get(date.year);
  if (!year) {
    year = new Set(holidaysOf(date.year, calendar.extras).map((h) => h.date));
    calendar.holidayYears.set(date.year, year);
  }
  return year.has(iso);
}

function isWorkingDayResolved(calendar: ResolvedCalendar, date: CivilDate): boolean {
  const iso = toIsoDate(date);
  if (isHoliday(calendar, date, iso)) return false;
  if (calendar.workedSaturdays.has(iso)) return true;
  if (calendar.daysOff.has(iso)) return false;
  return !isWeekend(date);
}

/**
 * Whether `isoDate` is a working day in Latvia: Monday–Friday, not a public holiday, not a
 * weekday given off by a transfer — or a Saturday that a transfer made a working day.
 */
export function isWorkingDay(isoDate: string, extras?: CalendarExtras): boolean {
  return isWorkingDayResolved(resolve(extras), requireIsoDate(isoDate));
}

/**
 * The date `n` working days after `fromIso`. The day of sending never counts, whatever day it
 * is ("counted from the day of sending, exclusive"): a reply sent on Tuesday 17 November 2026
 * with a 1-working-day deadline is due Thursday 19 November, because the 18th is a holiday.
 * n = 0 returns `fromIso` itself.
 */
export function addWorkingDays(fromIso: string, n: number, extras?: CalendarExtras): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`n must be a whole number of working days from 0 to ${MAX_WORKING_DAYS}, got ${n}`);
  }
  const calendar = resolve(extras);
  let date = requireIsoDate(fromIso, "fromIso");
  let remaining = n;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDayResolved(calendar, date)) remaining -= 1;
  }
  return toIsoDate(date);
}

/** The first working day strictly after `fromIso`. */
export function nextWorkingDay(fromIso: string, extras?: CalendarExtras): string {
  return addWorkingDays(fromIso, 1, extras);
}

/**
 * Working days after `fromIso` up to and including `toIso` (0 when `toIso` is not later).
 * The inverse of addWorkingDays for a working-day `toIso`.
 */
export function countWorkingDays(fromIso: string, toIso: string, extras?: CalendarExtras): number {
  const calendar = resolve(extras);
  const end = toIsoDate(requireIsoDate(toIso, "toIso"));
  let date = requireIsoDate(fromIso, "fromIso");
  let count = 0;
  for (let guard = 0; toIsoDate(date) < end; guard++) {
    if (guard > MAX_WORKING_DAYS * 2) throw new RangeError("the span between the two dates is too long");
    date = addDays(date, 1);
    if (isWorkingDayResolved(calendar, date)) count += 1;
  }
  return count;
}
