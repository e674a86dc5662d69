import { daysInMonth } from '../../derive/dates';
// The activity chart doubles as a range selector: its brush and the date filter speak in
// months and days respectively, and these convert one into the other.

/** Brush handles for a date filter: the months holding `from` and `to`, or the whole range. */
export function brushRange(months: readonly string[], from: string | null, to: string | null) {
  const last = Math.max(0, months.length - 1);
  const startIndex = from
    ? Math.max(
        0,
        months.findIndex((m) => m >= from.slice(0, 7)),
      )
    : 0;
  let endIndex = last;
  if (to) {
    const i = months.findIndex((m) => m > to.slice(0, 7));
    endIndex = i === -1 ? last : Math.max(startIndex, i - 1);
  }
  return { startIndex, endIndex };
}

/** Last day of a 'YYYY-MM' month, as an ISO date. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = daysInMonth(y, m);
  return `${month}-${String(day).padStart(2, '0')}`;
}
