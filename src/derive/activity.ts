import type { Dataset } from '../model/schema';
import { filterEvents, shownIssueIds, type Filters } from './filter';
import {
  barometerSeries,
  monthlyCounts,
  pairingSensitivity,
  type BarometerPoint,
  type MonthCounts,
  type PairingSensitivity,
} from './series';

/** The barometer and the unfiltered activity chart start here unless the data says otherwise. */
export const SERIES_FROM = '2018-01-01';

const allCache = new WeakMap<Dataset['events'], Map<string, MonthCounts[]>>();

/**
 * Events per month for the activity chart: every filter but the dates (so the brush can
 * widen the range again), from where the timeline opens or an earlier `from`. Without
 * filters the counts are computed once per dataset; with them, only the matching events
 * are counted. Only the chosen issues are counted when an issue filter is set.
 */
export function activityCounts(dataset: Dataset, filters: Filters): MonthCounts[] {
  const opening = dataset.meta.defaultFrom ?? SERIES_FROM;
  const start = filters.from && filters.from < opening ? filters.from : opening;
  const narrowed =
    filters.issues.length + filters.actors.length + filters.kinds.length > 0 ||
    filters.query.trim() !== '';
  const allIds = dataset.issues.map((i) => i.id);
  if (!narrowed) {
    let byStart = allCache.get(dataset.events);
    if (!byStart) allCache.set(dataset.events, (byStart = new Map()));
    let counts = byStart.get(start);
    if (!counts) {
      counts = monthlyCounts(
        dataset.events.filter((e) => e.date >= start),
        allIds,
      );
      byStart.set(start, counts);
    }
    return counts;
  }
  const issueIds = shownIssueIds(dataset.issues, filters.issues);
  const matching = filterEvents(dataset.events, dataset.actors, {
    ...filters,
    from: null,
    to: null,
  });
  return monthlyCounts(
    matching.filter((e) => e.date >= start),
    issueIds,
  );
}

const barometerCache = new WeakMap<Dataset['events'], BarometerPoint[]>();

/** The relations barometer of a dataset, from SERIES_FROM to the data's date; computed once per dataset. */
export function datasetBarometer(dataset: Dataset): BarometerPoint[] {
  let points = barometerCache.get(dataset.events);
  if (!points) {
    points = barometerSeries(
      dataset.events.filter((e) => e.date >= SERIES_FROM),
      6,
      { from: SERIES_FROM, to: dataset.meta.lastUpdated },
    );
    barometerCache.set(dataset.events, points);
  }
  return points;
}

const sensitivityCache = new WeakMap<Dataset['events'], PairingSensitivity>();

/** How the dataset's barometer depends on the pairing rule; computed once per dataset. */
export function datasetPairingSensitivity(dataset: Dataset): PairingSensitivity {
  let result = sensitivityCache.get(dataset.events);
  if (!result) {
    result = pairingSensitivity(
      dataset.events.filter((e) => e.date >= SERIES_FROM),
      6,
      { from: SERIES_FROM, to: dataset.meta.lastUpdated },
    );
    sensitivityCache.set(dataset.events, result);
  }
  return result;
}
