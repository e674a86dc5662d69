import type { EventAsOf } from '../../derive/event-status';

/**
 * Which lanes a view draws: every issue its events touch, only the issues the reader
 * filtered on (what the page shows), or the five with most events in view (so that a
 * social card holds only the lanes its story needs).
 */
export type LaneChoice = 'all' | 'filtered' | 'busiest';

export const BUSIEST_LANES = 5;

/** The issue ids to draw, in the dataset's order. */
export function chosenLanes(
  items: readonly EventAsOf[],
  issues: readonly { id: string }[],
  issueFilter: readonly string[],
  choice: LaneChoice,
): string[] {
  const counts = new Map<string, number>();
  for (const it of items)
    for (const id of it.event.issues) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ids = issues.map((i) => i.id);
  // a filtered issue keeps its lane when empty: the reader asked for it
  if (choice === 'filtered' && issueFilter.length > 0)
    return ids.filter((id) => issueFilter.includes(id));
  const touched = ids.filter((id) => (counts.get(id) ?? 0) > 0);
  if (choice !== 'busiest') return touched;
  const busiest = new Set(
    [...touched]
      .sort((a, b) => counts.get(b)! - counts.get(a)! || ids.indexOf(a) - ids.indexOf(b))
      .slice(0, BUSIEST_LANES),
  );
  return touched.filter((id) => busiest.has(id));
}
