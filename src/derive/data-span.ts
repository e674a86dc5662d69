import type { Dataset } from '../model/schema';

/**
 * Where the series (activity chart, barometer, issue trends) start: where the data says the
 * timeline opens, else the first event's date.
 */
export function seriesFrom(dataset: Dataset): string {
  if (dataset.meta.defaultFrom) return dataset.meta.defaultFrom;
  let first = dataset.meta.coverage.from;
  if (dataset.events.length) {
    first = dataset.events[0]!.date;
    for (const e of dataset.events) if (e.date < first) first = e.date;
  }
  return first;
}

/**
 * The last day through which the data vouches that events were looked for: the charts end
 * here, and a month after it is a gap, never a zero. `meta.lastUpdated` says when the file
 * was last edited, not how far the search for events reached, so until the data says that
 * in a field of its own the honest answer is the latest recorded event (or coverage.to,
 * if earlier). The one place to change when such a field exists.
 */
export function eventsSearchedThrough(dataset: Dataset): string {
  const { coverage } = dataset.meta;
  if (dataset.events.length === 0) return coverage.from;
  let latest = dataset.events[0]!.date;
  for (const e of dataset.events) if (e.date > latest) latest = e.date;
  return latest < coverage.to ? latest : coverage.to;
}
