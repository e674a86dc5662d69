import { useMemo } from 'react';
import { Highlight } from '../common/Highlight';
import { matchSnippet, queryTerms, highlightSegments } from '../../derive/text';
import type { DisputeEvent } from '../../model/schema';
import { useDerivations, useNames } from '../../store/hooks';

/**
 * What a search found in an event beyond its title, for its list row: a piece of its summary,
 * an actor's name, or its text in another language (a Korean word on the English page).
 * Null without a query, or when the title already shows the match.
 */
function useMatchSnippet(event: DisputeEvent, query: string): string | null {
  const derived = useDerivations();
  const names = useNames();
  return useMemo(() => {
    if (queryTerms(query).length === 0) return null;
    if (highlightSegments(event.title, query).some((s) => s.match)) return null;
    const other = derived.searchText?.[derived.index.position().get(event) ?? -1] ?? '';
    return matchSnippet(
      [
        event.summary,
        ...event.actors.map((id) => names.actors.get(id) ?? ''),
        ...other.split('\n'),
      ],
      query,
    );
  }, [event, query, derived, names]);
}

/** Under a list row's title: where the search matched, marked (nothing without a query). */
export function MatchSnippet({ event, query }: { event: DisputeEvent; query: string }) {
  const snippet = useMatchSnippet(event, query);
  if (!snippet) return null;
  return (
    <span className="list-snippet">
      <Highlight text={snippet} query={query} />
    </span>
  );
}
