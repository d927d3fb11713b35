import { ONE_OFF_HOLIDAYS, SONG_FESTIVAL_CLOSING_DAYS, type WorkdayTransfer } from "./data";
import { easterSunday } from "./easter";
import { addDays, isoWeekday, isWeekend, parseIsoDate, requireIsoDate, toIsoDate, type CivilDate } from "./isoDate";

/**
 * Latvian public holidays ("svētku dienas") by the law "Par svētku, atceres un atzīmējamām
 * dienām", article 1, as in force since the amendment of 02.10.2014:
 *   1 January; Good Friday, Easter Sunday and Easter Monday; 1 May; 4 May; Mothers' Day (second
 *   Sunday of May); Pentecost (Sunday); 23 and 24 June; the closing day of the General Latvian
 *   Song and Dance Festival; 18 November; 24, 25 and 26 December; 31 December.
 * "If 4 May, the closing day of the Song and Dance Festival or 18 November falls on a Saturday or
 * Sunday, the next working day is a day off." Mothers' Day and Pentecost are listed by the law
 * but always fall on a Sunday, so they never change a working-day count.
 * Years before 2015 are computed with the same rules, which is not historically exact.
 */

export type HolidayKind =
  | "public" // a holiday the law names
  | "substitute" // the working day after 4 May / 18 November / the festival closing day on a weekend
  | "one-off" // declared for one date only (ONE_OFF_HOLIDAYS)
  | "organization"; // added by the organization's config

export interface Holiday {
  date: string; // YYYY-MM-DD
  name: string; // Latvian
  nameEn: string;
  kind: HolidayKind;
}

export interface ExtraHoliday {
  date: string;
  name?: string;
  nameEn?: string;
}

/** What an organization's config may add to the national calendar. */
export interface CalendarExtras {
  /** Further days off (e.g. a municipality's own holiday, or a new one-off national one). */
  extraHolidays?: ReadonlyArray<string | ExtraHoliday>;
  /** Further working-day transfers: `from` becomes a day off, the Saturday `to` a working day. */
  transfers?: readonly WorkdayTransfer[];
  /** Apply the Cabinet's transfers (CABINET_TRANSFERS); default true. */
  cabinetTransfers?: boolean;
}

function holiday(date: CivilDate, name: string, nameEn: string, kind: HolidayKind = "public"): Holiday {
  return { date: toIsoDate(date), name, nameEn, kind };
}

const statutoryCache = new Map<number, readonly Holiday[]>();

/** The national holidays of a year (law, substitutes, one-offs), sorted by date. */
function statutoryHolidays(year: number): readonly Holiday[] {
  const cached = statutoryCache.get(year);
  if (cached) return cached;

  const easter = easterSunday(year);
  const on = (month: number, day: number): CivilDate => ({ year, month, day });
  const secondSundayOfMay = (() => {
    const first = on(5, 1);
    const toSunday = (7 - isoWeekday(first)) % 7;
    return addDays(first, toSunday + 7);
  })();

  const list: Holiday[] = [
    holiday(on(1, 1), "Jaungada diena", "New Year's Day"),
    holiday(addDays(easter, -2), "Lielā Piektdiena", "Good Friday"),
    holiday(easter, "Pirmās Lieldienas", "Easter Sunday"),
    holiday(addDays(easter, 1), "Otrās Lieldienas", "Easter Monday"),
    holiday(on(5, 1), "Darba svētki, Latvijas Republikas Satversmes sapulces sasaukšanas diena", "Labour Day; Convocation of the Constituent Assembly"),
    holiday(on(5, 4), "Latvijas Republikas Neatkarības atjaunošanas diena", "Restoration of Independence Day"),
    holiday(secondSundayOfMay, "Mātes diena", "Mothers' Day"),
    holiday(addDays(easter, 49), "Vasarsvētki", "Pentecost"),
    holiday(on(6, 23), "Līgo diena", "Midsummer Eve"),
    holiday(on(6, 24), "Jāņu diena", "Midsummer Day"),
    holiday(on(11, 18), "Latvijas Republikas proklamēšanas diena", "Proclamation Day of the Republic of Latvia"),
    holiday(on(12, 24), "Ziemassvētku vakars", "Christmas Eve"),
    holiday(on(12, 25), "Pirmie Ziemassvētki", "Christmas Day"),
    holiday(on(12, 26), "Otrie Ziemassvētki", "Second Day of Christmas"),
    holiday(on(12, 31), "Vecgada diena", "New Year's Eve"),
  ];
  for (const closing of SONG_FESTIVAL_CLOSING_DAYS) {
    const date = parseIsoDate(closing);
    if (date && date.year === year) {
      list.push(holiday(date, "Vispārējo latviešu Dziesmu un deju svētku noslēguma diena", "Closing day of the Song and Dance Festival"));
    }
  }
  for (const oneOff of ONE_OFF_HOLIDAYS) {
    if (oneOff.date.slice(0, 4) === String(year)) {
      list.push({ date: oneOff.date, name: oneOff.name, nameEn: oneOff.nameEn, kind: "one-off" });
    }
  }

  // Substitute days: the next day that is neither a weekend day nor already a holiday.
  const taken = new Set(list.map((h) => h.date));
  const movable = list.filter(
    (h) => h.date.slice(5) === "05-04" || h.date.slice(5) === "11-18" || h.name.startsWith("Vispārējo latviešu Dziesmu"),
  );
  for (const original of movable) {
    const date = requireIsoDate(original.date);
    if (!isWeekend(date)) continue;
    let next = addDays(date, 1);
    while (isWeekend(next) || taken.has(toIsoDate(next))) next = addDays(next, 1);
    const substitute = holiday(
      next,
      `${original.name} (brīvdiena, jo svētku diena iekrīt nedēļas nogalē)`,
      `${original.nameEn} (day off in lieu of the weekend)`,
      "substitute",
    );
    list.push(substitute);
    taken.add(substitute.date);
  }

  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  statutoryCache.set(year, frozen);
  return frozen;
}

function normaliseExtraHoliday(entry: string | ExtraHoliday): Holiday {
  const raw = typeof entry === "string" ? { date: entry } : entry;
  const date = requireIsoDate(raw.date, "extraHolidays[].date");
  return {
    date: toIsoDate(date),
    name: raw.name ?? "Organizācijas noteikta brīvdiena",
    nameEn: raw.nameEn ?? raw.name ?? "Day off set by the organization",
    kind: "organization",
  };
}

/**
 * Every public holiday of `year`: the law's holidays, substitute days, one-off holidays, and
 * the organization's extra holidays when `extras` has them. Sorted by date. Working-day
 * transfers are not holidays: see `transfersOf`.
 */
export function holidaysOf(year: number, extras?: CalendarExtras): Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`year must be an integer from 1583 to 9999, got ${year}`);
  const list = statutoryHolidays(year).slice();
  for (const entry of extras?.extraHolidays ?? []) {
    const extra = normaliseExtraHoliday(entry);
    if (extra.date.slice(0, 4) === String(year) && !list.some((h) => h.date === extra.date)) list.push(extra);
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return list;
}

/** The holiday on `isoDate`, or null. */
export function holidayOn(isoDate: string, extras?: CalendarExtras): Holiday | null {
  const date = requireIsoDate(isoDate);
  const iso = toIsoDate(date);
  return holidaysOf(date.year, extras).find((h) => h.date === iso) ?? null;
}
