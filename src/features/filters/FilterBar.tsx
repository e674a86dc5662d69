import { useId, useMemo } from 'react';
import { kindsOf } from '../../derive/filter';
import {
  useAsOf,
  useDataset,
  useDerivations,
  useFilteredEvents,
  useViewFilters,
} from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { core as enCore } from '../../i18n/en/core';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';
import { IssueToggles } from './IssueToggles';
import { CheckList } from './CheckList';
import { DateRange } from './DateRange';
import { SearchBox } from './SearchBox';
import { ResultCount } from './ResultCount';

/** The filter controls; `headed={false}` inside the Filters sheet, whose own heading names them. */
export function FilterBar({ headed = true }: { headed?: boolean }) {
  const t = useMessages('filters', enFilters).filters;
  const kindName = useMessages('core', enCore).status.kind;
  const dataset = useDataset();
  const filters = useTracker((s) => s.filters);
  const future = useTracker((s) => s.future);
  const setActors = useTracker((s) => s.setActors);
  const setKinds = useTracker((s) => s.setKinds);
  const resetFilters = useTracker((s) => s.resetFilters);
  const asOf = useAsOf();
  // the bar can be in the page twice (in place, hidden on phones, and in the Filters sheet)
  const headingId = useId();
  const filtered = useFilteredEvents();
  // the count beside each issue: what the timeline would show with it chosen, as of the cursor
  const derived = useDerivations();
  const viewFilters = useViewFilters();
  const { actors, kinds, from, to, query } = viewFilters;
  const counts = derived.issueCounts(actors, kinds, from, to, query, asOf, future);
  // later events hidden: only the issues and actors of the events known on the cursor date
  const known = future === 'hide' ? derived.knownOn(asOf) : null;
  const actorOptions = useMemo(
    () =>
      dataset.actors
        .filter((a) => !known || known.actors.has(a.id) || filters.actors.includes(a.id))
        // plain code-point order: localeCompare builds a collator per call, ~40 ms on a slow phone
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((a) => ({ value: a.id, label: a.name })),
    [dataset, known, filters.actors],
  );
  const kindOptions = useMemo(
    () => kindsOf(dataset.events).map((k) => ({ value: k, label: kindName(k) })),
    [dataset, kindName],
  );
  const unknownYet = derived.laterCount(viewFilters, asOf);
  const isFiltered =
    filters.issues.length + filters.actors.length + filters.kinds.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.query !== '';

  return (
    <section className="filters" aria-labelledby={headed ? headingId : undefined}>
      {headed && (
        <h2 id={headingId} className="visually-hidden">
          {t.heading}
        </h2>
      )}
      <SearchBox />
      <IssueToggles counts={counts} open={known?.issues ?? null} />
      <div className="filter-row">
        <CheckList
          legend={t.actors}
          options={actorOptions}
          selected={filters.actors}
          onChange={setActors}
        />
        <CheckList
          legend={t.kinds}
          options={kindOptions}
          selected={filters.kinds}
          onChange={setKinds}
        />
        <DateRange />
        <button type="button" className="button" onClick={resetFilters} disabled={!isFiltered}>
          {t.reset}
        </button>
      </div>
      <ResultCount
        matching={filtered.length}
        total={dataset.events.length}
        later={unknownYet}
        future={future}
        asOf={asOf}
        searching={filters.query.trim() !== ''}
      />
    </section>
  );
}
