import type { Actor, DisputeEvent } from '../model/schema';
import { foldText, queryTerms } from './text';

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

const indexCache = new WeakMap<readonly DisputeEvent[], string[]>();

/** Folded search text of each event (title, summary, actor names in every script). Cached. */
export function searchIndex(events: readonly DisputeEvent[], actors: readonly Actor[]): string[] {
  const cached = indexCache.get(events);
  if (cached) return cached;
  const names = new Map(
    actors.map((a) => [a.id, [a.name, a.nameJa, a.nameKo].filter(Boolean).join(' ')]),
  );
  const index = events.map((e) =>
    foldText(`${e.title}\n${e.summary}\n${e.actors.map((id) => names.get(id) ?? id).join('\n')}`),
  );
  indexCache.set(events, index);
  return index;
}

export function filterEvents(
  events: readonly DisputeEvent[],
  actors: readonly Actor[],
  filters: Filters,
): DisputeEvent[] {
  const issues = filters.issues.length ? new Set(filters.issues) : null;
  const actorSet = filters.actors.length ? new Set(filters.actors) : null;
  const kinds = filters.kinds.length ? new Set(filters.kinds) : null;
  const terms = queryTerms(filters.query);
  const index = terms.length ? searchIndex(events, actors) : null;
  const out: DisputeEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as DisputeEvent;
    if (filters.from !== null && e.date < filters.from) continue;
    if (filters.to !== null && e.date > filters.to) continue;
    if (kinds && !kinds.has(e.kind)) continue;
    if (issues && !e.issues.some((id) => issues.has(id))) continue;
    if (actorSet && !e.actors.some((id) => actorSet.has(id))) continue;
    if (index) {
      const text = index[i] as string;
      if (!terms.every((t) => text.includes(t))) continue;
    }
    out.push(e);
  }
  return out;
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

/** Filters described in words, for image subtitles and the live region. */
export function describeFilters(
  filters: Filters,
  names: { issues: Map<string, string>; actors: Map<string, string> },
): string {
  const parts: string[] = [];
  if (filters.issues.length)
    parts.push(`Issues: ${filters.issues.map((id) => names.issues.get(id) ?? id).join(', ')}`);
  if (filters.actors.length)
    parts.push(`Actors: ${filters.actors.map((id) => names.actors.get(id) ?? id).join(', ')}`);
  if (filters.kinds.length) parts.push(`Kinds: ${filters.kinds.join(', ')}`);
  if (filters.from || filters.to)
    parts.push(`Dates: ${filters.from ?? 'start'} to ${filters.to ?? 'latest'}`);
  if (filters.query.trim()) parts.push(`Search: “${filters.query.trim()}”`);
  return parts.length ? parts.join(' · ') : 'All events';
}

export { foldText };
