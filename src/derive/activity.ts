import type { Dataset } from '../model/schema';
import { eventsSearchedThrough } from './coverage';
import { seriesFrom } from './data-span';
import { filterEvents, shownIssueIds, type FilterIndex, type Filters } from './filter';
import { monthlyCounts, type MonthCounts } from './activity-series';
import {
  barometerSeries,
  pairingSensitivity,
  landmarksByMonth,
  type BarometerPoint,
  type MonthLandmarks,
  type PairingSensitivity,
} from './barometer-series';

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

/**
 * The relations barometer of a dataset, from where the series start to the last day events
 * were searched: months after it are not known to be calm, so they are not in the series.
 */
export function datasetBarometer(dataset: Dataset): BarometerPoint[] {
  const from = seriesFrom(dataset);
  return barometerSeries(
    dataset.events.filter((e) => e.date >= from),
    6,
    { from, to: eventsSearchedThrough(dataset) },
  );
}

/**
 * The barometer as it stood on `asOf`: only events dated on or before it, through the
 * cursor or the end of the data, whichever is earlier. What the summary in words reads, so
 * that it never weighs an event later in the cursor's month.
 */
export function datasetBarometerAsOf(dataset: Dataset, asOf: string): BarometerPoint[] {
  const from = seriesFrom(dataset);
  const through = eventsSearchedThrough(dataset);
  const to = asOf < through ? asOf : through;
  if (to < from) return [];
  return barometerSeries(
    dataset.events.filter((e) => e.date >= from && e.date <= to),
    6,
    { from, to },
  );
}

/**
 * How the barometer depends on the pairing rule (see data/README.md), from the events known
 * on `asOf`: at an earlier cursor the note must not name a later month.
 */
export function datasetPairingSensitivity(dataset: Dataset, asOf: string): PairingSensitivity {
  const from = seriesFrom(dataset);
  const through = eventsSearchedThrough(dataset);
  const to = asOf < through ? asOf : through;
  return pairingSensitivity(
    dataset.events.filter((e) => e.date >= from && e.date <= to),
    6,
    to < from ? undefined : { from, to },
  );
}

/** The dataset's landmark events by month, over the barometer's span. */
export function datasetLandmarks(dataset: Dataset): MonthLandmarks[] {
  return landmarksByMonth(dataset.events, seriesFrom(dataset), eventsSearchedThrough(dataset));
}
