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
  /** the open event */
  event: string | null;
  view: TimelineView;
  future: FutureMode;
}

export const defaultViewState: ViewState = {
  filters: emptyFilters,
  asOf: null,
  event: null,
  view: 'lanes',
  future: 'dim',
};

/** Parameters that are not view state but must survive every URL rewrite. */
export const passThroughParams = ['data', 'embed', 'title', 'lang'] as const;

export interface ParsedQuery {
  state: ViewState;
  /** one line per parameter that was ignored, for console.warn */
  warnings: string[];
}

const idRe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUERY = 200;

function idList(params: URLSearchParams, name: string, warnings: string[]): string[] {
  const raw = params.get(name);
  if (raw === null || raw === '') return [];
  const out: string[] = [];
  for (const part of raw.split(',')) {
    if (idRe.test(part) && part.length <= 80) {
      if (!out.includes(part)) out.push(part);
    } else warnings.push(`Ignored ${name} value “${part.slice(0, 40)}”: not an id`);
  }
  return out;
}

function dateParam(params: URLSearchParams, name: string, warnings: string[]): string | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return null;
  if (isIsoDate(raw)) return raw;
  warnings.push(`Ignored ${name}=“${raw.slice(0, 40)}”: not a date written YYYY-MM-DD`);
  return null;
}

function choice<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
  warnings: string[],
): T {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  warnings.push(`Ignored ${name}=“${raw.slice(0, 40)}”: expected one of ${allowed.join(', ')}`);
  return fallback;
}

/** Reads a query string into view state. Never throws: bad parameters become warnings. */
export function parseQuery(search: string): ParsedQuery {
  const warnings: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      state: defaultViewState,
      warnings: ['Ignored the whole query string: it could not be read'],
    };
  }
  let from = dateParam(params, 'from', warnings);
  let to = dateParam(params, 'to', warnings);
  if (from && to && from > to) {
    warnings.push(`Ignored from=${from} and to=${to}: the range ends before it starts`);
    from = null;
    to = null;
  }
  let query = params.get('q') ?? '';
  if (query.length > MAX_QUERY) {
    warnings.push(`Shortened q to ${MAX_QUERY} characters`);
    query = query.slice(0, MAX_QUERY);
  }
  const eventRaw = params.get('event');
  let event: string | null = null;
  if (eventRaw !== null && eventRaw !== '') {
    if (idRe.test(eventRaw)) event = eventRaw;
    else warnings.push(`Ignored event=“${eventRaw.slice(0, 40)}”: not an id`);
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
      event,
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
  if (state.event) params.set('event', state.event);
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
  const warnings: string[] = [];
  const keep = (name: string, ids: string[], known: Set<string>) =>
    ids.filter((id) => {
      if (known.has(id)) return true;
      warnings.push(`Ignored ${name} “${id}”: not in this dataset`);
      return false;
    });
  const issueIds = new Set(dataset.issues.map((i) => i.id));
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const kinds = new Set(dataset.events.map((e) => e.kind));
  let event = state.event;
  if (event && !dataset.events.some((e) => e.id === event)) {
    warnings.push(`Ignored event “${event}”: not in this dataset`);
    event = null;
  }
  return {
    state: {
      ...state,
      event,
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
