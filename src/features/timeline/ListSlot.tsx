import { startTransition, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useAsOf } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { core as enCore } from '../../i18n/en/core';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { lazyOwn } from '../common/lazy-part';
import { useHydrated } from '../common/use-hydrated';
import { useMediaQuery } from '../common/use-media-query';
import { EmptyList, ListRowView, useRowShared } from './ListRowView';
import { ListOrderSwitch } from './ListOrderSwitch';
import { listRows, type ListOrder, type ListRow } from './list-rows';
import { useListFocus } from './use-list-focus';

// The virtualiser only matters for large datasets, so it loads after hydration, when needed.
const ListView = lazyOwn(() => import('./ListView').then((m) => m.ListView));

/** Up to this many rows (events and headings) the list is plain markup, all of it. */
export const VIRTUALISE_ABOVE = 400;
/** What the prerendered page shows of the list before the app runs: the latest rows. */
const FIRST_ROWS = 30;
/**
 * Rows added at a time once the app runs. All the rest in one commit (some 200 rows, 2,000
 * elements made at once) was a task of 50–80 ms on a phone; each step is a task of its own.
 */
export const ROWS_PER_STEP = 40;

/**
 * How many of `total` rows to draw: the prerendered first rows until the app runs, then
 * ROWS_PER_STEP more in each task until all are drawn. Once all have been drawn, every list
 * is drawn whole, as the answer to what the reader did.
 */
export function useRowsDrawn(total: number, hydrated: boolean): number {
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  // a longer list is virtualised: it draws what is on screen, and never grows here
  const growing = hydrated && drawn < total && total <= VIRTUALISE_ABOVE;
  useEffect(() => {
    if (!growing) return;
    const timer = setTimeout(
      () =>
        startTransition(() =>
          setDrawn((n) => (n + ROWS_PER_STEP >= total ? Infinity : n + ROWS_PER_STEP)),
        ),
      0,
    );
    return () => clearTimeout(timer);
  }, [growing, drawn, total]);
  return Math.min(drawn, total);
}

/**
 * The event list. The prerendered page shows its first rows; once the app runs, a list of a
 * few hundred rows becomes plain markup, all of it, and a longer one the virtualised list
 * (loaded when the list is on screen: narrow screens, or the List view), in the same place. In the wide lanes
 * layout, where CSS hides it, the list is dropped once the app runs.
 */
export function ListSlot({ items }: { items: EventAsOf[] }) {
  const hydrated = useHydrated();
  const narrow = useMediaQuery('(max-width: 699px)');
  const view = useTracker((s) => s.view);
  // Hidden by CSS in the wide lanes layout: once the app runs, it is not kept up to date
  // there (every filter change would re-render a few hundred rows nobody sees).
  if (hydrated && view === 'lanes' && !narrow) return null;
  return (
    <>
      <ListOrderSwitch />
      <ShownList items={items} hydrated={hydrated} />
    </>
  );
}

function ShownList({ items, hydrated }: { items: EventAsOf[]; hydrated: boolean }) {
  const { format } = useMessages('core', enCore);
  const t = useMessages('timeline', enTimeline).list;
  const order = useTracker((s) => s.listOrder);
  const laterLabel = t.laterHeading(format.shortDate(useAsOf()));
  const rows = useMemo(
    () => listRows(items, format, order, laterLabel),
    [items, format, order, laterLabel],
  );
  // The prerendered page and hydration draw the first rows only: the whole list is some
  // 100 KB of the page's HTML, parsed, laid out and hydrated before anything answers, for a
  // part that is below the first screen on a phone and hidden by CSS on a wide one. The
  // rest follows once the app runs, ROWS_PER_STEP at a time (useRowsDrawn).
  const drawn = useRowsDrawn(rows.length, hydrated);
  const first = <PlainList rows={rows.slice(0, FIRST_ROWS)} total={rows.length} order={order} />;
  if (!hydrated && rows.length > FIRST_ROWS) return first;
  if (rows.length <= VIRTUALISE_ABOVE)
    return drawn < rows.length ? (
      <PlainList rows={rows.slice(0, drawn)} total={rows.length} order={order} />
    ) : (
      <PlainList rows={rows} order={order} />
    );
  return (
    <Suspense fallback={first}>
      <ListView items={items} order={order} laterLabel={laterLabel} />
    </Suspense>
  );
}

function PlainList({ rows, total, order }: { rows: ListRow[]; total?: number; order: ListOrder }) {
  const t = useMessages('timeline', enTimeline).list;
  const ref = useRef<HTMLDivElement>(null);
  const { tabStop, onKeyDown, onFocus, count } = useListFocus(rows, ref);
  const shared = useRowShared();
  if (rows.length === 0) return <EmptyList />;
  return (
    <div className="event-list" ref={ref} role="region" aria-label={t.region} tabIndex={-1}>
      <ul className="plain" aria-label={total ? undefined : t.items(count, order)}>
        {rows.map((row, i) => (
          <li key={row.key} data-index={i} className={`list-row ${row.type}`}>
            <ListRowView
              shared={shared}
              row={row}
              tabbable={i === tabStop}
              onKeyDown={onKeyDown(i)}
              onFocus={onFocus(i)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
