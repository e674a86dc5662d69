import { useContext, useMemo } from 'react';
import type { Dataset, DisputeEvent } from '../model/schema';
import { eventsAsOf, type EventAsOf } from '../derive/event-status';
import { filterEvents } from '../derive/filter';
import { useTracker } from './tracker-store';
import { DataContext } from './dataset-context';

/** The loaded dataset. Only call below the data gate, where it is ready. */
export function useDataset(): Dataset {
  const data = useContext(DataContext);
  if (data.phase !== 'ready') throw new Error('useDataset called before the dataset was ready');
  return data.dataset;
}

/** True when the dataset came from ?data= rather than the bundled file. */
export function useIsCustomDataset(): boolean {
  const data = useContext(DataContext);
  return data.phase === 'ready' && data.custom;
}

/**
 * The time cursor, defaulting to the data's last update (meta.lastUpdated), not to the
 * latest event: the data claims to be complete up to that day, so "as of" that day is what
 * it can vouch for, and states are the same as on the latest event's day unless something
 * was still planned. The header gives the latest event's date and the sources' check date.
 */
export function useAsOf(): string {
  const asOf = useTracker((s) => s.asOf);
  const dataset = useDataset();
  return asOf ?? dataset.meta.lastUpdated;
}

/** Events that pass the filters (before the time cursor is applied). */
export function useFilteredEvents(): DisputeEvent[] {
  const dataset = useDataset();
  const filters = useTracker((s) => s.filters);
  return useMemo(() => filterEvents(dataset.events, dataset.actors, filters), [dataset, filters]);
}

/** What the timeline shows: filtered events as they stood on the cursor date. */
export function useVisibleEvents(): EventAsOf[] {
  const filtered = useFilteredEvents();
  const asOf = useAsOf();
  const future = useTracker((s) => s.future);
  return useMemo(() => eventsAsOf(filtered, asOf, future), [filtered, asOf, future]);
}

export interface Names {
  issues: Map<string, string>;
  actors: Map<string, string>;
  events: Map<string, DisputeEvent>;
  issueIndex: Map<string, number>;
}

export function useNames(): Names {
  const dataset = useDataset();
  return useMemo(
    () => ({
      issues: new Map(dataset.issues.map((i) => [i.id, i.name])),
      actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
      events: new Map(dataset.events.map((e) => [e.id, e])),
      issueIndex: new Map(dataset.issues.map((i, n) => [i.id, n])),
    }),
    [dataset],
  );
}
