/**
 * The relations barometer of a dataset and what the barometer panel reads beside it. Apart
 * from derivations.ts because only the barometer (a chunk loaded after first paint) asks for
 * them: the first paint does not carry the barometer's arithmetic.
 */
import type { Dataset } from '../model/schema';
import {
  barometerSeries,
  pairingSensitivity,
  landmarksByMonth,
  type BarometerPoint,
  type MonthLandmarks,
  type PairingSensitivity,
} from './barometer-series';
import { eventsSearchedThrough } from './coverage';
import { seriesFrom } from './data-span';
import { lastCall, memoByDataset, once } from './memo';

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

/** What the barometer panel asks of a dataset, each made once or remembered for its last date. */
export function createBarometerDerivations(dataset: Dataset) {
  return {
    barometer: once(() => datasetBarometer(dataset)),
    /** The barometer from events known on a date, for its summary in words. */
    barometerAsOf: lastCall((asOf: string) => datasetBarometerAsOf(dataset, asOf)),
    /** Landmark events by month, for the barometer's marks. */
    landmarks: once(() => datasetLandmarks(dataset)),
    /** How the barometer depends on weighing each measure once. */
    pairingSensitivity: lastCall((asOf: string) => datasetPairingSensitivity(dataset, asOf)),
  };
}

export type BarometerDerivations = ReturnType<typeof createBarometerDerivations>;

/** The barometer derivations of a dataset: made on first use, then the same object. */
export const barometerDerivationsOf: (dataset: Dataset) => BarometerDerivations = memoByDataset(
  createBarometerDerivations,
);
