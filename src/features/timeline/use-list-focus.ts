import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ListRow } from './list-rows';

/**
 * Roving focus over the event rows of a list (headings are skipped): one tab stop, arrow
 * keys, Page Up/Down and Home/End move between events. `reveal` scrolls a row into the
 * rendered window first (the virtual list needs it; a plain list does not).
 */
export function useListFocus(
  rows: readonly ListRow[],
  container: RefObject<HTMLElement | null>,
  reveal?: (index: number) => void,
) {
  const eventIndexes = useMemo(
    () => rows.flatMap((r, i) => (r.type === 'event' ? [i] : [])),
    [rows],
  );
  const [active, setActive] = useState<number | null>(null);
  const wantFocus = useRef(false);
  const tabStop =
    active !== null && rows[active]?.type === 'event' ? active : (eventIndexes[0] ?? -1);

  useEffect(() => {
    if (!wantFocus.current || active === null) return;
    const el = container.current?.querySelector<HTMLElement>(`[data-index="${active}"] button`);
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
    reveal?.(next);
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
  return {
    tabStop,
    onKeyDown,
    onFocus: (index: number) => () => setActive(index),
    count: eventIndexes.length,
  };
}
