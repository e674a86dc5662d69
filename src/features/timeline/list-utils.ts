import { byEventDate } from '../../derive/dates';
import type { EventAsOf } from '../../derive/event-status';

export type ListRow =
  | { type: 'year'; key: string; label: string }
  | { type: 'month'; key: string; label: string }
  | { type: 'event'; key: string; item: EventAsOf };

/** How headings are written, in the page's language (core.format's year and month). */
export interface HeadingFormat {
  year: (year: number) => string;
  /** 'March 2023' for '2023-03' */
  month: (yyyyMm: string) => string;
}

/** Flattens events (any order) into rows grouped by year, then month, oldest first. */
export function listRows(items: readonly EventAsOf[], fmt: HeadingFormat): ListRow[] {
  const sorted = [...items].sort(byEventDate);
  const rows: ListRow[] = [];
  let year = '';
  let month = '';
  for (const item of sorted) {
    const y = item.event.date.slice(0, 4);
    const m = item.event.date.slice(0, 7);
    if (y !== year) {
      rows.push({ type: 'year', key: `y-${y}`, label: fmt.year(+y) });
      year = y;
      month = '';
    }
    if (m !== month && item.event.datePrecision !== 'year') {
      rows.push({ type: 'month', key: `m-${m}`, label: fmt.month(m) });
      month = m;
    }
    rows.push({ type: 'event', key: item.event.id, item });
  }
  return rows;
}
