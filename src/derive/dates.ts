// Date arithmetic on ISO strings ('YYYY-MM-DD', 'YYYY-MM'): ordering, month and day
// numbers, ranges. Read from the string itself, so the reader's time zone never moves a day.
// Dates in words are each language's own: `format` in src/i18n/{en,ja,ko}/core.ts.

import { byDate } from '../model/iso-date';

export { byDate, isIsoDate } from '../model/iso-date';

/** 'YYYY-MM' of an ISO date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/**
 * Days since 1970-01-01 of an ISO date (or 'YYYY-MM'): a timezone-free scale for the axis.
 * Civil-calendar arithmetic (H. Hinnant's days_from_civil) rather than `Date`: the lanes
 * place every event with it, 100,000 of them on each redraw, and no object is allocated.
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

export function dateFromDayNumber(day: number): string {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}

/** Months since the start of year 0 of an ISO date (or 'YYYY-MM'): the month scale, read without allocating substrings. */
export function monthNumber(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

/** 'YYYY-MM' of a month number (monthNumber's inverse). */
export function monthFromNumber(n: number): string {
  return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive, as 'YYYY-MM'. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = monthNumber(first), end = monthNumber(last); m <= end; m++)
    out.push(monthFromNumber(m));
  return out;
}

/** Orders events as they stood on a date (EventAsOf) by their event's date. */
export function byEventDate(
  a: { event: { date: string } },
  b: { event: { date: string } },
): number {
  return byDate(a.event, b.event);
}

/** How many items of a list sorted by date fall on or before `date` (binary search). */
export function countOnOrBefore<T>(
  sorted: readonly T[],
  date: string,
  dateOf: (item: T) => string,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dateOf(sorted[mid] as T) <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
