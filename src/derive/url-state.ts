import type { Dataset } from '../model/schema';
import { isIsoDate } from './dates';
import type { FutureMode } from './event-status';
import { emptyFilters, type Filters } from './filter';

export type TimelineView = 'lanes' | 'list';

/** Everything the user chose that a link must reproduce. */
export interface ViewState {
  filters: Filters;
  /** the time cursor; null = the data's latest date */
  asOf: string | null;
  /** the open event's id (the URL's `event=`) */
  eventId: string | null;
  view: TimelineView;
  future: FutureMode;
}

export const defaultViewState: ViewState = {
  filters: emptyFilters,
  asOf: null,
  eventId: null,
  view: 'lanes',
  future: 'dim',
};

/** Parameters that are not view state but must survive every URL rewrite. */
export const passThroughParams = ['data', 'embed', 'title', 'lang'] as const;

/**
 * A part of a link that could not be used, as data: the page says it in the reader's
 * language (core.notices.warning), the console in English (queryWarningText).
 */
export type QueryWarning =
  | { kind: 'unreadable' }
  | { kind: 'not-an-id'; param: string; value: string; list: boolean }
  | { kind: 'not-a-date'; param: string; value: string }
  | { kind: 'reversed-range'; from: string; to: string }
  | { kind: 'shortened'; param: string; max: number }
  | { kind: 'not-a-choice'; param: string; value: string; allowed: readonly string[] }
  | { kind: 'not-in-dataset'; what: 'event' | 'issue' | 'actor' | 'kind'; value: string };

/** A warning in English, for the console and for English pages. */
export function queryWarningText(w: QueryWarning): string {
  switch (w.kind) {
    case 'unreadable':
      return 'Ignored the whole query string: it could not be read';
    case 'not-an-id':
      return w.list
        ? `Ignored ${w.param} value “${w.value}”: not an id`
        : `Ignored ${w.param}=“${w.value}”: not an id`;
    case 'not-a-date':
      return `Ignored ${w.param}=“${w.value}”: not a date written YYYY-MM-DD`;
    case 'reversed-range':
      return `Ignored from=${w.from} and to=${w.to}: the range ends before it starts`;
    case 'shortened':
      return `Shortened ${w.param} to ${w.max} characters`;
    case 'not-a-choice':
      return `Ignored ${w.param}=“${w.value}”: expected one of ${w.allowed.join(', ')}`;
    case 'not-in-dataset':
      return `Ignored ${w.what} “${w.value}”: not in this dataset`;
  }
}

export interface ParsedQuery {
  state: ViewState;
  /** one per parameter that was ignored */
  warnings: QueryWarning[];
}

const idRe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUERY = 200;

function idList(params: URLSearchParams, name: string, warnings: QueryWarning[]): string[] {
  const raw = params.get(name);
  if (raw === null || raw === '') return [];
  const out: string[] = [];
  for (const part of raw.split(',')) {
    if (idRe.test(part) && part.length <= 80) {
      if (!out.includes(part)) out.push(part);
    } else warnings.push({ kind: 'not-an-id', param: name, value: part.slice(0, 40), list: true });
  }
  return out;
}

function dateParam(params: URLSearchParams, name: string, warnings: QueryWarning[]): string | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return null;
  if (isIsoDate(raw)) return raw;
  warnings.push({ kind: 'not-a-date', param: name, value: raw.slice(0, 40) });
  return null;
}

function choice<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
  warnings: QueryWarning[],
): T {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  warnings.push({ kind: 'not-a-choice', param: name, value: raw.slice(0, 40), allowed });
  return fallback;
}

/** Reads a query string into view state. Never throws: bad parameters become warnings. */
export function parseQuery(search: string): ParsedQuery {
  const warnings: QueryWarning[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      state: defaultViewState,
      warnings: [{ kind: 'unreadable' }],
    };
  }
  let from = dateParam(params, 'from', warnings);
  let to = dateParam(params, 'to', warnings);
  if (from && to && from > to) {
    warnings.push({ kind: 'reversed-range', from, to });
    from = null;
    to = null;
  }
  let query = params.get('q') ?? '';
  if (query.length > MAX_QUERY) {
    warnings.push({ kind: 'shortened', param: 'q', max: MAX_QUERY });
    query = query.slice(0, MAX_QUERY);
  }
  const eventRaw = params.get('event');
  let event: string | null = null;
  if (eventRaw !== null && eventRaw !== '') {
    if (idRe.test(eventRaw)) event = eventRaw;
    else
      warnings.push({
        kind: 'not-an-id',
        param: 'event',
        value: eventRaw.slice(0, 40),
        list: false,
      });
  }
  return {
    state: {
      filters: {
        issues: idList(params, 'issues', warnings),
        actors: idList(params, 'actors', warnings),
        kinds: idList(params, 'kinds', warnings),
        from,
        to,
        query,
      },
      asOf: dateParam(params, 'asOf', warnings),
      eventId: event,
      view: choice(params, 'view', ['lanes', 'list'] as const, 'lanes', warnings),
      future: choice(params, 'future', ['dim', 'hide'] as const, 'dim', warnings),
    },
    warnings,
  };
}

/**
 * Writes view state as a query string holding only what differs from the defaults,
 * plus the pass-through parameters of `current` (e.g. ?data=, ?embed=).
 */
export function serializeQuery(state: ViewState, current = ''): string {
  const params = new URLSearchParams();
  const kept = new URLSearchParams(current);
  for (const name of passThroughParams) {
    const value = kept.get(name);
    if (value !== null) params.set(name, value);
  }
  const f = state.filters;
  if (f.issues.length) params.set('issues', f.issues.join(','));
  if (f.actors.length) params.set('actors', f.actors.join(','));
  if (f.kinds.length) params.set('kinds', f.kinds.join(','));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.query) params.set('q', f.query);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.eventId) params.set('event', state.eventId);
  if (state.view !== defaultViewState.view) params.set('view', state.view);
  if (state.future !== defaultViewState.future) params.set('future', state.future);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** True when the query string asks for anything but the default view (ignoring pass-through). */
export function isDefaultQuery(search: string): boolean {
  return serializeQuery(parseQuery(search).state) === '';
}

/** Drops ids the dataset does not have, with a warning for each. */
export function sanitizeAgainstDataset(state: ViewState, dataset: Dataset): ParsedQuery {
  const warnings: QueryWarning[] = [];
  const keep = (name: 'issue' | 'actor' | 'kind', ids: string[], known: Set<string>) =>
    ids.filter((id) => {
      if (known.has(id)) return true;
      warnings.push({ kind: 'not-in-dataset', what: name, value: id });
      return false;
    });
  const issueIds = new Set(dataset.issues.map((i) => i.id));
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const kinds = new Set(dataset.events.map((e) => e.kind));
  let eventId = state.eventId;
  if (eventId && !dataset.events.some((e) => e.id === eventId)) {
    warnings.push({ kind: 'not-in-dataset', what: 'event', value: eventId });
    eventId = null;
  }
  return {
    state: {
      ...state,
      eventId,
      filters: {
        ...state.filters,
        issues: keep('issue', state.filters.issues, issueIds),
        actors: keep('actor', state.filters.actors, actorIds),
        kinds: keep('kind', state.filters.kinds, kinds),
      },
    },
    warnings,
  };
}
