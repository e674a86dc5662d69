import type { Dataset } from '../model/schema';

/**
 * The last day the data can speak for: reports were searched through it, so an event
 * after it is unrecorded rather than absent. meta.searchedThrough when the data gives it;
 * otherwise meta.lastUpdated, the only other day a dataset vouches for. Charts, the
 * header and the feed stop here; a month after it is a gap, not a quiet month.
 */
export function eventsSearchedThrough(dataset: Pick<Dataset, 'meta'>): string {
  const { searchedThrough, lastUpdated } = dataset.meta;
  return searchedThrough ?? lastUpdated;
}
