import { byEventDate } from '../../derive/dates';
import type { EventAsOf } from '../../derive/event-status';
import type { TrackerState } from '../../store/tracker-store';

/** A row of the event list: a heading (year, month, or the later events') or an event. */
export type ListRow =
  | { type: 'year'; key: string; label: string }
  | { type: 'month'; key: string; label: string }
  | { type: 'later'; key: string; label: string }
  | { type: 'event'; key: string; item: EventAsOf };

/** Newest first opens the list at the cursor; oldest first reads the story in order. */
export type ListOrder = TrackerState['listOrder'];

/** How headings are written, in the page's language (core.format's year and month). */
export interface HeadingFormat {
  year: (year: number) => string;
  /** 'March 2023' for '2023-03' */
  month: (yyyyMm: string) => string;
}

/**
 * Flattens events (any order) into rows grouped by year, then month. Oldest first, events of
 * one day keep their input order. Newest first, the list starts at the cursor: the events
 * known on that day, newest first, then (under `laterLabel`) those not yet known, which only
 * the "dim" mode keeps, so that the top of the list never tells of a later event.
 */
export function listRows(
  items: readonly EventAsOf[],
  fmt: HeadingFormat,
  order: ListOrder = 'oldest',
  laterLabel = '',
): ListRow[] {
  const sorted = [...items].sort(byEventDate);
  if (order === 'oldest') return grouped(sorted, fmt, '');
  // newest first; an event known only to the year heads its year (it has no month heading)
  sorted.reverse().sort((a, b) => yearOf(b) - yearOf(a) || yearOnly(b) - yearOnly(a));
  const known = sorted.filter((it) => it.status !== null);
  const later = sorted.filter((it) => it.status === null);
  const rows = grouped(known, fmt, '');
  if (later.length === 0) return rows;
  rows.push({ type: 'later', key: 'later', label: laterLabel });
  return rows.concat(grouped(later, fmt, 'later-'));
}

function grouped(sorted: readonly EventAsOf[], fmt: HeadingFormat, keyPrefix: string) {
  const rows: ListRow[] = [];
  let year = '';
  let month = '';
  for (const item of sorted) {
    const y = item.event.date.slice(0, 4);
    const m = item.event.date.slice(0, 7);
    if (y !== year) {
      rows.push({ type: 'year', key: `${keyPrefix}y-${y}`, label: fmt.year(+y) });
      year = y;
      month = '';
    }
    if (m !== month && item.event.datePrecision !== 'year') {
      rows.push({ type: 'month', key: `${keyPrefix}m-${m}`, label: fmt.month(m) });
      month = m;
    }
    rows.push({ type: 'event', key: item.event.id, item });
  }
  return rows;
}

const yearOf = (it: EventAsOf) => +it.event.date.slice(0, 4);
const yearOnly = (it: EventAsOf) => (it.event.datePrecision === 'year' ? 1 : 0);
