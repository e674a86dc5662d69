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
