import { compareDates } from '../../derive/dates';
import type { DisputeEvent } from '../../model/schema';

/** Sorted distinct dates on which something happened or was announced. */
export function eventDates(events: readonly DisputeEvent[]): string[] {
  const dates = new Set<string>();
  for (const e of events) {
    dates.add(e.date);
    for (const s of e.status) dates.add(s.date);
  }
  return [...dates].sort(compareDates);
}

/** The nearest event date strictly after (dir 1) or before (dir -1) `asOf`, or null. */
export function stepDate(dates: readonly string[], asOf: string, dir: 1 | -1): string | null {
  if (dir === 1) {
    for (const d of dates) if (d > asOf) return d;
    return null;
  }
  for (let i = dates.length - 1; i >= 0; i--) if (dates[i]! < asOf) return dates[i]!;
  return null;
}
