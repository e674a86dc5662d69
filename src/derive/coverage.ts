import type { Dataset } from '../model/schema';

/**
 * The last day the data can speak for: reports were searched through it, so an event after
 * it is unrecorded rather than absent. Charts, the header and the feed stop here; a month
 * after it is a gap, not a quiet month.
 *
 * `meta.searchedThrough` when the data gives it. A dataset that does not say (a custom one)
 * vouches for nothing beyond its latest recorded event (or coverage.to, if earlier):
 * `meta.lastUpdated` says when the file was edited, not how far the search reached.
 */
export function eventsSearchedThrough(dataset: Pick<Dataset, 'meta' | 'events'>): string {
  const { searchedThrough, coverage } = dataset.meta;
  if (searchedThrough) return searchedThrough;
  if (dataset.events.length === 0) return coverage.from;
  let latest = dataset.events[0]!.date;
  for (const e of dataset.events) if (e.date > latest) latest = e.date;
  return latest < coverage.to ? latest : coverage.to;
}
