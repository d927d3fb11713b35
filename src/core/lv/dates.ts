/**
 * Dates written the Latvian way, in the grammatical case the sentence needs:
 *   nominative  "2026. gada 18. novembris"          (Šodien ir …)
 *   genitive    "2026. gada 18. novembra e-pasts"    (… e-pasts, iesniegums)
 *   dative      "līdz 2026. gada 27. novembrim"      (līdz …)
 *   accusative  "uz 2026. gada 18. novembri"         (pārcelt uz …)
 *   locative    "2026. gada 22. novembrī"            (kad? …)
 * Only the month name declines; "2026. gada" (genitive of the year) and "18." (ordinal) stay.
 * The year is always written out: the standards' letters date things fully.
 */

import { isValidCivilDate, isoWeekday, requireIsoDate, toIsoDate, type CivilDate } from "./calendar/isoDate";

export type LatvianCase = "nominative" | "genitive" | "dative" | "accusative" | "locative";

export const LATVIAN_CASES: readonly LatvianCase[] = ["nominative", "genitive", "dative", "accusative", "locative"];

/**
 * Month names by case. marts, maijs, jūnijs, jūlijs, augusts are 1st declension (-s: -a, -am,
 * -u, -ā); the rest are 2nd declension (-is: -a, -im, -i, -ī). Of those only aprīlis has a
 * consonant alternation in the genitive (l → ļ: aprīļa); r never alternates (janvāra, novembra).
 */
const MONTHS_LV: Readonly<Record<LatvianCase, readonly string[]>> = {
  nominative: ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"],
  genitive: ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra"],
  dative: ["janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam", "septembrim", "oktobrim", "novembrim", "decembrim"],
  accusative: ["janvāri", "februāri", "martu", "aprīli", "maiju", "jūniju", "jūliju", "augustu", "septembri", "oktobri", "novembri", "decembri"],
  locative: ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"],
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Weekday names, Monday first: nominative ("pirmdiena") and the adverb of time ("pirmdien"). */
const WEEKDAYS_LV = ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"];
const WEEKDAYS_LV_WHEN = ["pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien"];
const WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function checkCase(grammaticalCase: LatvianCase): void {
  if (!Object.prototype.hasOwnProperty.call(MONTHS_LV, grammaticalCase)) {
    throw new RangeError(`unknown case ${JSON.stringify(grammaticalCase)}; use one of ${LATVIAN_CASES.join(", ")}`);
  }
}

/** "novembris", "novembra", … for month 1–12. */
export function monthNameLv(month: number, grammaticalCase: LatvianCase = "nominative"): string {
  checkCase(grammaticalCase);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1–12, got ${month}`);
  return MONTHS_LV[grammaticalCase][month - 1];
}

export function monthNameEn(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1–12, got ${month}`);
  return MONTHS_EN[month - 1];
}

/** formatDateLv("2026-11-27", "dative") → "2026. gada 27. novembrim". */
export function formatDateLv(isoDate: string, grammaticalCase: LatvianCase = "nominative"): string {
  checkCase(grammaticalCase);
  const date = requireIsoDate(isoDate);
  return `${date.year}. gada ${date.day}. ${MONTHS_LV[grammaticalCase][date.month - 1]}`;
}

/** The short numeric form Latvian documents use: "18.11.2026." */
export function formatDateLvNumeric(isoDate: string): string {
  const date = requireIsoDate(isoDate);
  const two = (n: number) => (n < 10 ? "0" + n : String(n));
  return `${two(date.day)}.${two(date.month)}.${date.year}.`;
}

/** formatDateEn("2026-11-18") → "18 November 2026" (day-month-year, as British and EU usage write it). */
export function formatDateEn(isoDate: string): string {
  const date = requireIsoDate(isoDate);
  return `${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`;
}

/** "trešdiena" (form "nominative") or "trešdien" (form "when": "trešdien, 18. novembrī"). */
export function weekdayNameLv(isoDate: string, form: "nominative" | "when" = "nominative"): string {
  const index = isoWeekday(requireIsoDate(isoDate)) - 1;
  return form === "when" ? WEEKDAYS_LV_WHEN[index] : WEEKDAYS_LV[index];
}

export function weekdayNameEn(isoDate: string): string {
  return WEEKDAYS_EN[isoWeekday(requireIsoDate(isoDate)) - 1];
}

/** Whether a lower-case word is a Latvian month name: in `grammaticalCase` when given, else in any case. */
export function isMonthNameLv(word: string, grammaticalCase?: LatvianCase): boolean {
  if (grammaticalCase === undefined) return LATVIAN_MONTH_BY_WORD.has(word);
  checkCase(grammaticalCase);
  return MONTHS_LV[grammaticalCase].indexOf(word) >= 0;
}

// ---------------------------------------------------------------- parsing

/** Every case form of every Latvian month. */
const LATVIAN_MONTH_BY_WORD: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const grammaticalCase of LATVIAN_CASES) {
    MONTHS_LV[grammaticalCase].forEach((name, index) => map.set(name, index + 1));
  }
  return map;
})();

/** English month names and the usual abbreviations. */
const ENGLISH_MONTH_BY_WORD: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  MONTHS_EN.forEach((name, index) => {
    map.set(name.toLowerCase(), index + 1);
    map.set(name.slice(0, 3).toLowerCase(), index + 1);
  });
  map.set("sept", 9);
  return map;
})();

function civil(year: number, month: number, day: number): string | null {
  return isValidCivilDate(year, month, day) ? toIsoDate({ year, month, day } as CivilDate) : null;
}

const ISO_FORM = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// 18.11.2026. / 18.11.2026 / 18. 11. 2026. / 18/11/2026
const NUMERIC_FORM = /^(\d{1,2})\.? ?[./] ?(\d{1,2})\.? ?[./] ?(\d{4})\.?$/;
// 2026. gada 18. novembrī / 2026. g. 18. novembra / 2026.gada 18.novembris
const LATVIAN_FORM = /^(\d{4})\. ?(?:gada|g\.) ?(\d{1,2})\. ?(\p{L}+)\.?$/iu;
// 18. novembrī 2026 / 18 November 2026
const DAY_MONTH_YEAR_FORM = /^(\d{1,2})\.? ?(\p{L}+)\.?,? (\d{4})\.?$/u;
// November 18, 2026
const MONTH_DAY_YEAR_FORM = /^(\p{L}+)\.? (\d{1,2}),? (\d{4})$/u;

function parseWith(text: string, english: boolean): string | null {
  if (typeof text !== "string") return null;
  const input = text.normalize("NFC").trim().replace(/\s+/g, " ");
  if (input.length > 40) return null;
  const month = (word: string): number | undefined => {
    const key = word.toLowerCase();
    return LATVIAN_MONTH_BY_WORD.get(key) ?? (english ? ENGLISH_MONTH_BY_WORD.get(key) : undefined);
  };

  let match = ISO_FORM.exec(input);
  if (match) return civil(Number(match[1]), Number(match[2]), Number(match[3]));

  match = NUMERIC_FORM.exec(input);
  if (match) return civil(Number(match[3]), Number(match[2]), Number(match[1]));

  match = LATVIAN_FORM.exec(input);
  if (match) {
    const m = month(match[3]);
    return m ? civil(Number(match[1]), m, Number(match[2])) : null;
  }

  match = DAY_MONTH_YEAR_FORM.exec(input);
  if (match) {
    const m = month(match[2]);
    return m ? civil(Number(match[3]), m, Number(match[1])) : null;
  }

  if (english) {
    match = MONTH_DAY_YEAR_FORM.exec(input);
    if (match) {
      const m = month(match[1]);
      return m ? civil(Number(match[3]), m, Number(match[2])) : null;
    }
  }
  return null;
}

/**
 * Reads a date written the Latvian or ISO way back to `YYYY-MM-DD`: "2026-11-18",
 * "18.11.2026.", "18/11/2026", "2026. gada 18. novembrī" (any case of the month).
 * Null when it is not a date or the day does not exist (31.02.2026.).
 */
export function parseDateLv(text: string): string | null {
  return parseWith(text, false);
}

/** parseDateLv plus English forms: "18 November 2026", "18 Nov 2026", "November 18, 2026". */
export function parseDate(text: string): string | null {
  return parseWith(text, true);
}

let rigaFormat: Intl.DateTimeFormat | null = null;

/**
 * The calendar date in Latvia (Europe/Riga) of an instant, as YYYY-MM-DD: a reply sent at 23:30
 * UTC on Sunday is Monday's there. Falls back to UTC where the engine has no time-zone data.
 */
export function dateInLatvia(instant: Date): string {
  try {
    if (!rigaFormat) rigaFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Riga", year: "numeric", month: "2-digit", day: "2-digit" });
    const s = rigaFormat.format(instant);
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  } catch {
    // no time-zone data in this engine
  }
  return instant.toISOString().slice(0, 10);
}
