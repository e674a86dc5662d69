import type { Dataset, DisputeEvent } from '../model/schema';
import { seriesFrom } from './data-span';
import { filterEvents, shownIssueIds, type FilterIndex, type Filters } from './filter';
import { monthlyCounts, type MonthCounts } from './activity-series';

/**
 * Events per month for the activity chart: every filter but the dates (so the brush can
 * widen the range again), from where the series start or an earlier `from`. Only the
 * chosen issues are counted when an issue filter is set.
 */
export function activityCounts(
  dataset: Dataset,
  filters: Filters,
  index?: FilterIndex,
  /** which of the matching events to count, as they are to be counted (all, unchanged) */
  counted: (events: DisputeEvent[]) => readonly DisputeEvent[] = (events) => events,
): MonthCounts[] {
  const opening = seriesFrom(dataset);
  const start = filters.from && filters.from < opening ? filters.from : opening;
  const matching = filterEvents(
    dataset.events,
    dataset.actors,
    { ...filters, from: start, to: null },
    index,
  );
  return monthlyCounts(counted(matching), shownIssueIds(dataset.issues, filters.issues));
}
