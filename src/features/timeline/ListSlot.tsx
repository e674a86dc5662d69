import {
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { useAsOf } from '../../store/hooks';
import { useTracker } from '../../store/tracker-store';
import { core as enCore } from '../../i18n/en/core';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { lazyOwn } from '../common/lazy-part';
import { useHydrated } from '../common/use-hydrated';
import { NARROW_SCREEN, useMediaQuery } from '../common/use-media-query';
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
 * Where the end of a partly drawn list starts the next rows: within 1.5 screens below the
 * screen, or anywhere above it. Above counts because a reader may fling or press End past
 * the list: the end then goes from below the screen to above it without ever crossing it,
 * which an observer does not report unless "above" is inside its margin. The rows still to
 * draw then go above the reader, and the browser's scroll anchoring keeps what they read in
 * place.
 */
const DRAW_AHEAD = '1000000px 0px 150% 0px';

/**
 * How many of `total` rows to draw: the prerendered first rows until the app runs, then
 * ROWS_PER_STEP more in a task of their own each time the list's `end` (an element after
 * its last row) is within DRAW_AHEAD, so that rows are drawn as a reader scrolls towards
 * them rather than all at the start (some 1,400 elements on a phone, which doubled the
 * page's DOM while it was starting). Where the list scrolls in a box of its own (a wide
 * screen), the box is the observer's root. Without IntersectionObserver the rows are drawn
 * in steps straight away. Once all have been drawn, every list is drawn whole, as the
 * answer to what the reader did. `drawAll` draws the rest at once (keys that move past the
 * drawn rows).
 */
export function useRowsDrawn(
  total: number,
  hydrated: boolean,
  end?: RefObject<Element | null>,
): { drawn: number; drawAll: () => void } {
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  const watching = typeof IntersectionObserver !== 'undefined' && end !== undefined;
  const [near, setNear] = useState(false);
  // a longer list is virtualised: it draws what is on screen, and never grows here
  const growing = hydrated && drawn < total && total <= VIRTUALISE_ABOVE;
  useEffect(() => {
    const target = end?.current;
    if (!growing || !watching || !target) return;
    // on a wide screen the list scrolls in a box of its own: "ahead" is measured in the box
    const box = target.parentElement;
    const scrolls = box !== null && /auto|scroll/.test(getComputedStyle(box).overflowY);
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((e) => e.isIntersecting)),
      { root: scrolls ? box : null, rootMargin: DRAW_AHEAD },
    );
    observer.observe(target);
    return () => observer.disconnect();
    // (again after each step: the page may have changed between a box and the page's flow)
  }, [growing, watching, end, drawn]);
  useEffect(() => {
    if (!growing || (watching && !near)) return;
    const timer = setTimeout(
      () =>
        startTransition(() =>
          setDrawn((n) => (n + ROWS_PER_STEP >= total ? Infinity : n + ROWS_PER_STEP)),
        ),
      0,
    );
    return () => clearTimeout(timer);
  }, [growing, watching, near, drawn, total]);
  const drawAll = useCallback(() => startTransition(() => setDrawn(Infinity)), []);
  return { drawn: Math.min(drawn, total), drawAll };
}

/**
 * The event list. The prerendered page shows its first rows; once the app runs, a list of a
 * few hundred rows becomes plain markup, all of it, and a longer one the virtualised list
 * (loaded when the list is on screen: narrow screens, or the List view), in the same place. In the wide lanes
 * layout, where CSS hides it, the list is dropped once the app runs.
 */
export function ListSlot({ items }: { items: EventAsOf[] }) {
  const hydrated = useHydrated();
  const narrow = useMediaQuery(NARROW_SCREEN);
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
  // rest follows once the app runs, as the reader nears it (useRowsDrawn).
  const end = useRef<HTMLDivElement>(null);
  const { drawn, drawAll } = useRowsDrawn(rows.length, hydrated, end);
  const first = <PlainList rows={rows} drawn={FIRST_ROWS} order={order} />;
  if (!hydrated && rows.length > FIRST_ROWS) return first;
  if (rows.length <= VIRTUALISE_ABOVE)
    return <PlainList rows={rows} drawn={drawn} order={order} end={end} onPast={drawAll} />;
  return (
    <Suspense fallback={first}>
      <ListView items={items} order={order} laterLabel={laterLabel} />
    </Suspense>
  );
}

/**
 * The list as plain markup, its first `drawn` rows (all when `drawn` is rows.length). Keys
 * move over all the rows: one that moves past the drawn rows calls `onPast` to draw them.
 */
function PlainList({
  rows,
  drawn,
  order,
  end,
  onPast,
}: {
  rows: ListRow[];
  drawn: number;
  order: ListOrder;
  /**
   * An empty element after the drawn rows, while some are not drawn, holding their place
   * (about their height, from CSS): the page, or the list's box, is about as long as the
   * whole list from the start, so End, a fling or the scrollbar take the reader where the
   * list will end rather than to where the drawn rows ended when they began, and a reader
   * anywhere in that place keeps the rows coming (see DRAW_AHEAD)
   */
  end?: RefObject<HTMLDivElement | null>;
  onPast?: () => void;
}) {
  const t = useMessages('timeline', enTimeline).list;
  const ref = useRef<HTMLDivElement>(null);
  const partial = drawn < rows.length;
  const reveal = (index: number) => {
    if (index >= drawn) onPast?.();
  };
  const { tabStop, onKeyDown, onFocus, count } = useListFocus(rows, ref, reveal);
  const shared = useRowShared();
  if (rows.length === 0) return <EmptyList />;
  const shown = partial ? rows.slice(0, drawn) : rows;
  return (
    <div className="event-list" ref={ref} role="region" aria-label={t.region} tabIndex={-1}>
      <ul className="plain" aria-label={partial ? undefined : t.items(count, order)}>
        {shown.map((row, i) => (
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
      {partial && (
        <div
          className="list-end"
          ref={end}
          style={{ ['--rows-left' as string]: rows.length - drawn }}
        />
      )}
    </div>
  );
}
