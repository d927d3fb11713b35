/**
 * Latvian personal identity codes (personas kods).
 *
 * Old format (issued until 2017-06-30): DDMMYY-CNNNK — the birth date, the century digit C
 * (0 = 1800s, 1 = 1900s, 2 = 2000s), a serial number and a check digit K. K is
 * (1101 − Σ wᵢ·dᵢ) mod 11 over the first ten digits with weights 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
 * (krauzand/id-lv, python-stdnum lv.pvn — the latter in the equivalent form 1 + Σ with the
 * weights negated mod 11). When that remainder is 10 no digit fits: id-lv calls such a code
 * invalid, stdnum expects 0; we accept 0, because missing a real code costs more than a rare
 * false alarm.
 *
 * New format (since 2017-07-01): eleven digits starting with "3" and a second digit 2–9 (all
 * issued so far start with "32"), no date and no check digit; written 32NNNN-NNNNN.
 */

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Old-format codes carry birth dates up to the last day they were issued. */
const LAST_OLD_FORMAT_BIRTH = 20170630;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for eleven digits that form a valid old-format code: a real date and the right check digit. */
export function isValidOldFormatCode(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const century = Number(digits[6]);
  if (century > 2) return false;
  const year = 1800 + century * 100 + Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (year * 10000 + month * 100 + day > LAST_OLD_FORMAT_BIRTH) return false;
  let sum = 0;
  for (let k = 0; k < 10; k++) sum += WEIGHTS[k] * Number(digits[k]);
  const remainder = (1101 - sum) % 11;
  return Number(digits[10]) === remainder % 10;
}

/** True for eleven digits in the new format (3, then 2–9, then nine digits). */
export function isNewFormatCode(digits: string): boolean {
  return /^3[2-9]\d{9}$/.test(digits);
}
