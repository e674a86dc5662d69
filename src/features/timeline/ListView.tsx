import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { core as enCore } from '../../i18n/en/core';
import { timeline as enTimeline } from '../../i18n/en/timeline';
import { useMessages } from '../../i18n/context';
import { EmptyList, ListRowView, useRowShared } from './ListRowView';
import { listRows, type ListOrder } from './list-rows';
import { useListFocus } from './use-list-focus';

const ROW_HEIGHT = { year: 44, month: 32, later: 44, event: 64 } as const;
/** Room for the sticky time-cursor bar on phones when a row is scrolled into view. */
const STICKY_TOP = 80;

/**
 * The same events as a vertical list grouped by year and month, virtualised for large
 * datasets (see ListSlot): loaded after hydration, when the list is on screen. It scrolls
 * with the page (window virtualisation), so a phone has one scroller, not a box in a page.
 */
export function ListView({
  items,
  order,
  laterLabel,
}: {
  items: EventAsOf[];
  order: ListOrder;
  laterLabel: string;
}) {
  const t = useMessages('timeline', enTimeline).list;
  const { format } = useMessages('core', enCore);
  const rows = useMemo(
    () => listRows(items, format, order, laterLabel),
    [items, format, order, laterLabel],
  );
  const shared = useRowShared();
  const listRef = useRef<HTMLDivElement>(null);
  const offset = useDocumentOffset(listRef);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => ROW_HEIGHT[rows[i]!.type],
    overscan: 8,
    scrollMargin: offset,
    scrollPaddingStart: STICKY_TOP,
    // measuring rows must not force synchronous re-renders (long tasks on a slow phone)
    useFlushSync: false,
    getItemKey: (i) => rows[i]!.key,
  });
  const { tabStop, onKeyDown, onFocus, count } = useListFocus(rows, listRef, (index) =>
    virtualizer.scrollToIndex(index, { align: 'auto' }),
  );

  if (rows.length === 0) {
    return <EmptyList />;
  }
  return (
    <div
      className="event-list in-page"
      ref={listRef}
      role="region"
      aria-label={t.region}
      tabIndex={-1}
    >
      <ul style={{ height: virtualizer.getTotalSize() }} aria-label={t.items(count, order)}>
        {virtualizer.getVirtualItems().map((v) => (
          <li
            key={v.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className={`list-row ${rows[v.index]!.type}`}
            style={{ transform: `translateY(${v.start - offset}px)` }}
          >
            <ListRowView
              shared={shared}
              row={rows[v.index]!}
              tabbable={v.index === tabStop}
              onKeyDown={onKeyDown(v.index)}
              onFocus={onFocus(v.index)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where an element starts in the document, kept current as the page above it changes. */
function useDocumentOffset(ref: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOffset(Math.round(el.getBoundingClientRect().top + window.scrollY));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return offset;
}
