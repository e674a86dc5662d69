import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { EmptyList, Row } from './ListRow';
import { listRows } from './list-utils';
import { useListFocus } from './use-list-focus';

const ROW_HEIGHT = { year: 44, month: 32, event: 64 } as const;

/**
 * The same events as a vertical list grouped by year and month, virtualised for large
 * datasets (see ListSlot): loaded after hydration, when the list is on screen.
 */
export function ListView({ items }: { items: EventAsOf[] }) {
  const rows = useMemo(() => listRows(items), [items]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ROW_HEIGHT[rows[i]!.type],
    overscan: 8,
    // measuring rows must not force synchronous re-renders (long tasks on a slow phone)
    useFlushSync: false,
    initialRect: { width: 400, height: 640 },
    getItemKey: (i) => rows[i]!.key,
  });
  const { tabStop, onKeyDown, onFocus, count } = useListFocus(rows, scrollRef, (index) =>
    virtualizer.scrollToIndex(index, { align: 'auto' }),
  );

  if (rows.length === 0) {
    return <EmptyList />;
  }
  return (
    <div
      className="event-list"
      ref={scrollRef}
      role="region"
      aria-label="Events as a list"
      tabIndex={-1}
    >
      <ul
        style={{ height: virtualizer.getTotalSize() }}
        aria-label={`${count} events, oldest first`}
      >
        {virtualizer.getVirtualItems().map((v) => (
          <li
            key={v.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className={`list-row ${rows[v.index]!.type}`}
            style={{ transform: `translateY(${v.start}px)` }}
          >
            <Row
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
