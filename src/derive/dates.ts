// Date arithmetic on ISO strings ('YYYY-MM-DD', 'YYYY-MM'): ordering, month and day
// numbers, ranges. Read from the string itself, so the reader's time zone never moves a day.
// Dates in words are each language's own: `format` in src/i18n/{en,ja,ko}/core.ts.

import { byDate } from '../model/iso-date';

export {
  byDate,
  compareDates,
  dayNumber,
  daysBetween,
  daysInMonth,
  isIsoDate,
} from '../model/iso-date';

/** 'YYYY-MM' of an ISO date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
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
