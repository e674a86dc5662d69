import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EventAsOf } from '../../derive/event-status';
import { EmptyList, Row } from './ListRow';
import { listRows } from './list-utils';

const ROW_HEIGHT = { year: 44, month: 32, event: 64 } as const;

/**
 * The same events as a vertical list grouped by year and month, virtualised for large
 * datasets. Loaded after hydration (see ListSlot); the prerendered page shows PlainList.
 */
export function ListView({ items }: { items: EventAsOf[] }) {
  const rows = useMemo(() => listRows(items), [items]);
  const eventIndexes = useMemo(
    () => rows.flatMap((r, i) => (r.type === 'event' ? [i] : [])),
    [rows],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ROW_HEIGHT[rows[i]!.type],
    overscan: 8,
    initialRect: { width: 400, height: 640 },
    getItemKey: (i) => rows[i]!.key,
  });
  const [active, setActive] = useState<number | null>(null);
  const wantFocus = useRef(false);
  const tabStop =
    active !== null && rows[active]?.type === 'event' ? active : (eventIndexes[0] ?? -1);

  useEffect(() => {
    if (!wantFocus.current || active === null) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"] button`);
    if (el) {
      wantFocus.current = false;
      el.focus();
    }
  });

  const move = (from: number, delta: number) => {
    const pos = eventIndexes.indexOf(from);
    const next = eventIndexes[Math.min(Math.max(pos + delta, 0), eventIndexes.length - 1)];
    if (next === undefined) return;
    wantFocus.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (index: number) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown') move(index, 1);
    else if (e.key === 'ArrowUp') move(index, -1);
    else if (e.key === 'PageDown') move(index, 10);
    else if (e.key === 'PageUp') move(index, -10);
    else if (e.key === 'Home') move(index, -Infinity);
    else if (e.key === 'End') move(index, Infinity);
    else return;
    e.preventDefault();
  };

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
        aria-label={`${eventIndexes.length} events, oldest first`}
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
              onFocus={() => setActive(v.index)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
