import type { Actor, DisputeEvent } from '../model/schema';
import { foldText, hasTerm, queryTerms, searchTextOf } from './text';

export interface Filters {
  /** any of these issues; empty = all */
  issues: string[];
  /** any of these actors; empty = all */
  actors: string[];
  /** any of these kinds; empty = all */
  kinds: string[];
  /** inclusive ISO dates, or null for open-ended */
  from: string | null;
  to: string | null;
  /** free text over title, summary and actor names */
  query: string;
}

export const emptyFilters: Filters = {
  issues: [],
  actors: [],
  kinds: [],
  from: null,
  to: null,
  query: '',
};

/**
 * The search text of each event (title, summary, actor names in every script, in search
 * form with word pairs: see searchTextOf), plus `extra[i]` for event i when given (the
 * event's texts in other languages).
 */
export function searchIndex(
  events: readonly DisputeEvent[],
  actors: readonly Actor[],
  extra?: readonly string[],
): string[] {
  return searchIndexInSteps(events, actors, extra).all();
}

/** Each actor's names in every language, as search reads them. */
function actorSearchNames(actors: readonly Actor[]): Map<string, string> {
  return new Map(actors.map((a) => [a.id, [a.name, a.nameJa, a.nameKo].filter(Boolean).join(' ')]));
}

/**
 * The same texts, built a few at a time: `step(more)` adds texts while `more()` says to go
 * on and tells whether all are built; `all()` builds the rest and returns them. Warming the
 * index in idle time this way never blocks the page for longer than one slice.
 */
export function searchIndexInSteps(
  events: readonly DisputeEvent[],
  actors: readonly Actor[],
  extra?: readonly string[],
) {
  const names = actorSearchNames(actors);
  const texts: string[] = [];
  const addNext = () => {
    const i = texts.length;
    const e = events[i] as DisputeEvent;
    texts.push(
      searchTextOf(
        `${e.title}\n${e.summary}\n${e.actors.map((id) => names.get(id) ?? id).join('\n')}${extra?.[i] ? `\n${extra[i]}` : ''}`,
      ),
    );
  };
  return {
    step(more: () => boolean): boolean {
      while (texts.length < events.length && more()) addNext();
      return texts.length === events.length;
    },
    all(): string[] {
      while (texts.length < events.length) addNext();
      return texts;
    },
  };
}

export interface IssueMasks {
  bit: Map<string, number>;
  masks: Uint32Array;
}

/**
 * Each event's issues as a bit mask (up to 32 distinct issues), so that the issue filter
 * is one AND per event instead of string lookups: 100,000 events in about a millisecond.
 * Null when there are more than 32 issues (the plain path is used then).
 */
export function issueMasks(events: readonly DisputeEvent[]): IssueMasks | null {
  const bit = new Map<string, number>();
  const masks = new Uint32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    let m = 0;
    for (const id of (events[i] as DisputeEvent).issues) {
      let b = bit.get(id);
      if (b === undefined) {
        if (bit.size === 32) return null;
        b = bit.size;
        bit.set(id, b);
      }
      m |= 1 << b;
    }
    masks[i] = m;
  }
  return { bit, masks };
}

/** The per-dataset indexes the filter uses; built on demand when not given. */
export interface FilterIndex {
  search: () => string[];
  masks: () => IssueMasks | null;
}

/**
 * Events that pass every filter, in dataset order. Treat the result as read-only. Give the
 * dataset's index (see derivations.ts) so the search text and issue masks are built once.
 */
export function filterEvents(
  events: readonly DisputeEvent[],
  actors: readonly Actor[],
  filters: Filters,
  index: FilterIndex = {
    search: () => searchIndex(events, actors),
    masks: () => issueMasks(events),
  },
): DisputeEvent[] {
  return runFilters(events, filters, index);
}

function runFilters(
  events: readonly DisputeEvent[],
  filters: Filters,
  ix: FilterIndex,
): DisputeEvent[] {
  const issues = filters.issues.length ? new Set(filters.issues) : null;
  const actorSet = filters.actors.length ? new Set(filters.actors) : null;
  const kinds = filters.kinds.length ? new Set(filters.kinds) : null;
  const terms = queryTerms(filters.query);
  const index = terms.length ? ix.search() : null;
  const masks = issues ? ix.masks() : null;
  let wanted = 0;
  if (masks) {
    // an issue no event has contributes no bit, so it matches nothing
    for (const id of filters.issues) {
      const b = masks.bit.get(id);
      if (b !== undefined) wanted |= 1 << b;
    }
  }
  const out: DisputeEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as DisputeEvent;
    if (filters.from !== null && e.date < filters.from) continue;
    if (filters.to !== null && e.date > filters.to) continue;
    if (kinds && !kinds.has(e.kind)) continue;
    if (masks) {
      if (((masks.masks[i] as number) & wanted) === 0) continue;
    } else if (issues && !anyIn(e.issues, issues)) continue;
    if (actorSet && !anyIn(e.actors, actorSet)) continue;
    if (index && !containsAll(index[i] as string, terms)) continue;
    out.push(e);
  }
  return out;
}

function containsAll(text: string, terms: readonly string[]): boolean {
  for (let t = 0; t < terms.length; t++) if (!hasTerm(text, terms[t] as string)) return false;
  return true;
}

/**
 * Whether an event told as it stood on the cursor date (eventAsKnownOn: dated on its latest
 * status, named by its label) still passes the date range and the search. Both test what was
 * known then, the label and that date: a search for a word of what happened later (or for
 * who took part in the end), or a range around the day it was finally held, must not find a
 * summit that was only planned or put off on that date.
 */
export function passesAsKnown(
  event: DisputeEvent,
  filters: Pick<Filters, 'from' | 'to' | 'query'>,
): boolean {
  if (filters.from !== null && event.date < filters.from) return false;
  if (filters.to !== null && event.date > filters.to) return false;
  const terms = queryTerms(filters.query);
  return terms.length === 0 || containsAll(searchTextOf(event.label), terms);
}

/** A plain loop: this runs 100,000 times per keystroke. */
function anyIn(ids: readonly string[], set: Set<string>): boolean {
  for (let i = 0; i < ids.length; i++) if (set.has(ids[i] as string)) return true;
  return false;
}

/** The issues a view draws, in dataset order: the chosen ones, or all when none is chosen. */
export function shownIssueIds(
  issues: readonly { id: string }[],
  chosen: readonly string[],
): string[] {
  const ids = issues.map((i) => i.id);
  return chosen.length ? ids.filter((id) => chosen.includes(id)) : ids;
}

/** Number of events per issue among `events`, for the counts on the issue toggles. */
export function countByIssue(events: readonly DisputeEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const id of e.issues) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Kinds present in the data, sorted, for the kind filter. */
export function kindsOf(events: readonly DisputeEvent[]): string[] {
  return [...new Set(events.map((e) => e.kind))].sort();
}

/**
 * The words describeFilters puts together, in the reader's language (the caller passes its
 * catalogue's: the derive layer holds no interface text of its own).
 */
export interface FilterWords {
  /** no filter at all */
  all: string;
  /** names are already looked up; the words join them */
  issues: (names: string[]) => string;
  actors: (names: string[]) => string;
  kinds: (kinds: string[]) => string;
  /** an open start or end is null */
  dates: (from: string | null, to: string | null) => string;
  /** the trimmed search text */
  search: (query: string) => string;
  /** between the parts */
  separator: string;
}

/** Filters described in words, for image subtitles and the print heading. */
export function describeFilters(
  filters: Filters,
  names: { issues: Map<string, string>; actors: Map<string, string> },
  words: FilterWords,
): string {
  const parts: string[] = [];
  if (filters.issues.length)
    parts.push(words.issues(filters.issues.map((id) => names.issues.get(id) ?? id)));
  if (filters.actors.length)
    parts.push(words.actors(filters.actors.map((id) => names.actors.get(id) ?? id)));
  if (filters.kinds.length) parts.push(words.kinds(filters.kinds));
  if (filters.from || filters.to) parts.push(words.dates(filters.from, filters.to));
  if (filters.query.trim()) parts.push(words.search(filters.query.trim()));
  return parts.length ? parts.join(words.separator) : words.all;
}

export { foldText };
