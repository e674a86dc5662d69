/**
 * The one home of what is derived from a dataset: its indexes (search text, issue masks,
 * effect log, ids, issue dates, positions), each built once on first use, and the answers
 * the views ask for, each remembered for its last arguments. Every component asks the same
 * object, so the cost of a change does not depend on which view asks first.
 */
import type { Dataset, DisputeEvent } from '../model/schema';
import {
  activityCounts,
  datasetBarometer,
  datasetBarometerAsOf,
  datasetLandmarks,
  datasetPairingSensitivity,
} from './activity';
import { eventsSearchedThrough } from './coverage';
import { seriesFrom } from './data-span';
import { eventsAsOf, type EventAsOf, type FutureMode } from './event-status';
import {
  countByIssue,
  filterEvents,
  issueMasks,
  searchIndex,
  shownIssueIds,
  type Filters,
} from './filter';
import { issueRows, summitPanels } from './panels';
import { searchTextOf } from './search-text';
import { monthlyCounts } from './activity-series';
import { issueDates } from './issue-trends';
import { effectLog, eventsById } from './state-as-of';

function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** Remembers the answer for the last arguments, compared one by one with Object.is. */
export function lastCall<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    )
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

export type Derivations = ReturnType<typeof createDerivations>;

export function createDerivations(dataset: Dataset) {
  const { events, actors } = dataset;
  const index = {
    search: once(() => searchIndex(events, actors, searchTextOf(dataset))),
    masks: once(() => issueMasks(events)),
    effects: once(() => effectLog(events)),
    byId: once(() => eventsById(events)),
    issueDates: once(() => issueDates(events)),
    position: once(() => new Map<DisputeEvent, number>(events.map((e, i) => [e, i]))),
  };
  const from = seriesFrom(dataset);

  const filtered = lastCall((filters: Filters) => filterEvents(events, actors, filters, index));
  /** Every event as it stood on a date (later ones with status null). */
  const allAsOf = lastCall((asOf: string) => eventsAsOf(events, asOf, 'dim'));
  const visible = lastCall((filters: Filters, asOf: string, future: FutureMode): EventAsOf[] => {
    const all = allAsOf(asOf);
    const position = index.position();
    const out: EventAsOf[] = [];
    for (const e of filtered(filters)) {
      const it = all[position.get(e)!]!;
      if (future === 'hide' && it.status === null) continue;
      out.push(it);
    }
    return out;
  });
  /** How many filtered events are not yet known on the date (the count's "N after …"). */
  const laterCount = lastCall((filters: Filters, asOf: string) => {
    const all = allAsOf(asOf);
    const position = index.position();
    let n = 0;
    for (const e of filtered(filters)) if (all[position.get(e)!]!.status === null) n++;
    return n;
  });
  /** The count beside each issue toggle: events that pass every other filter. */
  const issueCounts = lastCall(
    (
      actorIds: string[],
      kinds: string[],
      fromDate: string | null,
      to: string | null,
      query: string,
    ) =>
      countByIssue(
        filterEvents(
          events,
          actors,
          { issues: [], actors: actorIds, kinds, from: fromDate, to, query },
          index,
        ),
      ),
  );

  return {
    dataset,
    index,
    /** Where the series start: see seriesFrom. */
    seriesFrom: from,
    /** Where the series end: see eventsSearchedThrough. */
    searchedThrough: eventsSearchedThrough(dataset),
    filtered,
    visible,
    issueCounts,
    laterCount,
    activity: lastCall((filters: Filters) =>
      // without a date filter the chart counts what the timeline shows: no second pass
      filters.from === null && filters.to === null
        ? monthlyCounts(
            filtered(filters).filter((e) => e.date >= from),
            shownIssueIds(dataset.issues, filters.issues),
          )
        : activityCounts(dataset, filters, index),
    ),
    barometer: once(() => datasetBarometer(dataset)),
    /** The barometer from events known on a date, for its summary in words. */
    barometerAsOf: lastCall((asOf: string) => datasetBarometerAsOf(dataset, asOf)),
    /** Landmark events by month, for the barometer's marks. */
    landmarks: once(() => datasetLandmarks(dataset)),
    /** How the barometer depends on weighing each measure once. */
    pairingSensitivity: lastCall((asOf: string) => datasetPairingSensitivity(dataset, asOf)),
    issueRows: lastCall((asOf: string) => issueRows(dataset, asOf, +from.slice(0, 4), index)),
    summitPanels: lastCall((asOf: string) => summitPanels(dataset, asOf, index)),
  };
}

const registry = new WeakMap<Dataset, Derivations>();
export { withSearchText } from './search-text';

/** The derivations of a dataset: made on first use, then the same object for every view. */
export function derivationsOf(dataset: Dataset): Derivations {
  let d = registry.get(dataset);
  if (!d) registry.set(dataset, (d = createDerivations(dataset)));
  return d;
}
