import { addMonths } from 'date-fns';
import type { DatePrecision } from '../model/schema';

export { isIsoDate } from '../model/iso-date';

// The dashboard is in English; month names come from a table rather than Intl, because
// creating Intl formatters costs tens of milliseconds on a slow phone during start-up, and
// the server that prerenders the page and every browser then write dates identically.
// Dates are read from the ISO string itself, so the reader's time zone never moves a day.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** An ISO date as a UTC Date (noon, so no offset can move it across a day boundary). */
export function utcDate(date: string): Date {
  return new Date(
    Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +(date.slice(8, 10) || 1), 12),
  );
}

function longMonth(date: string): string {
  return MONTHS[+date.slice(5, 7) - 1] ?? '';
}

/** A date as a reader should see it: only as precise as the data knows it. */
export function formatEventDate(date: string, precision: DatePrecision): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return `${longMonth(date)} ${date.slice(0, 4)}`;
  return `${+date.slice(8, 10)} ${longMonth(date)} ${date.slice(0, 4)}`;
}

/** '27 Oct 2020' */
export function formatShortDate(date: string): string {
  return `${+date.slice(8, 10)} ${monthName(+date.slice(5, 7))} ${date.slice(0, 4)}`;
}

/** 'March 2023' for '2023-03'. */
export function formatMonth(month: string): string {
  return `${longMonth(`${month}-01`)} ${month.slice(0, 4)}`;
}

/** 'Mar' for a month number 1..12. */
export function monthName(month: number): string {
  return (MONTHS[month - 1] ?? '').slice(0, 3);
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
