import { useContext, useDeferredValue, useMemo } from 'react';
import type { Dataset, DisputeEvent } from '../model/schema';
import type { EventAsOf } from '../derive/event-status';
import { derivationsOf, type Derivations } from '../derive/derivations';
import type { Names } from '../derive/names';

export type { Names };
import type { Filters } from '../derive/filter';
import { useLanguage } from './language-store';
import { useTracker } from './tracker-store';
import { DataContext } from './dataset-context';

function useReadyData() {
  const data = useContext(DataContext);
  if (data.phase !== 'ready') throw new Error('the dataset was asked for before it was ready');
  return data;
}

/** The loaded dataset. Only call below the data gate, where it is ready. */
export function useDataset(): Dataset {
  return useReadyData().dataset;
}

/** True when the dataset came from ?data= rather than the bundled file. */
export function useIsCustomDataset(): boolean {
  const data = useContext(DataContext);
  return data.phase === 'ready' && data.custom;
}

/**
 * The time cursor as its own control shows it: by default, and never later than, the last
 * day reports were searched through (see eventsSearchedThrough), not the day the file was
 * edited (meta.lastUpdated): "where things stand" on a later day is more than the data
 * can vouch for. The header gives the latest event's date and the sources' check date.
 */
export function useCursorAsOf(): string {
  const asOf = useTracker((s) => s.asOf);
  const through = useDerivations().searchedThrough;
  return asOf === null || asOf > through ? through : asOf;
}

/*
 * The views read the user's choices through deferred values: a click or a keystroke first
 * repaints the control that was used, then React redraws the views in a transition, in
 * slices that yield to the browser, so no interaction waits for the lanes and the charts.
 */

/** The time cursor as the views show it (deferred). */
export function useAsOf(): string {
  return useDeferredValue(useCursorAsOf());
}

/**
 * The filters as the views apply them (deferred). A query waits while every language's texts
 * are on their way (the first search, or a shared ?q=): applied before, it would find only
 * the shown language's matches, and a count of 0 for "징용" on the English page would be
 * wrong. The result count says that it waits.
 */
export function useViewFilters(): Filters {
  const filters = useTracker((s) => s.filters);
  const waiting = useLanguage((s) => s.searchTexts === 'loading');
  const applied = useMemo(
    () => (waiting && filters.query !== '' ? { ...filters, query: '' } : filters),
    [filters, waiting],
  );
  return useDeferredValue(applied);
}

/** What is derived from the loaded dataset: one object, shared by every view. */
export function useDerivations(): Derivations {
  const { dataset, searchText } = useReadyData();
  return derivationsOf(dataset, searchText);
}

/** Events that pass the filters (before the time cursor is applied). */
export function useFilteredEvents(): DisputeEvent[] {
  return useDerivations().filtered(useViewFilters());
}

/** What the timeline shows: filtered events as they stood on the cursor date. */
export function useVisibleEvents(): EventAsOf[] {
  const derived = useDerivations();
  const filters = useViewFilters();
  const asOf = useAsOf();
  const future = useDeferredValue(useTracker((s) => s.future));
  return derived.visible(filters, asOf, future);
}

/** Look-ups by id, built once per dataset by its derivations. */
export function useNames(): Names {
  return useDerivations().names();
}
