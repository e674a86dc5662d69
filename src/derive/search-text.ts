import type { Dataset } from '../model/schema';

const searchText = new WeakMap<Dataset, readonly string[]>();

/**
 * Gives a dataset more text to search by, one string per event in order (its texts in the
 * other languages): search then matches them too. Returns the dataset, for chaining.
 */
export function withSearchText<D extends Dataset>(dataset: D, extra: readonly string[]): D {
  searchText.set(dataset, extra);
  return dataset;
}

/** The extra search text given to a dataset, if any. */
export function searchTextOf(dataset: Dataset): readonly string[] | undefined {
  return searchText.get(dataset);
}
