import type { Dataset } from '../model/schema';
import { filterEvents, shownIssueIds, type FilterIndex, type Filters } from './filter';
import { monthlyCounts, type MonthCounts } from './activity-series';
import {
  barometerSeries,
  pairingSensitivity,
  type BarometerPoint,
  type PairingSensitivity,
} from './barometer-series';

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
 * Events per month for the activity chart: every filter but the dates (so the brush can
 * widen the range again), from where the series start or an earlier `from`. Only the
 * chosen issues are counted when an issue filter is set.
 */
export function activityCounts(
  dataset: Dataset,
  filters: Filters,
  index?: FilterIndex,
): MonthCounts[] {
  const opening = seriesFrom(dataset);
  const start = filters.from && filters.from < opening ? filters.from : opening;
  const matching = filterEvents(
    dataset.events,
    dataset.actors,
    { ...filters, from: start, to: null },
    index,
  );
  return monthlyCounts(matching, shownIssueIds(dataset.issues, filters.issues));
}

/** The relations barometer of a dataset, from where the series start to the data's date. */
export function datasetBarometer(dataset: Dataset): BarometerPoint[] {
  const from = seriesFrom(dataset);
  return barometerSeries(
    dataset.events.filter((e) => e.date >= from),
    6,
    { from, to: dataset.meta.lastUpdated },
  );
}

/** How the dataset's barometer depends on the pairing rule (see data/README.md). */
export function datasetPairingSensitivity(dataset: Dataset): PairingSensitivity {
  const from = seriesFrom(dataset);
  return pairingSensitivity(
    dataset.events.filter((e) => e.date >= from),
    6,
    { from, to: dataset.meta.lastUpdated },
  );
}
