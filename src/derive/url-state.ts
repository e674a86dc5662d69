import type { Dataset } from '../model/schema';
import { isIsoDate } from './dates';
import type { FutureMode } from './event-status';
import { emptyFilters, type Filters } from './filter';

export type TimelineView = 'lanes' | 'list';
export type ListOrder = 'newest' | 'oldest';

/** Everything the user chose that a link must reproduce. */
export interface ViewState {
  filters: Filters;
  /** the time cursor; null = the data's latest date */
  asOf: string | null;
  /** the open event's id (the URL's `event=`) */
  eventId: string | null;
  view: TimelineView;
  /** the event list's order: newest first (from the cursor back) or oldest first */
  listOrder: ListOrder;
  future: FutureMode;
  /** the story's chapter being read, 1 for the first; null outside the story */
  story: number | null;
  /** two dates compared side by side, earlier first; null when not comparing */
  compare: DateRange | null;
}

/** Two ISO dates, `from` on or before `to`. */
export interface DateRange {
  from: string;
  to: string;
}

export const defaultViewState: ViewState = {
  filters: emptyFilters,
  asOf: null,
  eventId: null,
  view: 'lanes',
  listOrder: 'newest',
  // as the page stood on the cursor's day: later events appear only when the reader asks
  future: 'hide',
  story: null,
  compare: null,
};

/** Parameters that are not view state but must survive every URL rewrite. */
export const passThroughParams = ['data', 'embed', 'title', 'lang'] as const;

/**
 * A part of a link that could not be used, as data: the page says it in the reader's
 * language (core.notices.warning), the console in English (queryWarningText).
 */
export type QueryWarning =
  | { kind: 'unreadable' }
  /** `more`: how many other values of the same parameter were ignored for the same reason */
  | { kind: 'not-an-id'; param: string; value: string; list: boolean; more?: number }
  | { kind: 'not-a-date'; param: string; value: string }
  | { kind: 'reversed-range'; from: string; to: string }
  | { kind: 'shortened'; param: string; max: number }
  | { kind: 'not-a-choice'; param: string; value: string; allowed: readonly string[] }
  | {
      kind: 'not-in-dataset';
      what: 'event' | 'issue' | 'actor' | 'kind';
      value: string;
      more?: number;
    }
  /** a value not written the way the parameter needs: a chapter number, or two dates A..B */
  | { kind: 'not-a-form'; param: string; value: string; form: 'chapter' | 'date-range' };

/** ' and 14,999 more' when `more` is given (English; the catalogues say it their way). */
const andMore = (more: number | undefined) =>
  more ? ` and ${more.toLocaleString('en')} more` : '';

/** A warning in English, for the console and for English pages. */
export function queryWarningText(w: QueryWarning): string {
  switch (w.kind) {
    case 'unreadable':
      return 'Ignored the whole query string: it could not be read';
    case 'not-an-id':
      return w.list
        ? `Ignored ${w.param} value “${w.value}”${andMore(w.more)}: not an id`
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
      return `Ignored ${w.what} “${w.value}”${andMore(w.more)}: not in this dataset`;
    case 'not-a-form':
      return `Ignored ${w.param}=“${w.value}”: expected ${w.form === 'chapter' ? 'a chapter number (1, 2, 3…)' : 'two dates written YYYY-MM-DD..YYYY-MM-DD'}`;
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
  // one warning per parameter, however many values it ignores: a link with 15,000 commas
  // once gave 15,000 notices
  let bad: Extract<QueryWarning, { kind: 'not-an-id' }> | null = null;
  for (const part of raw.split(',')) {
    if (idRe.test(part) && part.length <= 80) {
      if (!out.includes(part)) out.push(part);
    } else if (bad) bad.more = (bad.more ?? 0) + 1;
    else bad = { kind: 'not-an-id', param: name, value: part.slice(0, 40), list: true };
  }
  if (bad) warnings.push(bad);
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

const MAX_CHAPTER = 99;

/** ?story=N: a chapter number from 1 (whether the story has it is for the story to say). */
function storyParam(params: URLSearchParams, warnings: QueryWarning[]): number | null {
  const raw = params.get('story');
  if (raw === null || raw === '') return null;
  if (/^[1-9][0-9]?$/.test(raw) && Number(raw) <= MAX_CHAPTER) return Number(raw);
  warnings.push({ kind: 'not-a-form', param: 'story', value: raw.slice(0, 40), form: 'chapter' });
  return null;
}

/** ?compare=A..B: two dates in either order, kept earlier first. */
function compareParam(params: URLSearchParams, warnings: QueryWarning[]): DateRange | null {
  const raw = params.get('compare');
  if (raw === null || raw === '') return null;
  const [a, b, ...rest] = raw.split('..');
  if (a && b && rest.length === 0 && isIsoDate(a) && isIsoDate(b))
    return a <= b ? { from: a, to: b } : { from: b, to: a };
  warnings.push({
    kind: 'not-a-form',
    param: 'compare',
    value: raw.slice(0, 40),
    form: 'date-range',
  });
  return null;
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
      listOrder: choice(params, 'order', ['newest', 'oldest'] as const, 'newest', warnings),
      future: choice(params, 'future', ['dim', 'hide'] as const, 'hide', warnings),
      story: storyParam(params, warnings),
      compare: compareParam(params, warnings),
    },
    warnings,
  };
}

/** The languages `lang=` may name (the same as LANGS in i18n/lang.ts, which imports this module). */
const langValues: readonly string[] = ['en', 'ja', 'ko'];
/** The longest embed title kept; EmbedView shows at most this much. */
export const MAX_TITLE = 120;

/**
 * A pass-through parameter as a cleaned address keeps it, or null to drop it: a `lang`
 * that names no language (the page already said so in a notice), `embed=0` (the full page,
 * the default), any other `embed` as `1`, a `title` only with an embed, without control
 * characters and cut to MAX_TITLE. `data` is the reader's own and stays as written.
 */
function passThroughValue(name: (typeof passThroughParams)[number], params: URLSearchParams) {
  const value = params.get(name);
  if (value === null) return null;
  const embed = params.get('embed');
  switch (name) {
    case 'lang':
      return langValues.includes(value) ? value : null;
    case 'embed':
      return value === '0' ? null : '1';
    case 'title': {
      const title = value
        // eslint-disable-next-line no-control-regex -- control characters are what it removes
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim()
        .slice(0, MAX_TITLE);
      return embed !== null && embed !== '0' && title ? title : null;
    }
    case 'data':
      return value;
  }
}

/**
 * Writes view state as a query string holding only what differs from the defaults,
 * plus the pass-through parameters of `current` (e.g. ?data=, ?embed=).
 */
export function serializeQuery(state: ViewState, current = ''): string {
  const params = new URLSearchParams();
  const kept = new URLSearchParams(current);
  for (const name of passThroughParams) {
    const value = passThroughValue(name, kept);
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
  if (state.listOrder !== defaultViewState.listOrder) params.set('order', state.listOrder);
  if (state.future !== defaultViewState.future) params.set('future', state.future);
  if (state.story !== null) params.set('story', String(state.story));
  if (state.compare) params.set('compare', `${state.compare.from}..${state.compare.to}`);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** True when the query string asks for anything but the default view (ignoring pass-through). */
export function isDefaultQuery(search: string): boolean {
  return serializeQuery(parseQuery(search).state) === '';
}

/** Drops ids the dataset does not have, with one warning for each kind of id. */
export function sanitizeAgainstDataset(state: ViewState, dataset: Dataset): ParsedQuery {
  const warnings: QueryWarning[] = [];
  // one warning per kind of id, however many are unknown
  const keep = (name: 'issue' | 'actor' | 'kind', ids: string[], known: Set<string>) => {
    const kept = ids.filter((id) => known.has(id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length)
      warnings.push({
        kind: 'not-in-dataset',
        what: name,
        value: unknown[0]!,
        ...(unknown.length > 1 && { more: unknown.length - 1 }),
      });
    return kept;
  };
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
