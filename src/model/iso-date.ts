/**
 * Orders ISO dates ('YYYY-MM-DD', 'YYYY-MM', 'YYYY'), oldest first. The one date comparator:
 * ISO strings compare as dates, and no Date is made.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders things by their ISO `date`, oldest first (stable sorts keep ties in input order). */
export function byDate(a: { date: string }, b: { date: string }): number {
  return compareDates(a.date, b.date);
}

/**
 * Days since 1970-01-01 of an ISO date (or 'YYYY-MM'): the one date-to-number function, a
 * timezone-free scale. Civil-calendar arithmetic (H. Hinnant's days_from_civil) rather than
 * `Date`: the lanes place every event with it, 100,000 of them on each redraw, and no object
 * is allocated.
 */
export function dayNumber(date: string): number {
  // digits read by char code: no substrings, so no garbage for 100,000 calls
  const digit = (i: number) => date.charCodeAt(i) - 48;
  const m = digit(5) * 10 + digit(6);
  const d = date.length >= 10 ? digit(8) * 10 + digit(9) : 1;
  const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a date may have: the dispute's background to well past any plan (see README). */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2200;

/** Days in a month of the proleptic Gregorian calendar, by arithmetic (Date.UTC reads 0–99 as 19xx). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a calendar-valid YYYY-MM-DD string (no 2019-02-30, no 2019-13-01). */
export function isIsoDate(value: string): boolean {
  const m = isoDay.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** True for a calendar-valid date in the years the dashboard draws (FIRST_YEAR to LAST_YEAR). */
export function isDateInRange(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}
