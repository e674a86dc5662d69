import { useMemo } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useAsOf, useDataset, useNames, useViewFilters } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { openEvent } from '../common/event-link';
import { shownIssueIds } from '../../derive/filter';
import { LaneView, pageAxis } from '../lanes';

/**
 * The page's lanes: the reader's cursor, filters and selection handed to the lane view,
 * which tells the page's axis channel what it shows (for the activity chart below).
 */
export function PageLanes({ items }: { items: EventAsOf[] }) {
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const selected = useTracker((s) => s.eventId);
  const issueFilter = useViewFilters().issues;
  const lanes = useMemo(
    () =>
      // the filtered issues (an empty one keeps its lane: the reader asked for it), else every
      // issue that has an event in view; the image export offers more choices (chosenLanes)
      shownIssueIds(dataset.issues, issueFilter)
        .filter((id) => issueFilter.length > 0 || items.some((it) => it.event.issues.includes(id)))
        .map((issue) => ({
          issue,
          name: names.issues.get(issue) ?? issue,
          colorIndex: names.issueIndex.get(issue) ?? 0,
        })),
    [items, dataset, issueFilter, names],
  );
  return (
    <LaneView
      items={items}
      lanes={lanes}
      asOf={asOf}
      selected={selected}
      meta={dataset.meta}
      onOpenEvent={openEvent}
      onAxis={pageAxis.set}
    />
  );
}
