import { addMonths } from 'date-fns';
import type { DatePrecision } from '../model/schema';

export { isIsoDate } from '../model/iso-date';

// Intl (built into every browser) names the months, so no locale data ships with the page;
// dates are read and written in UTC so that the reader's time zone never moves a day.
const fmt = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const fullFormat = fmt({ day: 'numeric', month: 'long', year: 'numeric' });
const monthFormat = fmt({ month: 'long', year: 'numeric' });
const shortFormat = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
const monthNameFormat = fmt({ month: 'short' });

/** An ISO date as a UTC Date (noon, so no offset can move it across a day boundary). */
export function utcDate(date: string): Date {
  return new Date(
    Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +(date.slice(8, 10) || 1), 12),
  );
}

/** A date as a reader should see it: only as precise as the data knows it. */
export function formatEventDate(date: string, precision: DatePrecision): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return monthFormat.format(utcDate(date));
  return fullFormat.format(utcDate(date));
}

export function formatShortDate(date: string): string {
  return shortFormat.format(utcDate(date));
}

/** 'March 2023' for '2023-03'. */
export function formatMonth(month: string): string {
  return monthFormat.format(utcDate(`${month}-01`));
}

/** 'Mar' for a month number 1..12. */
export function monthName(month: number): string {
  return monthNameFormat.format(new Date(Date.UTC(2000, month - 1, 1, 12)));
}

/** 'YYYY-MM' of an ISO date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Days since 1970-01-01 (UTC) of an ISO date: a timezone-free scale for the axis. */
export function dayNumber(date: string): number {
  // plain UTC arithmetic: differenceInCalendarDays counts the reader's local calendar days,
  // which are one off where the zone crossed the date line since 1970 (Samoa, Kiritimati)
  return Math.round((utcDate(date).getTime() - EPOCH.getTime()) / 864e5);
}
const EPOCH = new Date(Date.UTC(1970, 0, 1, 12));

export function dateFromDayNumber(day: number): string {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}

/** Every month from `first` to `last` inclusive, as 'YYYY-MM'. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  const end = last.slice(0, 7);
  for (let d = utcDate(`${first.slice(0, 7)}-01`); ; d = addMonths(d, 1)) {
    const month = d.toISOString().slice(0, 7);
    if (month > end) break;
    out.push(month);
  }
  return out;
}
