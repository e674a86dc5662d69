import { useMemo } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useAsOf, useDataset, useNames, useViewFilters } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { openEvent } from '../common/event-link';
import { chosenLanes, LaneView } from '../lanes';

/** The page's lanes: the reader's cursor, filters and selection handed to the lane view. */
export function PageLanes({ items }: { items: EventAsOf[] }) {
  const dataset = useDataset();
  const names = useNames();
  const asOf = useAsOf();
  const selected = useTracker((s) => s.event);
  const issueFilter = useViewFilters().issues;
  const lanes = useMemo(
    () =>
      chosenLanes(items, dataset.issues, issueFilter, 'filtered').map((issue) => ({
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
    />
  );
}
