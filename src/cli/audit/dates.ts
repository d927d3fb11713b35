/** Calendar dates and ISO weeks as seen in Latvia (a reply sent at 23:30 UTC on Sunday is Monday's). */

import { dateInLatvia } from "../../core/lv/dates";

/** YYYY-MM-DD in Europe/Riga of an ISO date-time, or null when it does not parse. */
export function rigaDate(iso: string | null): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return dateInLatvia(new Date(time));
}

/** ISO 8601 week of a YYYY-MM-DD date: "2026-W47". */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of the same week decides the week's year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
