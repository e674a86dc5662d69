/**
 * The one home of what is derived from a dataset: its indexes (search text, issue masks,
 * effect log, names by id, issue dates, positions), each built once on first use, and the
 * answers the views ask for, each remembered for its last arguments. Every component asks
 * the same object, so the cost of a change does not depend on which view asks first.
 * Everything it reads is an argument: the dataset, and the texts search reads beside it.
 */
import type { Dataset, DisputeEvent } from '../model/schema';
import { activityCounts } from './activity';
import { eventsSearchedThrough } from './coverage';
import { seriesFrom } from './data-span';
import { eventsAsOf, type EventAsOf, type FutureMode } from './event-status';
import {
  countByIssue,
  filterEvents,
  issueMasks,
  passesAsKnown,
  searchIndexInSteps,
  shownIssueIds,
  type Filters,
} from './filter';
import { namesOf } from './names';
import { issueRows, summitPanels } from './panels';
import { monthlyCounts } from './activity-series';
import { issueDates } from './issue-trends';
import { effectLog } from './state-as-of';
import { lastCall, memoByDataset, once } from './memo';

export { lastCall, memoByDataset, once } from './memo';

export type Derivations = ReturnType<typeof createDerivations>;

/**
 * @param searchText what search reads beside each event's own texts, one string per event
 *   in dataset order (its texts in the other loaded languages; see i18n/localise.ts)
 */
export function createDerivations(dataset: Dataset, searchText?: readonly string[]) {
  const { events, actors } = dataset;
  const names = once(() => namesOf(dataset));
  const searchTexts = searchIndexInSteps(events, actors, searchText);
  const index = {
    search: searchTexts.all,
    /** builds search texts while `more()` says to go on; true once all are built */
    warmSearch: searchTexts.step,
    masks: once(() => issueMasks(events)),
    effects: once(() => effectLog(events)),
    byId: () => names().events,
    issueDates: once(() => issueDates(events)),
    position: once(() => new Map<DisputeEvent, number>(events.map((e, i) => [e, i]))),
  };
  const from = seriesFrom(dataset);

  const filtered = lastCall((filters: Filters) => filterEvents(events, actors, filters, index));
  /** Every event as it stood on a date (later ones with status null). */
  const allAsOf = lastCall((asOf: string) => eventsAsOf(events, asOf, 'dim'));
  /**
   * The events of `matching` (which passed `filters`) as they stood on `asOf`, as the views
   * show them: those not yet known dropped when `future` hides them, and one told as it stood
   * then (not yet held) kept only if the range and the search pass what was known of it.
   */
  const shownAsOf = (
    matching: readonly DisputeEvent[],
    filters: Pick<Filters, 'from' | 'to' | 'query'>,
    asOf: string,
    future: FutureMode,
  ): EventAsOf[] => {
    const all = allAsOf(asOf);
    const position = index.position();
    const out: EventAsOf[] = [];
    for (const e of matching) {
      const it = all[position.get(e)!]!;
      if (future === 'hide' && it.status === null) continue;
      if (it.event !== e && !passesAsKnown(it.event, filters)) continue;
      out.push(it);
    }
    return out;
  };
  const visible = lastCall((filters: Filters, asOf: string, future: FutureMode): EventAsOf[] =>
    shownAsOf(filtered(filters), filters, asOf, future),
  );
  /**
   * The issues and actors of the events known on a date. An issue that opened later, or an
   * actor who first acts later, is not offered or listed at that date: its name would tell
   * of what came after.
   */
  const knownOn = lastCall((asOf: string) => {
    const issues = new Set<string>();
    const actorIds = new Set<string>();
    for (const it of allAsOf(asOf)) {
      if (it.status === null) continue;
      for (const id of it.event.issues) issues.add(id);
      for (const id of it.event.actors) actorIds.add(id);
    }
    return { issues, actors: actorIds };
  });
  /** How many filtered events are not yet known on the date (the count's "N after …"). */
  const laterCount = lastCall((filters: Filters, asOf: string) => {
    const all = allAsOf(asOf);
    const position = index.position();
    let n = 0;
    for (const e of filtered(filters)) if (all[position.get(e)!]!.status === null) n++;
    return n;
  });
  /**
   * The count beside each issue toggle: the events the timeline would show with that issue
   * chosen (every other filter passed, as they stood on the cursor date), so that a past
   * cursor in the default mode counts no event that was not yet known.
   */
  const issueCounts = lastCall(
    (
      actorIds: string[],
      kinds: string[],
      fromDate: string | null,
      to: string | null,
      query: string,
      asOf: string,
      future: FutureMode,
    ) => {
      const others = { issues: [], actors: actorIds, kinds, from: fromDate, to, query };
      const matching = filterEvents(events, actors, others, index);
      return countByIssue(shownAsOf(matching, others, asOf, future).map((it) => it.event));
    },
  );

  return {
    dataset,
    searchText,
    index,
    /** issues, actors and events by id */
    names,
    /** Where the series start: see seriesFrom. */
    seriesFrom: from,
    /** Where the series end: see eventsSearchedThrough. */
    searchedThrough: eventsSearchedThrough(dataset),
    filtered,
    visible,
    issueCounts,
    knownOn,
    laterCount,
    /**
     * Events per month for the activity chart. With `asOf`, only the events known on that
     * day, each on the date it was known by (later ones are not counted: the later months
     * stay empty, shaded as not yet known, rather than telling of what came after).
     */
    activity: lastCall((filters: Filters, asOf: string | null = null) => {
      // the chart spans every date (its brush widens the range again): only the search is
      // tested of an event told as it stood
      const counted = (list: DisputeEvent[]): readonly DisputeEvent[] =>
        asOf === null
          ? list
          : shownAsOf(list, { ...filters, from: null, to: null }, asOf, 'hide').map(
              (it) => it.event,
            );
      // without a date filter the chart counts what the timeline shows: no second pass
      return filters.from === null && filters.to === null
        ? monthlyCounts(
            counted(filtered(filters).filter((e) => e.date >= from)),
            shownIssueIds(dataset.issues, filters.issues),
          )
        : activityCounts(dataset, filters, index, counted);
    }),
    issueRows: lastCall((asOf: string) => issueRows(dataset, asOf, +from.slice(0, 4), index)),
    summitPanels: lastCall((asOf: string) => summitPanels(dataset, asOf, index)),
  };
}

/**
 * The derivations of a dataset and its search text: made on first use, then the same object
 * for every view (a cache, not an input: the latest search text given for a dataset wins).
 */
export const derivationsOf: (dataset: Dataset, searchText?: readonly string[]) => Derivations =
  memoByDataset(createDerivations, (d, searchText) => d.searchText !== searchText);
