/**
 * Orders things by their ISO `date`, oldest first (stable sorts keep ties in input order).
 * The one date comparator: ISO strings compare as dates, and no Date is made.
 */
export function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a date may have: the dispute's background to well past any plan (see README). */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2200;

/** Days in a month of the proleptic Gregorian calendar, by arithmetic (Date.UTC reads 0–99 as 19xx). */
function daysInMonth(year: number, month: number): number {
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
