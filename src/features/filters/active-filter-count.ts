import type { Filters } from '../../derive/filter';

/**
 * How many filters are set, as the folded "Filters (n)" button says it: each chosen issue,
 * actor and kind counts once, the date range once, the search text once.
 */
export function activeFilterCount(filters: Filters): number {
  return (
    filters.issues.length +
    filters.actors.length +
    filters.kinds.length +
    (filters.from !== null || filters.to !== null ? 1 : 0) +
    (filters.query.trim() !== '' ? 1 : 0)
  );
}
