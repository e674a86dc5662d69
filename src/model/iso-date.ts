/**
 * Orders things by their ISO `date`, oldest first (stable sorts keep ties in input order).
 * The one date comparator: ISO strings compare as dates, and no Date is made.
 */
export function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar-valid YYYY-MM-DD string (no 2019-02-30, no 2019-13-01). */
export function isIsoDate(value: string): boolean {
  const m = isoDay.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
