import { lazy, Suspense, useMemo } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useHydrated } from '../common/use-hydrated';
import { useMediaQuery } from '../common/use-media-query';
import { useTracker } from '../../store/tracker-store';
import { EmptyList, Row } from './ListRow';
import { listRows } from './list-utils';

// The virtualiser is not needed to paint the first rows, so it loads after hydration.
const ListView = lazy(() => import('./ListView').then((m) => ({ default: m.ListView })));

const FIRST_ROWS = 30;

/**
 * The event list. The prerendered page (and hydration) draw its first rows as plain
 * markup; once the app runs and the list is on screen (narrow screens, or the List
 * view), the virtualised list takes over in the same box.
 */
export function ListSlot({ items }: { items: EventAsOf[] }) {
  const hydrated = useHydrated();
  const narrow = useMediaQuery('(max-width: 699px)');
  const view = useTracker((s) => s.view);
  const plain = <PlainList items={items} />;
  // the list is hidden by CSS in the wide lanes layout: no need to run the virtualiser there
  if (!hydrated || (view === 'lanes' && !narrow)) return plain;
  return (
    <Suspense fallback={plain}>
      <ListView items={items} />
    </Suspense>
  );
}

function PlainList({ items }: { items: EventAsOf[] }) {
  const rows = useMemo(() => listRows(items).slice(0, FIRST_ROWS), [items]);
  if (rows.length === 0) {
    return <EmptyList />;
  }
  return (
    <div className="event-list" role="region" aria-label="Events as a list" tabIndex={-1}>
      <ul className="plain">
        {rows.map((row, i) => (
          <li key={row.key} className={`list-row ${row.type}`}>
            <Row
              row={row}
              tabbable={i === rows.findIndex((r) => r.type === 'event')}
              onKeyDown={() => {}}
              onFocus={() => {}}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
